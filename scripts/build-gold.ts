/**
 * Builds an evaluation set's gold file from hand annotations (docs/briefs/annotation.md):
 *   npx tsx scripts/build-gold.ts SET
 * SET/docs/*.txt are the articles (kept out of git), SET/ann/<doc>.tsv their names, one line per distinct surface:
 * `surface TAB id TAB req|opt [TAB occurrence numbers]`, and SET/new-entities.tsv the entities the lexicon lacks.
 * Every occurrence of a surface is marked, with a proclitic (و ف ب ل ك, ل + ال → لل) attached or not; a name nested
 * in a longer one becomes optional. Writes SET/docs/gold.jsonl (the scorer's format) and SET/entities.tsv (the
 * lexicon's ids and the new ones), and prints every surface it could not find. SET/idmap.tsv (new:id TAB lexicon
 * id) names the entities added to the lexicon since the annotation.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLexicon, bundledTypes } from '../build/lexicon-data';

const set = process.argv[2];
if (!set) {
  console.error('usage: npx tsx scripts/build-gold.ts SET');
  process.exit(2);
}

interface Occurrence {
  id: string;
  start: number;
  end: number;
  text: string;
  required: boolean;
}

const PROCLITICS = 'وفبلك';
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/** Where `surface` stands as a word of `text`, after at most two proclitics. */
function occurrences(text: string, surface: string): Array<[number, number]> {
  const forms = [surface];
  // ل before ال drops the alef, and before «الل» one lam too: «للعراق», «للجنة».
  if (surface.startsWith('الل')) forms.push('لل' + surface.slice(3));
  else if (surface.startsWith('ال')) forms.push('لل' + surface.slice(2));
  const found: Array<[number, number]> = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isLetter(text[end])) continue;
      // A proclitic may be drawn out with a tatweel before a name in Latin letters: «لـUNHCR».
      let from = at;
      while (text[from - 1] === '\u0640') from--;
      let before = from;
      while (before > 0 && from - before < 2 && PROCLITICS.includes(text[before - 1]!)) before--;
      if (isLetter(text[before - 1]) && isLetter(text[at - 1])) continue;
      // «لل» stands for ل + ال: the name is the span after the proclitic.
      found.push([form === surface ? at : at + 1, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

const lexiconIds = new Set(bundledLexicon.entries.map((e) => e.id));
const newEntities = new Map<string, string[]>();
const newPath = join(set, 'new-entities.tsv');
if (existsSync(newPath)) {
  for (const line of readFileSync(newPath, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('new:')) newEntities.set(cols[0].trim(), cols.slice(1));
  }
}

// Entities added to the lexicon after the annotation: SET/idmap.tsv (new:id TAB lexicon id), checked by hand.
const idmap = new Map<string, string>();
const mapPath = join(set, 'idmap.tsv');
if (existsSync(mapPath)) {
  for (const line of readFileSync(mapPath, 'utf8').split('\n')) {
    const [from, to] = line.split('\t').map((c) => c.trim());
    if (from && to) idmap.set(from, to);
  }
}

const problems: string[] = [];
const gold: string[] = [];
let required = 0;
let optional = 0;
const docs = readdirSync(join(set, 'docs'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const doc of docs) {
  const text = readFileSync(join(set, 'docs', doc), 'utf8');
  const annPath = join(set, 'ann', doc.replace(/\.txt$/, '.tsv'));
  if (!existsSync(annPath)) {
    problems.push(`${doc}: no ${annPath}`);
    continue;
  }
  const all: Occurrence[] = [];
  for (const [n, line] of readFileSync(annPath, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const [surface, annotated, kind, which] = line.split('\t').map((c) => c?.trim());
    const id = annotated && (idmap.get(annotated) ?? annotated);
    const where = `${annPath}:${n + 1}`;
    if (!surface || !id || !['req', 'opt'].includes(kind ?? '')) {
      problems.push(`${where}: expected surface, id, req|opt`);
      continue;
    }
    if (!lexiconIds.has(id) && !newEntities.has(id)) problems.push(`${where}: unknown id "${id}" (not in the lexicon nor new-entities.tsv)`);
    let spans = occurrences(text, surface);
    if (which) {
      const keep = new Set(which.split(',').map((s) => Number(s.trim())));
      spans = spans.filter((_, i) => keep.has(i + 1));
    }
    if (!spans.length) problems.push(`${where}: «${surface}» is not in ${doc}`);
    for (const [start, end] of spans) all.push({ id, start, end, text: text.slice(start, end), required: kind === 'req' });
  }
  // Longest first: a span inside a longer required one is optional, one crossing it is dropped.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Occurrence[] = [];
  const nested: Occurrence[] = [];
  for (const o of all) {
    const clash = chosen.find((c) => c.start < o.end && o.start < c.end);
    if (!clash) chosen.push(o);
    else if (clash.start <= o.start && o.end <= clash.end) {
      if (clash.start !== o.start || clash.end !== o.end) nested.push(o);
    } else problems.push(`${doc}: «${o.text}» at ${o.start} crosses «${clash.text}»; kept the longer`);
  }
  const byStart = (a: Occurrence, b: Occurrence) => a.start - b.start;
  const mentions = chosen
    .filter((o) => o.required)
    .sort(byStart)
    .map(({ id, start, end, text }) => ({ id, start, end, text }));
  const opt = [...chosen.filter((o) => !o.required), ...nested]
    .sort(byStart)
    .map(({ start, end, text, required: r }) => ({ start, end, text, why: r ? 'nested in a longer name' : 'optional by annotation' }));
  required += mentions.length;
  optional += opt.length;
  gold.push(JSON.stringify({ doc, mentions, optional: opt }));
}

writeFileSync(join(set, 'docs', 'gold.jsonl'), gold.join('\n') + '\n');
const rows = ['id\ttype\tname\twhat'];
for (const e of bundledLexicon.entries) rows.push(`${e.id}\t${bundledTypes.get(e.id) ?? e.type}\t${e.name.en}\t`);
for (const [id, cols] of newEntities) rows.push(`${id}\t${cols.join('\t')}`);
writeFileSync(join(set, 'entities.tsv'), rows.join('\n') + '\n');
for (const p of problems) console.log(p);
console.log(`${docs.length} documents, ${required} required mentions, ${optional} optional; ${problems.length} problems`);
