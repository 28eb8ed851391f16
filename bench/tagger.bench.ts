/**
 * Tagger benchmark: prints figures and ratios against baselines run in the same process on the same text.
 *   npm run bench            (CORPUS_DIR overrides ../shared/corpus/dev)
 * It runs bundled by esbuild, as the content script runs bundled by Vite: a TypeScript loader's module
 * wrappers would put a getter in front of every imported table and measure the loader, not the tagger.
 * Sizes are in MB of UTF-8 text, as a page or file would weigh. Each figure is the best of several runs,
 * which is the least noisy estimate on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundledLexicon } from '../build/lexicon-data';
import { compile, newTextContext, type Mention } from '../lexicon/matcher';
import { TextMemo } from '../lexicon/text-memo';
import { answerTagRequest, toWire } from '../lexicon/tag-service';
import { namesOf } from '../lexicon/aliases';
import type { Entry, Lexicon } from '../lexicon/schema';

const corpusDir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus/dev');
const seed = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n');

const MB = 1_000_000;
const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');
function textOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    parts.push(seed);
    size += utf8Bytes(seed) + 1;
  }
  return parts.join('\n');
}

function best(runs: number, fn: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}
/** The best time of each function, the functions run in turns `runs` times. */
function bestInTurns(runs: number, fns: readonly (() => unknown)[]): number[] {
  const mins = fns.map(() => Infinity);
  for (let r = 0; r < runs; r++) fns.forEach((fn, i) => (mins[i] = Math.min(mins[i]!, best(1, fn))));
  return mins;
}
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does) so that memory can be measured');
const mbps = (text: string, ms: number) => utf8Bytes(text) / MB / (ms / 1000);
const fmt = (x: number, digits = 1) => x.toFixed(digits);

function aliasesOf(lexicon: Lexicon): string[] {
  const byId = new Map(lexicon.entries.map((e) => [e.id, e]));
  return [...new Set(lexicon.entries.flatMap((e) => namesOf(e, byId)))];
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Baseline 1: one alternation RegExp of every alias, longest first; none of the Arabic handling. */
function alternation(aliases: string[]) {
  const re = new RegExp(
    [...aliases]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  return (text: string) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text)) n++;
    return n;
  };
}

