/**
 * Lints the Firefox build as addons.mozilla.org will (web-ext lint, Mozilla's addons-linter) and fails on any
 * error or warning, but two the linter cannot tell apart from real ones, each accepted only where the flagged line
 * is the very code that is safe:
 * - Preact's renderer assigns innerHTML in its `dangerouslySetInnerHTML` branch, which the linter flags in every
 *   bundle that carries Preact. Our code never sets that prop (eslint.config.js forbids it): the branch never runs.
 * - page-start.js imports the reading companion, and the companion the card's view, from `runtime.getURL(<our own
 *   file>)`: the linter flags any import() of a computed address, but these are the extension's own files, never
 *   anything from the page.
 *   npm run lint:firefox      (after npm run build:firefox)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

const sourceDir = join(import.meta.dirname, '..', '.output', 'firefox-mv3');
const result = (await webExt.cmd.lint({ sourceDir, artifactsDir: join(sourceDir, '..'), output: 'none' }, { shouldExitProgram: false })) as {
  errors: Message[];
  warnings: Message[];
};

/** Whether the flagged line is Preact's innerHTML branch for dangerouslySetInnerHTML, and nothing else's. */
function isPreactsInnerHtmlBranch(m: Message): boolean {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line) return false;
  const line = readFileSync(join(sourceDir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const assignments = line.match(/\.innerHTML\s*=[^=]/g) ?? [];
  // Preact's two: `e.innerHTML=u.__html` and the reset `e.innerHTML=""` (a template literal once minified).
  const preacts = line.match(/\.innerHTML=[A-Za-z_$]+\.__html|\.innerHTML=(``|""|'')/g) ?? [];
  return line.includes('dangerouslySetInnerHTML') && assignments.length === preacts.length;
}

/** The files that import one of our own, each with the file it imports. */
const OWN_IMPORTS: Record<string, string> = { 'page-start.js': '/content-scripts/content.js', 'content-scripts/content.js': '/popover-view.js' };

/** Whether the flagged line is one of our imports of our own file from the extension's address. */
function isOwnImport(m: Message): boolean {
  const imported = m.file && OWN_IMPORTS[m.file];
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !imported || !m.line) return false;
  const line = readFileSync(join(sourceDir, m.file!), 'utf8').split('\n')[m.line - 1] ?? '';
  const imports = line.match(/import\(/g) ?? [];
  return imports.length === 1 && /import\([A-Za-z_$]+\.runtime\.getURL\([A-Za-z_$]+\)\)/.test(line) && line.includes(imported);
}

const accepted = result.warnings.filter((m) => isPreactsInnerHtmlBranch(m) || isOwnImport(m));
const problems = [...result.errors, ...result.warnings.filter((m) => !accepted.includes(m))];
for (const m of problems) console.error(`${m.code} ${m.file ?? 'manifest'}${m.line ? `:${m.line}` : ''}: ${m.message}`);
console.log(
  `web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${accepted.length} accepted: Preact's unused innerHTML branch, our imports of our own files)`,
);
if (problems.length > 0) process.exit(1);
