/**
 * Browser benchmark: loads the built extension into Debian's Chromium and prints, for each seed page and a
 * generated page with 1 MB of text, the time from the content script's start (the task that compiles and runs
 * it) to its main function, to the settings read and the matcher built, to the first highlights set, to the
 * frame that paints them and to the whole page tagged; the longest main-thread task in that time, and the most
 * time scripts took within one task (the rest is the browser's style, layout and paint); the ranges painted
 * (long pages are painted near the viewport only); and the JS heap the content script added; then the content
 * script's size. Then the reader's wait, from the navigation's start to highlights painted, against two floor
 * extensions the benchmark builds (bench/floors/) and loads in browsers of their own in the same run: one that
 * paints a single fixed word, and one that paints a RegExp alternation of the lexicon's aliases with no Arabic
 * handling; and, for reference, mark.js given a sample of the aliases.
 * Each page is loaded two ways: in a new tab, a new renderer process that compiles the script from scratch; and
 * in a tab that had another article open, as a reader going from one article to the next, where V8 finds the
 * compiled script in its per-process cache.
 *   npm run bench:browser      (builds first; RUNS=n loads per page, 5 by default, medians printed)
 * Figures come from a DevTools trace of the renderer's main thread, which also records the performance marks
 * the content script sets; the heap baseline is the same page in the same browser binary with no extension.
 */
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, extensionDir, launchChromium, launchWithExtension, waitUntilTagged } from '../tests/e2e/browser';
import { bundledLexicon } from '../build/lexicon-data';
import { namesOf } from '../lexicon/aliases';
import { buildFloorExtension } from './floors/build';
import { articles } from '../tests/e2e/site/pages';
import { serveSite } from '../tests/e2e/site/server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** One load of a page, read off a DevTools trace of its renderer, in ms from the content script's start. */
interface Load {
  /** Compiling and running the script up to its main function (mark anc:start). */
  loaded: number;
  /** The reader's settings read and the matcher built (mark anc:ready). */
  ready: number;
  /** The first highlights set, to be painted in the next frame (mark anc:first-set). */
  set: number;
  /** The frame that first shows highlights (mark anc:first-highlights). */
  first: number;
  /** The frame after the whole page was tagged (mark anc:highlighted). */
  all: number;
  /** The longest task on the renderer's main thread from the script's start to the last mark. */
  longest: number;
  /** The most time scripts took in one task (see SCRIPT). */
  longestScript: number;
  /** The frame that first shows highlights, in ms since the navigation started: what the reader waits. */
  firstSinceNavigation: number;
  /** The frame after the whole page was tagged, in ms since the navigation started. */
  allSinceNavigation: number;
}

/**
 * Where scripts run within a task: evaluating a script, calling a function (events, observers, timers, animation
 * frames) and running microtasks, with the garbage collection they cause. The rest of a task is the browser's own
 * work, such as style, layout and paint (a page of 1 MB spends 10–30 ms in pre-paint on every frame without us),
 * not all of which the trace names.
 */
const SCRIPT = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.callFunction',
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
  'FireAnimationFrame',
  'TimerFire',
  'EventDispatch',
]);

/** Time in script within `task` (nested events counted once). */
function scriptIn(task: TraceEvent, onThread: TraceEvent[]): number {
  const end = task.ts + (task.dur ?? 0);
  let total = 0;
  let reached = task.ts;
  for (const e of onThread) {
    if (e.ts < task.ts || e.ts >= end || !SCRIPT.has(e.name)) continue;
    const stop = Math.min(end, e.ts + (e.dur ?? 0));
    if (stop > reached) total += stop - Math.max(reached, e.ts);
    reached = Math.max(reached, stop);
  }
  return total;
}

/**
 * A task with the microtask checkpoint that ends it. The trace records the checkpoint after the task's own event,
 * so a task whose work is all in promise callbacks (an async function resuming) shows as a 0 ms task.
 */