/** Baseline 2: mark.js-style scanning, one RegExp pass over the text per alias. */
function perAlias(aliases: string[]) {
  const res = aliases.map((a) => new RegExp(escape(a), 'g'));
  return (text: string) => {
    let n = 0;
    for (const re of res) {
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
    return n;
  };
}

/** A synthetic lexicon of `n` entries with three Arabic aliases each, of one to three words. */
function synthetic(n: number): Lexicon {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  let state = 42;
  const rand = (k: number) => {
    // mulberry32: a seeded generator, so every run measures the same lexicon
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const word = () => Array.from({ length: 4 + rand(5) }, () => letters[rand(letters.length)]).join('');
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const aliases = Array.from({ length: 3 }, () => Array.from({ length: 1 + rand(3) }, word).join(' '));
    entries.push({
      id: `synthetic-${i}`,
      type: 'place',
      name: { en: `Synthetic ${i}`, ar: aliases[0]! },
      aliases: aliases.slice(1),
      card: { summary: { en: '', ar: '' }, facts: [], relations: [] },
    });
  }
  return { entries: [...bundledLexicon.entries, ...entries], rules: bundledLexicon.rules };
}

const oneMB = textOf(1 * MB);
const tenMB = textOf(10 * MB);
console.log(
  `texts: ${fmt(utf8Bytes(oneMB) / MB, 2)} MB and ${fmt(utf8Bytes(tenMB) / MB, 2)} MB of UTF-8, built from ${readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).length} seed articles`,
);

// Bundled lexicon
const compileBundleMs = best(20, () => compile(bundledLexicon));
const matcher = compile(bundledLexicon);
const bundleAliases = aliasesOf(bundledLexicon);
const ours1 = best(5, () => matcher.match(oneMB));
const ours10 = best(3, () => matcher.match(tenMB));
const alt = alternation(bundleAliases);
const alt1 = best(5, () => alt(oneMB));
const alt10 = best(3, () => alt(tenMB));
const per = perAlias(bundleAliases);
const per1 = best(2, () => per(oneMB));
// The same matcher without near spellings (lexicon/near.ts): what the near reading costs. The two run in turns, so
// that the machine's load falls on both alike.
const withoutNear = compile(bundledLexicon, { near: false });
const compileWithoutNearMs = best(20, () => compile(bundledLexicon, { near: false }));
const [withNear1, withoutNear1] = bestInTurns(7, [() => matcher.match(oneMB), () => withoutNear.match(oneMB)]) as [number, number];

console.log(`\nbundled lexicon: ${bundledLexicon.entries.length} entries, ${bundleAliases.length} aliases, ${matcher.size} compiled phrases`);
console.log(`  compile                       ${fmt(compileBundleMs, 2)} ms   (target < 20 ms)`);
console.log(`  tagger              1 MB      ${fmt(mbps(oneMB, ours1))} MB/s   10 MB ${fmt(mbps(tenMB, ours10))} MB/s   (target ≥ 30 MB/s)`);
console.log(`  alternation RegExp  1 MB      ${fmt(mbps(oneMB, alt1))} MB/s   10 MB ${fmt(mbps(tenMB, alt10))} MB/s`);
console.log(`  per-alias RegExp    1 MB      ${fmt(mbps(oneMB, per1), 2)} MB/s`);
console.log(`  ratio tagger / per-alias      ${fmt(per1 / ours1)}×   (target ≥ 3×)`);
console.log(`  ratio tagger / alternation    ${fmt(alt1 / ours1, 2)}×  (the alternation does no Arabic handling)`);
console.log(`  without near spellings 1 MB   ${fmt(mbps(oneMB, withoutNear1))} MB/s   compile ${fmt(compileWithoutNearMs, 2)} ms`);
console.log(`  ratio with / without near spellings  ${fmt(withoutNear1 / withNear1, 2)}× throughput   (target ≥ 0.9×)`);

// A page that rewrites its blocks with the text they had (a re-render): the page remembers what each block's text
// held (lexicon/text-memo.ts, in lexicon/tag-client.ts) and does not send it to be tagged again.
const blocks = oneMB.split('\n').filter((b) => b.trim() !== '');
const tagBlocks = () => blocks.forEach((b) => matcher.match(b));
const memo = new TextMemo<Mention[]>(blocks.length);
const tagRemembered = () => blocks.forEach((b) => memo.get(b) ?? memo.set(b, matcher.match(b)));
tagRemembered();
const retag = best(5, tagBlocks);
const remembered = best(5, tagRemembered);
console.log(
  `  ${blocks.length} blocks rewritten unchanged: tagged ${fmt(retag, 1)} ms, remembered ${fmt(remembered, 2)} ms (${fmt(retag / remembered, 0)}× less)`,
);

// Pages send their blocks to the background in batches of about 50,000 characters (entrypoints/content/companion.ts)
// and get the mentions back: what a batch's messages weigh beside its tagging, with the request and the reply
// serialised as the browser's messaging does (JSON).
const batches: string[][] = [[]];
let batchChars = 0;
for (const b of blocks) {
  if (batchChars >= 50_000) {
    batches.push([]);
    batchChars = 0;
  }
  batches.at(-1)!.push(b);
  batchChars += b.length;
}
const asked = (texts: string[]) => ({ texts, context: toWire(newTextContext()) });
const served = best(5, () => batches.forEach((texts) => answerTagRequest(matcher, () => 'place', asked(texts))));
const wire = best(5, () =>
  batches.forEach((texts) => {
    const reply = answerTagRequest(matcher, () => 'place', asked(texts));
    JSON.parse(JSON.stringify({ texts, context: reply.context }));
    JSON.parse(JSON.stringify(reply));
  }),
);
console.log(
  `  1 MB in ${batches.length} batches: tagged ${fmt(served, 1)} ms, with the messages' serialisation ${fmt(wire, 1)} ms (${fmt(wire / served, 2)}×)`,
);

// Synthetic 10,000-entry lexicon
const big = synthetic(10_000);
const bigAliases = aliasesOf(big);
const compileBigMs = best(5, () => compile(big));
gc();
const heapBefore = process.memoryUsage().heapUsed;
const bigMatcher = compile(big);
gc();
const heapAfter = process.memoryUsage().heapUsed;
const big1 = best(5, () => bigMatcher.match(oneMB));
const big10 = best(3, () => bigMatcher.match(tenMB));
const bigAlt = alternation(bigAliases);
const bigAlt1 = best(3, () => bigAlt(oneMB));

console.log(`\nsynthetic lexicon: ${big.entries.length} entries, ${bigAliases.length} aliases, ${bigMatcher.size} compiled phrases`);
console.log(`  compile                       ${fmt(compileBigMs, 1)} ms   (target < 300 ms)`);
console.log(`  compiled matcher heap         ${fmt((heapAfter - heapBefore) / MB, 1)} MB`);
console.log(`  tagger              1 MB      ${fmt(mbps(oneMB, big1))} MB/s   10 MB ${fmt(mbps(tenMB, big10))} MB/s`);
console.log(`  alternation RegExp  1 MB      ${fmt(mbps(oneMB, bigAlt1), 2)} MB/s`);
console.log(`  ratio bundle / synthetic      ${fmt(big1 / ours1, 2)}×  (target within 1.5×)`);
console.log(`  ratio tagger / alternation    ${fmt(bigAlt1 / big1, 1)}×   (target ≥ 5×)`);
