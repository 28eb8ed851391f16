// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mentionsIn } from '../entrypoints/content/mentions';
import { nthMention, summarise, MAX_SNIPPETS } from '../entrypoints/content/summary';
import type { Tracked } from '../entrypoints/content/page-model';
import { compile } from '../lexicon/matcher';
import { bundledLexicon, bundledTypes } from '../build/lexicon-data';

const matcher = compile(bundledLexicon);
function tracked(html: string): Tracked[] {
  document.body.innerHTML = html;
  return mentionsIn(document.body, matcher).map((m) => ({ ...m, type: bundledTypes.get(m.id)! }));
}

describe('the page summary for the side panel', () => {
  it('counts name mentions, counts nisba adjectives apart, and notes the headline', () => {
    const mentions = tracked('<h1>بوتين في أستانا</h1><p>قال بوتين إن القوات الروسية باقية في روسيا.</p>');
    const s = summarise(mentions, new Set(), document);
    const by = Object.fromEntries(s.entities.map((e) => [e.id, e]));
    expect(by.putin).toMatchObject({ count: 2, nisbaCount: 0, inHeadline: true, firstPosition: 0 });
    expect(by.russia).toMatchObject({ count: 1, nisbaCount: 1, inHeadline: false });
    expect(by.putin!.mentions[1]).toEqual({ index: 1, text: 'بوتين', before: 'قال ', after: ' إن القوات الروسية باقية في روسيا.' });
  });
  it('marks hidden entities and keeps at most a hundred snippets per entity', () => {
    const mentions = tracked(`<p>${'روسيا، '.repeat(MAX_SNIPPETS + 20)}</p>`);
    const [russia] = summarise(mentions, new Set(['russia']), document).entities;
    expect(russia).toMatchObject({ count: MAX_SNIPPETS + 20, hidden: true });
    expect(russia!.mentions).toHaveLength(MAX_SNIPPETS);
  });
  it('finds the n-th name mention of an entity in page order', () => {
    const mentions = tracked('<p>روسيا والروسية وروسيا الاتحادية وموسكو</p>');
    expect(nthMention(mentions, 'russia', 1)?.text).toBe('روسيا الاتحادية');
    expect(nthMention(mentions, 'russia', 2)).toBeNull();
  });
});
