/**
 * Checks a folder of staged lexicon entries before they are merged into lexicon/data/entries/: every file against
 * the schema, ids, relation targets, aliases, coordinates, and that each test sentence finds its entry.
 *   npx tsx scripts/check-staging.ts DIR
 * DIR holds entries/<id>.json (new entries), sentences.tsv (id TAB sentence) and fixes/<id>.json (an existing entry
 * with its card corrected).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as v from 'valibot';
import { bundledLexicon } from '../build/lexicon-data';
import { aliasProblem, phrasesOf } from '../lexicon/aliases';
import { compile } from '../lexicon/matcher';
import { EntrySchema, issuePath, type Entry } from '../lexicon/schema';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx scripts/check-staging.ts DIR');
  process.exit(2);
}
const bundle = bundledLexicon;
const bundledIds = new Set(bundle.entries.map((e) => e.id));
const problems: string[] = [];

/** The entries of DIR/<folder>/*.json that pass the schema and are named <id>.json; the others are problems. */
function readStaged(folder: string): Entry[] {
  if (!existsSync(`${dir}/${folder}`)) return [];
  const entries: Entry[] = [];
  for (const file of readdirSync(`${dir}/${folder}`)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const where = `${folder}/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(`${dir}/${where}`, 'utf8'));
    } catch (e) {
      problems.push(`${where}: not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const result = v.safeParse(EntrySchema, raw);
    if (!result.success) {
      for (const issue of result.issues) problems.push(`${where}: ${issuePath(issue)}: ${issue.message}`);
      continue;
    }
    const e = result.output;
    if (`${e.id}.json` !== file) problems.push(`${where}: holds id "${e.id}"; the file must be named <id>.json`);
    if (['place', 'country'].includes(e.type) && !e.coords) problems.push(`${where}: a ${e.type} needs coords`);
    if (!e.card.sources?.length) problems.push(`${where}: card.sources is empty`);
    if (!e.card.asOf) problems.push(`${where}: card.asOf is missing`);
    entries.push(e);
  }
  return entries;
}

const staged = readStaged('entries');
for (const e of staged) if (bundledIds.has(e.id)) problems.push(`entries/${e.id}.json: id "${e.id}" is already in the bundled lexicon`);
// A fix replaces an entry's card: the entry must exist, and keep its type.
const bundledTypes = new Map(bundle.entries.map((e) => [e.id, e.type]));
const fixes = readStaged('fixes');
for (const e of fixes) {
  const type = bundledTypes.get(e.id);
  if (type === undefined) problems.push(`fixes/${e.id}.json: no entry "${e.id}" in the bundled lexicon to fix`);
  else if (type !== e.type) problems.push(`fixes/${e.id}.json: changes the type from ${type} to ${e.type}`);
}

// Other staging folders are being written at the same time: their ids are valid targets too.
const root = `${dir}/..`;
const otherIds = new Set<string>();
for (const d of readdirSync(root)) {
  if (existsSync(`${root}/${d}/entries`)) for (const f of readdirSync(`${root}/${d}/entries`)) otherIds.add(f.replace(/\.json$/, ''));
}
const stagedIds = new Set(staged.map((e) => e.id));
// The bundle holds every country (generated ones included), so a target is known here or nowhere.
const known = (id: string) => bundledIds.has(id) || stagedIds.has(id) || otherIds.has(id);
for (const e of staged) {
  for (const r of e.card.relations) {
    if (!known(r.target)) problems.push(`${e.id}: relation ${r.type} → unknown "${r.target}"`);
  }
  for (const a of [e.name.ar, ...e.aliases, ...(e.nisba ?? [])]) {
    const problem = aliasProblem(a, bundle.rules.homographs);
    if (problem) problems.push(`${e.id}: alias "${a}" ${problem}`);
  }
}

// A name another entry already holds would be shared, and the page would have to choose: say so.
const bundledNames = new Map<string, string>();
for (const p of phrasesOf(bundle).phrases) if (p.kind === 'name' && p.id) bundledNames.set(p.key, p.id);
for (const p of phrasesOf({ entries: staged, rules: bundle.rules }, (id) => (bundledIds.has(id) ? [] : undefined)).phrases) {
  const owner = p.kind === 'name' ? bundledNames.get(p.key) : undefined;
  if (owner && owner !== p.id) problems.push(`${p.id}: alias "${p.source}" is already a name of ${owner}`);
}

const matcher = compile({ entries: [...bundle.entries, ...staged], rules: bundle.rules });
const sentencesFile = `${dir}/sentences.tsv`;
const sentenceIds = new Set<string>();
if (existsSync(sentencesFile)) {
  for (const line of readFileSync(sentencesFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [id, sentence] = line.split('\t');
    if (!id || !sentence) {
      problems.push(`sentences.tsv: a line is not "id<TAB>sentence": ${line.slice(0, 60)}`);
      continue;
    }
    sentenceIds.add(id);
    const found = matcher.match(sentence);
    if (!found.some((m) => m.id === id)) {
      problems.push(`sentences.tsv: ${id} not found in «${sentence}» (found: ${found.map((m) => m.id).join(', ') || 'nothing'})`);
    }
  }
}
for (const e of staged) if (!sentenceIds.has(e.id)) problems.push(`${e.id}: no test sentence in sentences.tsv`);

console.log(problems.join('\n'));
console.log(`\n${staged.length} entries and ${fixes.length} fixes checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