function withMicrotasks(task: TraceEvent, onThread: TraceEvent[]): TraceEvent {
  const end = task.ts + (task.dur ?? 0);
  const checkpoint = onThread.find((e) => e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts >= task.ts && e.ts <= end + 50);
  if (!checkpoint) return task;
  return { ...task, dur: Math.max(end, checkpoint.ts + (checkpoint.dur ?? 0)) - task.ts };
}

/**
 * Loads `url` under a trace. The script's start is the start of the task that evaluates content.js, so the
 * figures include compiling the script and running its modules, not only our main function.
 */
/** The DevTools trace of `categories` while `run` runs in `page`. */
async function traced(page: Page, categories: string, run: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

async function tracedLoad(page: Page, url: string): Promise<Load> {
  const events = await traced(page, 'devtools.timeline,toplevel,blink.user_timing', async () => {
    await page.goto(url);
    await waitUntilTagged(page);
  });
  const mark = (name: string) => {
    const e = events.find((x) => x.name === name);
    if (!e) throw new Error(`no ${name} in the trace`);
    return e;
  };
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const renderer = thread(mark('anc:start'));
  // The gate imports content.js as a module: the first event on the renderer that names the file is its start.
  const evaluate = events.filter((e) => thread(e) === renderer && e.args?.data?.url?.endsWith('content-scripts/content.js')).sort((a, b) => a.ts - b.ts)[0];
  if (!evaluate) throw new Error('no evaluation of content.js in the trace');
  const from = evaluate.ts;
  const to = mark('anc:highlighted').ts;
  const onThread = events.filter((e) => e.ph === 'X' && thread(e) === renderer).sort((a, b) => a.ts - b.ts);
  const tasks = onThread
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= from && e.ts <= to)
    .map((t) => withMicrotasks(t, onThread));
  const at = (name: string) => (mark(name).ts - from) / 1000;
  const sinceNavigation = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
  return {
    firstSinceNavigation: await sinceNavigation('anc:first-highlights'),
    allSinceNavigation: await sinceNavigation('anc:highlighted'),
    loaded: at('anc:start'),
    ready: at('anc:ready'),
    set: at('anc:first-set'),
    first: at('anc:first-highlights'),
    all: at('anc:highlighted'),
    longest: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    longestScript: Math.max(0, ...tasks.map((t) => scriptIn(t, onThread) / 1000)),
  };
}

/**
 * Script time on the page's renderer main thread over `seconds` after loading `url` (load included, unless
 * `afterLoad`): the page's own scripts, plus ours when the extension is there.
 */
async function scriptTimeOver(context: BrowserContext, url: string, seconds: number, afterLoad = false): Promise<number> {
  const page = await context.newPage();
  // After the load: the page loaded and left 3 s to settle (to be tagged, where the extension is) before the trace.
  if (afterLoad) {
    await page.goto(url);
    await page.waitForTimeout(3000);
  }
  const events = await traced(page, 'devtools.timeline,toplevel,__metadata', async () => {
    if (!afterLoad) await page.goto(url);
    await page.waitForTimeout(seconds * 1000);
  });
  await page.close();
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) if (e.ph === 'X' && mains.has(thread(e))) byThread.set(thread(e), [...(byThread.get(thread(e)) ?? []), e]);
  // The page's renderer is the busiest main thread of the trace.
  const onThread = [...byThread.values()].sort((a, b) => b.length - a.length)[0]!.sort((a, b) => a.ts - b.ts);
  const first = onThread[0]!.ts;
  const last = Math.max(...onThread.map((e) => e.ts + (e.dur ?? 0)));
  return scriptIn({ name: 'window', ph: 'X', ts: first, dur: last - first, tid: 0, pid: 0 }, onThread) / 1000;
}

