import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Writes an unpacked MV3 extension whose one content script, in every http(s) page at `runAt` (the end of parsing
 * unless told), is `source` bundled with `defines`. The script sits at the reading companion's path, so the
 * benchmark finds its evaluation in a trace the same way.
 */
export function buildFloorExtension(
  name: string,
  source: string,
  defines: Record<string, unknown>,
  runAt: 'document_start' | 'document_end' = 'document_end',
): string {
  const dir = mkdtempSync(join(tmpdir(), `anc-floor-${name}-`));
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `Benchmark floor: ${name}`,
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: runAt }],
    }),
  );
  buildSync({
    entryPoints: [join(import.meta.dirname, source)],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    define: Object.fromEntries(Object.entries(defines).map(([k, v]) => [k, JSON.stringify(v)])),
    outfile: join(dir, 'content-scripts/content.js'),
    logLevel: 'warning',
  });
  return dir;
}
