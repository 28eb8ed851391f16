/**
 * Tags text files with the bundled lexicon.
 *   tag --jsonl FILE...   one prediction line per file, in the scorer's format, and nothing else on stdout
 *   tag FILE...           a readable list of mentions per file
 * Add --nisba to include nisba adjectives (kind "nisba") in the JSON lines, --candidates to add the names the
 * lexicon lacks that the page's marks point to (`candidates`: {start, end, type, text, evidence}; lexicon/discover.ts),
 * and --why to say for each mention which rule read it (`why`; lexicon/explain.ts). Names inside a longer name (كابول in
 * «مطار كابول») are listed after it: the scorer counts them as optional, a reader may want either card.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bundledLexicon, bundledTypes, discoveryRules, knownFirstNames } from '../../build/lexicon-data';
import { phrasesOf } from '../aliases';
import { Discoverer } from '../discover';
import { Explainer } from '../explain';
import { compile, type Mention } from '../matcher';

const args = process.argv.slice(2);
const jsonl = args.includes('--jsonl');
const withNisba = args.includes('--nisba');
const withCandidates = args.includes('--candidates');
const withWhy = args.includes('--why');
const files = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && !['--jsonl', '--nisba', '--candidates', '--why'].includes(a));

if (unknown.length > 0 || files.length === 0) {
  if (unknown.length > 0) console.error(`tag: unknown option ${unknown.join(', ')}`);
  console.error('usage: npm run --silent tag -- [--jsonl] [--nisba] [--candidates] [--why] FILE...');
  process.exit(2);
}

const texts: { file: string; text: string }[] = [];
for (const file of files) {
  try {
    texts.push({ file, text: readFileSync(file, 'utf8') });
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    console.error(`tag: cannot read ${file}: ${reason}`);
    process.exit(1);
  }
}

const matcher = compile(bundledLexicon);
const names = new Map(bundledLexicon.entries.map((e) => [e.id, e.name.en]));
const typeOf = (id: string) => bundledTypes.get(id);
const discoverer = withCandidates ? new Discoverer(discoveryRules, knownFirstNames()) : null;
const explainer = withWhy ? new Explainer(phrasesOf(bundledLexicon).phrases) : null;

// A reader piping into head or less may close the pipe early: that ends the output, it is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

for (const { file, text } of texts) {
  const mentions = matcher.match(text, { nested: true });
  if (jsonl) {
    const shown = mentions.filter((m) => withNisba || m.kind === 'name').map((m) => withText(m, text));
    const candidates = discoverer ? { candidates: discoverer.discover(text, mentions, typeOf) } : {};
    process.stdout.write(JSON.stringify({ doc: basename(file), mentions: shown, ...candidates }) + '\n');
  } else {
    process.stdout.write(`${file}: ${mentions.length} mentions\n`);
    for (const m of mentions) {
      const kind = (m.kind === 'nisba' ? ' (nisba)' : '') + (m.nested ? ' (inside the name before)' : '') + (m.approximate ? ' (near spelling)' : '');
      process.stdout.write(
        `  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.id.padEnd(26)} ${text.slice(m.start, m.end)}  — ${names.get(m.id)}${kind}\n`,
      );
      if (explainer) process.stdout.write(`${' '.repeat(16)}why: ${explainer.describe(m, text)}\n`);
    }
    for (const c of discoverer?.discover(text, mentions, typeOf) ?? []) {
      process.stdout.write(`  ${String(c.start).padStart(6)}-${String(c.end).padEnd(6)} ${`(new ${c.type})`.padEnd(26)} ${c.text}  — ${c.evidence}\n`);
    }
  }
}

function withText(m: Mention, text: string) {
  return {
    id: m.id,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    ...(m.kind === 'nisba' ? { kind: m.kind } : {}),
    ...(explainer ? { why: explainer.describe(m, text) } : {}),
  };
}