/** How many aliases mark.js is given (see main). */
const MARKJS_SAMPLE = 250;
const markJsVersion = (JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/mark.js/package.json'), 'utf8')) as { version: string }).version;

/** The word floor 1 paints: it is in every seed article. */
const FLOOR_WORD = 'روسيا';

const ms = (x: number, width: number) => x.toFixed(1).padStart(width);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function heapAfterLoad(context: BrowserContext, url: string, waitForMark: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  if (waitForMark) await waitUntilTagged(page);
  else await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  await page.close();
  return usedSize;
}

/** How a page is opened: in a new tab, or in a tab that was showing `previous` (a same-site article). */
type Opening = { tab: 'new' } | { tab: 'same'; previous: string };

/** Median of each figure over `runs` loads, after one load that warms the extension and the HTTP cache. */
async function measure(context: BrowserContext, url: string, opening: Opening, runs: number) {
  const loads: Load[] = [];
  let ranges = 0;
  for (let run = 0; run <= runs; run++) {
    const page = await context.newPage();
    if (opening.tab === 'same') {
      await page.goto(opening.previous);
      await waitUntilTagged(page);
    }
    const load = await tracedLoad(page, url);
    if (run > 0) loads.push(load);
    ranges = await page.evaluate(() => [...CSS.highlights].filter(([k]) => k.startsWith('anc-')).reduce((n, [, h]) => n + h.size, 0));
    await page.close();
  }
  const of = (key: keyof Load) => median(loads.map((l) => l[key]));
  return {
    loaded: of('loaded'),
    ready: of('ready'),
    set: of('set'),
    first: of('first'),
    all: of('all'),
    longest: of('longest'),
    longestScript: of('longestScript'),
    firstSinceNavigation: of('firstSinceNavigation'),
    allSinceNavigation: of('allSinceNavigation'),
    ranges,
  };
}

/** How much more `value` is than `base`, in per cent to one decimal. */
const percentOver = (base: number, value: number) => (((value - base) / base) * 100).toFixed(1);

async function main() {
  const site = await serveSite();
  const withExtension = await launchWithExtension();
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'anc-plain-')), {
    executablePath: chromiumPath,
    headless: false,
    ignoreDefaultArgs: ['--headless'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  const seeds = articles().map((a, i) => ({ name: a.doc, path: `/article/${i}` }));
  // The news site's page (5,000+ elements, a live ticker, ad frames, lazy images) around seed article 0.
  const pages = [...seeds, { name: 'news site page (article 0)', path: '/news/0' }, { name: '1 MB generated page', path: '/big' }];
  const runs = Number(process.env.RUNS ?? 5);
  console.log(`median of ${runs} loads per page, in ms from the start of the task that evaluates content.js`);
  const header =
    'page                          script loaded  settings+matcher  first set  first painted  all painted  longest task  most script/task  painted ranges';
  const row = (name: string, m: Awaited<ReturnType<typeof measure>>) =>
    `${name.padEnd(28)} ${ms(m.loaded, 14)} ${ms(m.ready, 17)} ${ms(m.set, 10)} ${ms(m.first, 14)} ${ms(m.all, 12)} ${ms(m.longest, 13)} ${ms(m.longestScript, 17)} ${String(m.ranges).padStart(15)}`;

  const ours: Record<Opening['tab'], Map<string, Awaited<ReturnType<typeof measure>>>> = { new: new Map(), same: new Map() };
  const previousOf = (i: number) => site.url + seeds[(i + seeds.length - 1) % seeds.length]!.path;
  const openings = (i: number): Opening[] => [{ tab: 'new' }, { tab: 'same', previous: previousOf(i) }];

  console.log('\nin a new tab (the script is compiled from scratch)');
  console.log(`${header}  heap added`);
  for (const p of pages) {
    const url = site.url + p.path;
    const m = await measure(withExtension.context, url, { tab: 'new' }, runs);
    ours.new.set(p.path, m);
    const heap = (await heapAfterLoad(withExtension.context, url, true)) - (await heapAfterLoad(plain, url, false));
    console.log(`${row(p.name, m)} ${(heap / 1e6).toFixed(1).padStart(8)} MB`);
  }

  console.log('\nin the same tab, coming from another article (V8 reuses the compiled script)');
  console.log(header);
  for (const [i, p] of pages.entries()) {
    const m = await measure(withExtension.context, site.url + p.path, openings(i)[1]!, runs);
    ours.same.set(p.path, m);
    console.log(row(p.name, m));
  }

  // The floors run in browsers of their own, one extension each, on the same pages in the same run.
  const aliases = bundledLexicon.entries
    .flatMap((e) => namesOf(e, new Map(bundledLexicon.entries.map((x) => [x.id, x]))))
    .filter((a) => /\p{Script=Arabic}/u.test(a));
  const floors = {
    word: await launchChromium(buildFloorExtension('fixed-word', 'fixed-word.ts', { WORD: FLOOR_WORD })),
    alternation: await launchChromium(
      buildFloorExtension('alternation', 'alternation.ts', { ALIASES: [...new Set(aliases)].sort((a, b) => b.length - a.length) }),
    ),
  };
  console.log(`\nagainst floor extensions, in ms since the navigation started (medians; targets: seed pages ≤ 1.5×, the 1 MB page ≤ 2×)`);
  console.log(
    `floor 1 paints the word «${FLOOR_WORD}» once; floor 2 paints one RegExp alternation of the lexicon's ${new Set(aliases).size} Arabic aliases over every text node`,
  );
  console.log('page                          tab   first painted: ours  floor 1  ratio    all painted: ours  floor 2  ratio');
  for (const [i, p] of pages.entries()) {
    for (const opening of openings(i)) {
      const m = ours[opening.tab].get(p.path)!;
      const one = await measure(floors.word.context, site.url + p.path, opening, runs);
      const two = await measure(floors.alternation.context, site.url + p.path, opening, runs);
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`.padStart(6);
      console.log(
        `${p.name.padEnd(29)} ${opening.tab.padEnd(4)} ${ms(m.firstSinceNavigation, 20)} ${ms(one.firstSinceNavigation, 8)} ${ratio(m.firstSinceNavigation, one.firstSinceNavigation)}` +
          `   ${ms(m.allSinceNavigation, 18)} ${ms(two.allSinceNavigation, 8)} ${ratio(m.allSinceNavigation, two.allSinceNavigation)}`,
      );
    }
  }
  for (const floor of Object.values(floors)) {
    await floor.context.close();
    rmSync(floor.profile, { recursive: true, force: true });
  }

  // mark.js makes one pass over the page per name: with every alias it would take hours on the 1 MB page. It gets
  // an even sample of them, one load per page, and its run is also given scaled to all the aliases.
  const unique = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  const sample = unique.filter((_, i) => i % Math.ceil(unique.length / MARKJS_SAMPLE) === 0);
  const markjs = await launchChromium(buildFloorExtension('markjs', 'markjs.ts', { ALIASES: sample }));
  console.log(
    `\nfor reference, mark.js ${markJsVersion} (npm) given ${sample.length} of the ${unique.length} aliases, one load in a new tab: all painted, in ms since the navigation started`,
  );
  for (const p of [seeds[0]!, pages.at(-1)!]) {
    const page = await markjs.context.newPage();
    // mark.js runs in one task and holds the page's load event that long.
    await page.goto(site.url + p.path, { waitUntil: 'commit' });
    await waitUntilTagged(page);
    // No helper function inside: tsx names functions with a helper the page does not have.
    const [start, painted] = await page.evaluate(() => ['anc:start', 'anc:highlighted'].map((name) => performance.getEntriesByName(name)[0]!.startTime));
    const run = painted! - start!;
    await page.close();
    console.log(
      `${p.name.padEnd(29)} mark.js ${ms(painted!, 9)} ms, of which its run ${ms(run, 9)} ms (scaled to all aliases: ${((run * unique.length) / sample.length / 1000).toFixed(1)} s)` +
        `   ours, all aliases: ${ms(ours.new.get(p.path)!.allSinceNavigation, 7)} ms`,
    );
  }
  await markjs.context.close();
  rmSync(markjs.profile, { recursive: true, force: true });

  // The least any extension with a content script costs a page: the browser sets up the isolated world its script
  // runs in, even for a script that does nothing. At document_start, as page-start.js runs.
  const empty = await launchChromium(buildFloorExtension('empty', 'empty.ts', {}, 'document_start'));

  // A real-shaped page at rest: what its ticker (30 headlines rewritten every second) costs us once it is read, beside
  // what an empty content script costs it (the browser's share of any extension with a content script).
  const news = site.url + '/news/0';
  const ticker: [number[], number[], number[]] = [[], [], []];
  for (let run = 0; run < runs; run++) {
    ticker[0].push(await scriptTimeOver(plain, news, 10, true));
    ticker[1].push(await scriptTimeOver(empty.context, news, 10, true));
    ticker[2].push(await scriptTimeOver(withExtension.context, news, 10, true));
  }
  const [plainTicker, emptyTicker, withTicker] = ticker.map(median) as [number, number, number];
  const added = (over: number) => `${percentOver(over, withTicker)}%`;
  console.log(
    `\nthe news site page over 10 s of its ticker, after load (medians; target: our share at most 5%): script ${ms(plainTicker, 1)} → ${ms(emptyTicker, 1)} (empty script) → ${ms(withTicker, 1)} ms, ` +
      `${added(plainTicker)} added, ${added(emptyTicker)} over the empty script`,
  );

  console.log('\npages without Arabic, with the extension and with an empty content script, against the same browser without either (medians)');
  console.log(
    'page                              heap added (empty script)  script at load (plain → empty script → with)  script over 5 s (plain → empty script → with, share added)',
  );
  for (const [name, path] of [
    ['1 MB English article', '/english'],
    ['English board, 300 cells a frame', '/ticker'],
  ] as const) {
    const url = site.url + path;
    const heaps: [number[], number[]] = [[], []];
    const load: [number[], number[], number[]] = [[], [], []];
    const over: [number[], number[], number[]] = [[], [], []];
    for (let run = 0; run < runs; run++) {
      const plainHeap = await heapAfterLoad(plain, url, false);
      heaps[0].push((await heapAfterLoad(withExtension.context, url, false)) - plainHeap);
      heaps[1].push((await heapAfterLoad(empty.context, url, false)) - plainHeap);
      load[0].push(await scriptTimeOver(plain, url, 1));
      load[1].push(await scriptTimeOver(empty.context, url, 1));
      load[2].push(await scriptTimeOver(withExtension.context, url, 1));
      over[0].push(await scriptTimeOver(plain, url, 5));
      over[1].push(await scriptTimeOver(empty.context, url, 5));
      over[2].push(await scriptTimeOver(withExtension.context, url, 5));
    }
    const [p5, e5, w5] = over.map(median) as [number, number, number];
    const mb = (xs: number[]) => (median(xs) / 1e6).toFixed(2);
    console.log(
      `${name.padEnd(33)} ${mb(heaps[0]).padStart(6)} MB (${mb(heaps[1])} MB)  ${ms(median(load[0]), 8)} → ${ms(median(load[1]), 5)} → ${ms(median(load[2]), 5)} ms` +
        `              ${ms(p5, 8)} → ${ms(e5, 5)} → ${ms(w5, 7)} ms  ${percentOver(p5, w5).padStart(5)}%`,
    );
  }
  await empty.context.close();
  rmSync(empty.profile, { recursive: true, force: true });

  const script = readFileSync(join(extensionDir, 'content-scripts/content.js'));
  const gate = readFileSync(join(extensionDir, 'page-start.js'));
  console.log(
    `\nscript on every page (page-start.js, the gate): ${(gate.length / 1000).toFixed(1)} kB, ${(gzipSync(gate, { level: 9 }).length / 1000).toFixed(1)} kB gzipped`,
  );
  console.log(
    `reading companion, loaded where the page has Arabic: ${(script.length / 1000).toFixed(1)} kB, ${(gzipSync(script, { level: 9 }).length / 1000).toFixed(1)} kB gzipped`,
  );
  console.log('target: no task of ours with more than 50 ms of script (the column "most script/task")');

  await plain.close();
  await withExtension.close();
  await site.close();
}

void main();
