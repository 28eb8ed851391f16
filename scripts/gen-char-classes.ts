/**
 * Writes lexicon/char-classes.generated.ts: the class of every UTF-16 code unit under the rules of
 * lexicon/char-rules.ts, as runs. Run after changing those rules: `npm run gen:chars` (a test fails until then).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeClassRuns } from '../lexicon/char-rules';

const out = resolve(import.meta.dirname, '../lexicon/char-classes.generated.ts');
writeFileSync(
  out,
  // JSON.parse of a string literal loads a list of numbers faster than an array literal would.
  `// Written by \`npm run gen:chars\` from lexicon/char-rules.ts; do not edit.\nexport const CLASS_RUNS: readonly number[] = JSON.parse(\n  '${JSON.stringify(encodeClassRuns())}',\n);\n`,
);
console.log(`wrote ${out}`);
