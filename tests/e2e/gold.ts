import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLexicon, bundledTypes } from '../../build/lexicon-data';
import { compile } from '../../lexicon/matcher';
import type { HighlightedRange } from './in-page';
import { articles, corpusDir } from './site/pages';

interface GoldMention {
  id: string;
  start: number;
  end: number;
  text: string;
}
const gold = new Map<string, { mentions: GoldMention[]; optional: GoldMention[] }>(
  readFileSync(join(corpusDir, 'gold.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => {
      const row = JSON.parse(l);
      return [row.doc, row];
    }),
);

/** The entities the gold judges; the scorer sets mentions of the others aside, and so do these checks. */
const judged = new Set(
  readFileSync(join(corpusDir, '..', 'entities.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[0]),
);
const matcher = compile(bundledLexicon);

/** A gold mention's article line and its offsets within that line. */
function onLine(text: string, m: { start: number; end: number }) {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const line = text.slice(0, m.start).split('\n').length - 1;
  return { line, start: m.start - lineStart, end: m.end - lineStart };
}

/**
 * Compares the highlights of seed article `index` with its hand-checked mentions: the gold mentions not
 * highlighted with their entity's type, and the names highlighted outside the gold mentions and the spans the gold
 * leaves optional, but for the short form of a name the gold marks in full on the page («وزارة الدفاع» after
 * «وزارة الدفاع الروسية») and for names of entities the gold does not judge («الشرق الأوسط»), as the scorer does.
 */
export function againstGold(index: number, highlights: HighlightedRange[]): { missed: string[]; stray: string[] } {
  const article = articles()[index]!;
  const ranges = highlights.filter((r) => r.line !== null && !r.name.startsWith('anc-nisba'));
  const expected = gold.get(article.doc)!.mentions.map((m) => ({ ...m, ...onLine(article.text, m) }));
  const found = expected.filter((g) =>
    ranges.some((r) => r.line === g.line && r.start < g.end && g.start < r.end && r.name === `anc-${bundledTypes.get(g.id)}`),
  );
  const missed = expected.filter((g) => !found.includes(g)).map((g) => `${g.id} «${g.text}» line ${g.line}`);
  const optional = gold.get(article.doc)!.optional.map((o) => onLine(article.text, o));
  const shortForm = (r: (typeof ranges)[number]) => expected.some((g) => g.text.startsWith(`${r.text} `) && r.name === `anc-${bundledTypes.get(g.id)}`);
  const unjudged = new Set(
    matcher
      .match(article.text)
      .filter((m) => !judged.has(m.id))
      .map((m) => article.text.slice(m.start, m.end)),
  );
  const stray = ranges.filter(
    (r) =>
      r.line! > 0 && !shortForm(r) && !unjudged.has(r.text) && ![...expected, ...optional].some((g) => g.line === r.line && r.start < g.end && g.start < r.end),
  );
  return { missed, stray: stray.map((r) => `${r.name} «${r.text}»`) };
}
