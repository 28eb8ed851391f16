import * as v from 'valibot';
import { aliasProblem } from '@/lexicon/aliases';
import { EntrySchema, issuePath, type Entry, type Fact, type Relation, type Rules } from '@/lexicon/schema';

/** An entry as the editor holds it: plain strings, one alias per line. */
export interface Draft {
  id: string;
  type: Entry['type'];
  nameAr: string;
  nameEn: string;
  aliases: string;
  nisba: string;
  /** Ordinary words naming the entry only in quotation marks after a head noun, one a line. */
  quoted: string;
  /** Short forms read only after the full name (a family name written first), one a line. */
  short: string;
  summaryAr: string;
  summaryEn: string;
  facts: { key: Fact['key']; en: string; ar: string }[];
  /** A relation with its note in each language; a note left empty in both is no note. */
  relations: { type: Relation['type']; target: string; status: Relation['status'] | ''; noteEn: string; noteAr: string }[];
  /** One source a line: its address, then optionally a space and its title. */
  sources: string;
  asOf: string;
  lat: string;
  lon: string;
}

export function draftOf(e: Entry): Draft {
  return {
    id: e.id,
    type: e.type,
    nameAr: e.name.ar,
    nameEn: e.name.en,
    aliases: e.aliases.join('\n'),
    nisba: (e.nisba ?? []).join('\n'),
    quoted: (e.quoted ?? []).join('\n'),
    short: (e.short ?? []).join('\n'),
    summaryAr: e.card.summary.ar,
    summaryEn: e.card.summary.en,
    facts: e.card.facts.map((f) => ({ key: f.key, en: f.value.en, ar: f.value.ar })),
    relations: e.card.relations.map((r) => ({ type: r.type, target: r.target, status: r.status ?? '', noteEn: r.note?.en ?? '', noteAr: r.note?.ar ?? '' })),
    sources: (e.card.sources ?? []).map((src) => (src.title ? `${src.url} ${src.title}` : src.url)).join('\n'),
    asOf: e.card.asOf ?? '',
    lat: e.coords ? String(e.coords.lat) : '',
    lon: e.coords ? String(e.coords.lon) : '',
  };
}

export const emptyDraft = (nameAr = '', type: Entry['type'] = 'person'): Draft => ({
  id: '',
  type,
  nameAr,
  nameEn: '',
  aliases: '',
  nisba: '',
  quoted: '',
  short: '',
  summaryAr: '',
  summaryEn: '',
  facts: [],
  relations: [],
  sources: '',
  asOf: '',
  lat: '',
  lon: '',
});

/** «https://… Title» → { url, title }. */
function sourceOf(line: string) {
  const [url = '', ...title] = line.split(/\s+/);
  return title.length > 0 ? { url, title: title.join(' ') } : { url };
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Aliases that cannot be matched as written, each with the reason. */
export function aliasProblems(d: Draft, rules: Rules): { alias: string; reason: string }[] {
  return lines(d.aliases).flatMap((alias) => {
    const reason = aliasProblem(alias, rules.homographs);
    return reason ? [{ alias, reason }] : [];
  });
}

export type DraftResult = { ok: true; entry: Entry } | { ok: false; problems: string[] };

/** Turns a draft into an entry through the same schema as imports and the bundle; problems name the field. */
export function entryOf(d: Draft, rules: Rules, takenIds: ReadonlySet<string>): DraftResult {
  const sources = lines(d.sources).map(sourceOf);
  const hasCoords = d.lat.trim() !== '' || d.lon.trim() !== '';
  const candidate = {
    id: d.id.trim(),
    type: d.type,
    name: { en: d.nameEn.trim(), ar: d.nameAr.trim() },
    aliases: lines(d.aliases),
    ...(lines(d.nisba).length > 0 ? { nisba: lines(d.nisba) } : {}),
    ...(lines(d.quoted).length > 0 ? { quoted: lines(d.quoted) } : {}),
    ...(lines(d.short).length > 0 ? { short: lines(d.short) } : {}),
    ...(hasCoords ? { coords: { lat: Number(d.lat.trim() || NaN), lon: Number(d.lon.trim() || NaN) } } : {}),
    card: {
      summary: { en: d.summaryEn.trim(), ar: d.summaryAr.trim() },
      facts: d.facts.map((f) => ({ key: f.key, value: { en: f.en.trim(), ar: f.ar.trim() } })),
      relations: d.relations.map((r) => {
        const note = { en: r.noteEn.trim(), ar: r.noteAr.trim() };
        return { type: r.type, target: r.target, ...(r.status ? { status: r.status } : {}), ...(note.en || note.ar ? { note } : {}) };
      }),
      ...(sources.length > 0 ? { sources } : {}),
      ...(d.asOf.trim() ? { asOf: d.asOf.trim() } : {}),
    },
  };
  const problems: string[] = [];
  if (takenIds.has(candidate.id)) problems.push(`id: the id "${candidate.id}" is already used`);
  const parsed = v.safeParse(EntrySchema, candidate);
  if (!parsed.success) for (const issue of parsed.issues) problems.push(`${issuePath(issue)}: ${issue.message}`);
  if (candidate.name.ar === '') problems.push('name.ar: the Arabic name is needed');
  for (const p of aliasProblems(d, rules)) problems.push(`aliases: "${p.alias}" ${p.reason}`);
  for (const r of candidate.card.relations) if (r.target === candidate.id) problems.push(`relations: an entry cannot relate to itself`);
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, entry: parsed.output };
}
