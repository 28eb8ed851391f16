/**
 * Tags the dev corpus with the bundled lexicon and prints the official scorer's figures.
 * The corpus lives beside the project (../shared); CORPUS_DIR and SCORER override the paths.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { bundledLexicon } from '../../build/lexicon-data';
import { compile } from '../matcher';

export const corpusDir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus/dev');
export const scorer = resolve(process.env.SCORER ?? '../shared/eval/score.mjs');

/** Writes the prediction file for every .txt of the corpus and returns its path. */
export function predictCorpus(dir = corpusDir): string {
  const matcher = compile(bundledLexicon);
  const lines = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((doc) => {
      const text = readFileSync(join(dir, doc), 'utf8');
      const mentions = matcher
        .match(text, { nested: true })
        .filter((m) => m.kind === 'name')
        .map((m) => ({ id: m.id, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
      return JSON.stringify({ doc, mentions });
    });
  const out = join(mkdtempSync(join(tmpdir(), 'lexicon-eval-')), 'predictions.jsonl');
  writeFileSync(out, lines.join('\n') + '\n');
  return out;
}

/** Runs the scorer; `extra` passes flags such as --json or --verbose through. */
export function score(predictions: string, extra: string[] = []): string {
  return execFileSync(process.execPath, [scorer, join(corpusDir, 'gold.jsonl'), predictions, ...extra], { encoding: 'utf8' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(score(predictCorpus(), process.argv.slice(2)));
}
