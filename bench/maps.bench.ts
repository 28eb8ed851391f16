/**
 * Maps benchmark: the size of the map code each context carries, and the time to draw the page map against a
 * baseline drawn in the same run, the country outlines of the same frame alone.
 *   npm run bench:maps       (CORPUS_DIR overrides ../shared/corpus/dev)
 * It runs bundled by esbuild, as the side panel runs bundled by Vite. Sizes are of the code minified by esbuild,
 * with Preact left out (every page of ours carries it already); times are the best of several runs, the least
 * noisy estimate on a shared machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundledLexicon } from '../build/lexicon-data';
import { compile, newTextContext } from '../lexicon/matcher';
import type { EntitySummary } from '../lexicon/page-summary';
import { countryAt, countryOutlines } from '../geo/atlas';
import { drawMap } from '../geo/draw';
import { frameOf } from '../geo/frame';
import { LOCATOR_SIZE, locatorMap } from '../geo/locator';
import { PAGE_MAP_SIZE, pageMap, pagePoints } from '../geo/page-map';

const root = resolve(import.meta.dirname, '..');
const corpusDir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus/dev');

/** Minified size of what `source` pulls in, as a bundler would ship it. */
async function sizeOf(source: string): Promise<{ bytes: number; gz: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'tsx' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['preact', 'preact/*'],
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.contents;
  return { bytes: code.length, gz: gzipSync(code, { level: 9 }).length };
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const row = (name: string, s: { bytes: number; gz: number }) => console.log(`  ${name.padEnd(58)} ${kB(s.bytes).padStart(9)}  ${kB(s.gz).padStart(8)} gz`);

console.log('map code, minified (Preact not counted)');
row('popover, in the content script: the SVG renderer', await sizeOf(`export { LocatorFigure } from './components/MapFigure';`));
row('popover, in the background: locator map + outlines', await sizeOf(`export { locatorMap } from './geo/locator';`));
row('side panel, a lazy chunk: page map + locator + outlines', await sizeOf(`export * from './geo/page-map'; export * from './geo/locator';`));
row('side panel, in its first load: the SVG renderer', await sizeOf(`export { LocatorFigure, PageMapFigure } from './components/MapFigure';`));

/** The best of `runs` timings of `a` and of `b`, taken in turn so that a busy moment of the machine hits both. */
function bestOfPair(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  const min = [Infinity, Infinity];
  for (let r = 0; r < runs; r++) {
    [a, b].forEach((fn, i) => {
      const t = performance.now();
      fn();
      min[i] = Math.min(min[i]!, performance.now() - t);
    });
  }
  return [min[0]!, min[1]!];
}

let t0 = performance.now();
countryOutlines();
const decoded = performance.now() - t0;
t0 = performance.now();
countryAt({ lon: 0, lat: 0 });
console.log(
  `\nonce per context: decoding the outlines (TopoJSON → GeoJSON) ${decoded.toFixed(1)} ms, the first countryAt (the outlines' boxes, a cold start) ${(performance.now() - t0).toFixed(1)} ms`,
);

// Each seed article as the panel would see it: its entities with their name mentions.
const matcher = compile(bundledLexicon);
const byId = new Map(bundledLexicon.entries.map((e) => [e.id, e]));
const articles = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
console.log(
  `\npage map (${PAGE_MAP_SIZE.width}×${PAGE_MAP_SIZE.height}) of each seed article, its points found and drawn, best of 50, against its outlines alone in the same frame`,
);
for (const file of articles) {
  const counts = new Map<string, number>();
  for (const m of matcher.match(readFileSync(join(corpusDir, file), 'utf8'), { context: newTextContext() })) {
    if (m.kind === 'name') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  }
  const entities: EntitySummary[] = [...counts].map(([id, count]) => ({
    id,
    type: byId.get(id)!.type,
    count,
    nisbaCount: 0,
    inHeadline: false,
    firstPosition: 0,
    hidden: false,
    mentions: [],
  }));
  const points = pagePoints(entities, (id) => byId.get(id), 'en');
  const [outlines, page] = bestOfPair(
    50,
    () => drawMap({ ...PAGE_MAP_SIZE, points: [], frame: frameOf(points) }),
    () =>
      pageMap(
        pagePoints(entities, (id) => byId.get(id), 'en'),
        { selected: null, rtl: false },
      ),
  );
  const view = pageMap(points, { selected: null, rtl: false })!;
  console.log(
    `  ${file.padEnd(26)} ${String(points.length).padStart(2)} markers, ${String(view.markers.filter((m) => m.label).length).padStart(2)} named, ` +
      `${view.world ? 'world' : 'region'}: ${page.toFixed(2)} ms = ${(page / outlines).toFixed(2)}× outlines alone (${outlines.toFixed(2)} ms)`,
  );
}

const dushanbe = byId.get('dushanbe')!;
const kazakhstan = byId.get('kazakhstan')!;
const [outlinesCa, locator] = bestOfPair(
  50,
  () => drawMap({ ...LOCATOR_SIZE.popover, points: [], frame: frameOf([dushanbe.coords!]) }),
  () => locatorMap(dushanbe, LOCATOR_SIZE.popover),
);
const [, country] = bestOfPair(
  50,
  () => undefined,
  () => locatorMap(kazakhstan, LOCATOR_SIZE.popover),
);
console.log(
  `\nlocator map (popover, ${LOCATOR_SIZE.popover.width}×${LOCATOR_SIZE.popover.height}), against Central Asia's outlines alone (${outlinesCa.toFixed(2)} ms):`,
);
console.log(
  `  Dushanbe, marked: ${locator.toFixed(2)} ms = ${(locator / outlinesCa).toFixed(2)}×; Kazakhstan, found and filled: ${country.toFixed(2)} ms = ${(country / outlinesCa).toFixed(2)}×`,
);
