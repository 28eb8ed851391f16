/**
 * Merges staged lexicon work (docs/briefs/lexicon-wave.md) into the bundle, after scripts/check-staging.ts passed
 * and a person reviewed it:
 *   npx tsx scripts/merge-staging.ts DIR...
 * DIR/entries/<id>.json join lexicon/data/entries/<type>/ and DIR/sentences.tsv joins the test sentences; DIR/fixes/
 * <id>.json replace the existing entry of that id; DIR/aliases.tsv (id TAB alias TAB url) adds spellings to existing
 * entries. Refuses a new id that exists and a fix or alias whose id does not.
 */
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRIES = 'lexicon/data/entries';
const SENTENCES = 'tests/fixtures/entry-sentences.tsv';
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npx tsx scripts/merge-staging.ts DIR...');
  process.exit(2);
}

const pathOf = new Map<string, string>();
for (const type of readdirSync(ENTRIES)) for (const f of readdirSync(join(ENTRIES, type))) pathOf.set(f.replace(/\.json$/, ''), join(ENTRIES, type, f));
const write = (path: string, entry: unknown) => writeFileSync(path, JSON.stringify(entry, null, 2) + '\n');
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []);

let added = 0;
let fixed = 0;
let aliases = 0;
for (const dir of dirs) {
  for (const f of jsonFiles(join(dir, 'entries'))) {
    const entry = JSON.parse(readFileSync(join(dir, 'entries', f), 'utf8'));
    if (pathOf.has(entry.id)) throw new Error(`${dir}/entries/${f}: "${entry.id}" is already in the lexicon`);
    const path = join(ENTRIES, entry.type, `${entry.id}.json`);
    write(path, entry);
    pathOf.set(entry.id, path);
    added++;
  }
  if (existsSync(join(dir, 'sentences.tsv'))) {
    const lines = readFileSync(join(dir, 'sentences.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('\t'));
    appendFileSync(SENTENCES, lines.map((l) => l.trimEnd() + '\n').join(''));
  }
  for (const f of jsonFiles(join(dir, 'fixes'))) {
    const entry = JSON.parse(readFileSync(join(dir, 'fixes', f), 'utf8'));
    const path = pathOf.get(entry.id);
    if (!path) throw new Error(`${dir}/fixes/${f}: no entry "${entry.id}" to fix`);
    write(path, entry);
    fixed++;
  }
  if (existsSync(join(dir, 'aliases.tsv'))) {
    for (const line of readFileSync(join(dir, 'aliases.tsv'), 'utf8').split('\n')) {
      const [id, alias] = line.split('\t').map((c) => c?.trim());
      if (!id || !alias) continue;
      const path = pathOf.get(id);
      if (!path) throw new Error(`${dir}/aliases.tsv: no entry "${id}"`);
      const entry = JSON.parse(readFileSync(path, 'utf8'));
      if (entry.aliases.includes(alias) || entry.name.ar === alias) continue;
      entry.aliases.push(alias);
      write(path, entry);
      aliases++;
    }
  }
}
console.log(`${added} entries added, ${fixed} fixed, ${aliases} aliases added`);
