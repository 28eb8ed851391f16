import type { EntityType } from './schema';

/** One mention as the side panel lists it. */
export interface MentionSnippet {
  /** Its place among the page's name mentions of this entity, in page order. */
  index: number;
  text: string;
  /** A little of the text around it. */
  before: string;
  after: string;
}

export interface EntitySummary {
  id: string;
  type: EntityType;
  /** Name mentions on the page. */
  count: number;
  /** Nisba adjectives related to it (الروسية), counted apart. */
  nisbaCount: number;
  /** Named in the page's headline. */
  inHeadline: boolean;
  /** Position of its first mention among all mentions of the page, 0 first. */
  firstPosition: number;
  mentions: MentionSnippet[];
  hidden: boolean;
}

/** A name the lexicon lacks, as the side panel lists it: its spellings on the page taken together. */
export interface CandidateSummary {
  /** The name's normalised form: what groups its mentions, and what a dismissal remembers. */
  key: string;
  text: string;
  type: EntityType;
  evidence: string;
  count: number;
  /** A little of the text around its first mention. */
  before: string;
  after: string;
}

/** What the side panel shows of a page: every entity found, ready to group and order. */
export interface PageSummary {
  url: string;
  title: string;
  entities: EntitySummary[];
  /** Names the lexicon lacks that the page's marks point to (lexicon/discover.ts), most frequent first. */
  candidates: CandidateSummary[];
}

/**
 * How prominent an entity is on the page: mentions count most, a place in the headline counts like several
 * mentions, and of two otherwise equal entities the one met first ranks first.
 */
export function prominence(e: EntitySummary): number {
  return e.count + e.nisbaCount * 0.25 + (e.inHeadline ? 5 : 0) - e.firstPosition * 1e-6;
}

export function byProminence(a: EntitySummary, b: EntitySummary): number {
  return prominence(b) - prominence(a);
}
