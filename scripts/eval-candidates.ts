/**
 * Measures the proposals of names the lexicon lacks (lexicon/discover.ts) on a folder of annotated articles in the
 * scorer's format (DIR/*.txt and DIR/gold.jsonl, ids of entities the lexicon lacks included):
 *   npx tsx scripts/eval-candidates.ts DIR [--verbose]
 * Precision: proposals that overlap a hand-marked name (required or optional). Recall: mentions of entities the
 * bundled lexicon does not hold that a proposal overlaps, and those entities per document.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLexicon, bundledTypes, discoveryRules, knownFirstNames } from '../build/lexicon-data';
import { Discoverer } from '../lexicon/discover';
import { compile } from '../lexicon/matcher';

const [dir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
if (!dir) {
  console.error('usage: npx tsx scripts/eval-candidates.ts DIR [--verbose]');
  process.exit(2);
}
interface Span {
  id?: string;
  start: number;
  end: number;
  text: string;
}
const gold = new Map<string, { mentions: Span[]; optional: Span[] }>(
  readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const row = JSON.parse(l);
      return [row.doc, row];
    }),
);
const matcher = compile(bundledLexicon);
const discoverer = new Discoverer(discoveryRules, knownFirstNames());
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

let proposed = 0;
let right = 0;
/** Proposals and right ones by the type the rule guessed. */
const byType = new Map<string, [number, number]>();
let unknownMentions = 0;
let unknownFound = 0;
let unknownEntities = 0;
let entitiesFound = 0;
for (const doc of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const row = gold.get(doc);
  if (!row) continue;
  const text = readFileSync(join(dir, doc), 'utf8');
  const candidates = discoverer.discover(text, matcher.match(text), (id) => bundledTypes.get(id));
  const names = [...row.mentions, ...row.optional];
  for (const c of candidates) {
    proposed++;
    const ok = names.some((g) => overlaps(g, c));
    if (ok) right++;
    const [n, r] = byType.get(c.type) ?? [0, 0];
    byType.set(c.type, [n + 1, r + (ok ? 1 : 0)]);
    if (verbose) console.log(`${ok ? 'name ' : 'NOISE'} ${doc} ${c.type.padEnd(12)} «${c.text}»  (${c.evidence})`);
  }
  const unknown = row.mentions.filter((m) => !bundledTypes.has(m.id!));
  const found = unknown.filter((m) => candidates.some((c) => overlaps(m, c)));
  unknownMentions += unknown.length;
  unknownFound += found.length;
  const ids = new Set(unknown.map((m) => m.id));
  unknownEntities += ids.size;
  entitiesFound += new Set(found.map((m) => m.id)).size;
  if (verbose) for (const m of unknown.filter((u) => !found.includes(u))) console.log(`MISS  ${doc} ${m.id} «${m.text}»`);
}
const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);
console.log(`candidates: ${proposed}, precision ${pct(right, proposed)} (${right} are names)`);
console.log(`  by guessed type: ${[...byType].map(([type, [n, r]]) => `${type} ${pct(r, n)} of ${n}`).join(', ')}`);
console.log(
  `names the lexicon lacks: mentions found ${pct(unknownFound, unknownMentions)} (${unknownFound}/${unknownMentions}), entities per document ${pct(entitiesFound, unknownEntities)} (${entitiesFound}/${unknownEntities})`,
);
