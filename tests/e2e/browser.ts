import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { serveSite, type Site } from './site/server';
import { centreOfHighlight, hasHighlights, highlightsInPage, noPopover, type HighlightedRange, type PopoverState } from './in-page';

export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The heading of the page the extension opened on install (closed before any test runs). */
  welcomeHeading: string;
  close(): Promise<void>;
}

/** Starts Debian's Chromium with the unpacked extension in `extension` loaded, in a fresh profile. */
export async function launchChromium(
  extension: string,
  options: { headless?: boolean; viewport?: { width: number; height: number }; args?: string[] } = {},
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'anc-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false, // the new headless mode is chosen by flag: the old one cannot load extensions
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    args: [
      ...((options.headless ?? true) ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--lang=en-US',
      // Chromium 137+ ignores --load-extension unless this switch is left on.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      ...(options.args ?? []),
    ],
  });
  return { context, profile };
}

/** Starts Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: Parameters<typeof launchChromium>[1] = {}): Promise<ExtensionBrowser> {
  const { context, profile } = await launchChromium(extensionDir, options);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const welcomeHeading = await closeWelcome(context, `chrome-extension://${extensionId}/welcome.html`);
  return {
    context,
    extensionId,
    welcomeHeading,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for the tab the extension opens on install, reads its heading and closes it, so that every test starts
 * with the tabs it opens itself. Throws when no such tab opens.
 */
async function closeWelcome(context: BrowserContext, url: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  let page = context.pages().find((p) => p.url() === url);
  while (!page) {
    if (Date.now() > deadline) throw new Error(`the extension opened no ${url} on install`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    page = context.pages().find((p) => p.url() === url);
  }
  const heading = (await (await page.waitForSelector('h1')).textContent()) ?? '';
  await page.close();
  return heading;
}

/** For a test file: serves the sample site and starts the browser before its tests, stops both after. */
export function withExtension(options: Parameters<typeof launchWithExtension>[0] = {}): { site: Site; browser: ExtensionBrowser } {
  const env = {} as { site: Site; browser: ExtensionBrowser };
  beforeAll(async () => {
    env.site = await serveSite();
    env.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

export type { HighlightedRange, PopoverState } from './in-page';

/** Reads every range of our highlights from the page, noting which of `selectors` holds each. */
export async function readHighlights(page: Page, frame = page.mainFrame(), selectors: string[] = []): Promise<HighlightedRange[]> {
  return frame.evaluate(highlightsInPage, selectors);
}

/** Waits until the page shows at least `count` highlighted ranges. */
export async function waitForHighlights(page: Page, count = 1, frame = page.mainFrame()): Promise<void> {
  await frame.waitForFunction(hasHighlights, count, { timeout: 20_000 });
}

/**
 * Waits until the content script has tagged the whole page (its last mark, anc:highlighted), with a
 * PerformanceObserver: Playwright's waitForFunction would first send the page its 330 kB injected script, whose
 * compiling is a 35–55 ms task in the middle of what bench:browser measures.
 */
export async function waitUntilTagged(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        new PerformanceObserver((list, observer) => {
          if (list.getEntriesByName('anc:highlighted').length === 0) return;
          observer.disconnect();
          resolve();
        }).observe({ type: 'mark', buffered: true });
      }),
  );
}

/**
 * Reads our popover, in the page or in one of its same-origin frames, through the DevTools protocol, which sees
 * into closed shadow roots: the page cannot, and neither can Playwright's locators, which is the point of
 * closing it.
 */
export async function readPopover(page: Page): Promise<PopoverState> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const popover = await findInShadow(cdp, 'anc-popover');
    if (!popover) return noPopover;
    const card = findNode(popover, (n) => attr(n, 'data-entity') !== undefined);
    const text = await textOf(cdp, popover);
    const focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active instanceof HTMLIFrameElement && active.contentDocument) active = active.contentDocument.activeElement;
      return !!active && active.tagName.startsWith('ANC-UI-');
    });
    const box = (await cdp.send('DOM.getBoxModel', { nodeId: popover.nodeId }).catch(() => null)) as {
      model: { width: number; height: number; border: number[] };
    } | null;
    const visible = !!box && box.model.width > 50 && box.model.height > 50;
    const quad = box?.model.border;
    const edges = quad && {
      left: Math.min(quad[0]!, quad[6]!),
      top: Math.min(quad[1]!, quad[3]!),
      right: Math.max(quad[2]!, quad[4]!),
      bottom: Math.max(quad[5]!, quad[7]!),
    };
    const svg = findNode(popover, (n) => n.nodeName.toLowerCase() === 'svg' && attr(n, 'role') === 'img');
    const svgBox = svg && ((await cdp.send('DOM.getBoxModel', { nodeId: svg.nodeId }).catch(() => null)) as { model: { width: number } } | null);
    const map = svg ? { label: attr(svg, 'aria-label') ?? '', width: svgBox?.model.width ?? 0 } : null;
    return { entity: card ? (attr(card, 'data-entity') ?? null) : null, text, focused, visible, box: edges ?? null, map };
  } finally {
    await cdp.detach();
  }
}

/** Clicks the button of our open popover whose text is `label`, where the pointer would (the root is closed). */
export async function clickInPopover(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const popover = await findInShadow(cdp, 'anc-popover');
    if (!popover) throw new Error('no popover is open');
    const buttons: CdpNode[] = [];
    findNode(popover, (n) => {
      if (n.nodeName === 'BUTTON') buttons.push(n);
      return false;
    });
    for (const button of buttons) {
      if ((await textOf(cdp, button)) !== label) continue;
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
      return;
    }
    throw new Error(`no button of the popover reads ${label}`);
  } finally {
    await cdp.detach();
  }
}

/** The role and text of our notice (in our closed shadow root, read as readPopover does), or null. */
export async function readNotice(page: Page): Promise<{ role: string | undefined; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const notice = await findInShadow(cdp, 'anc-notice');
    return notice ? { role: attr(notice, 'role'), text: await textOf(cdp, notice) } : null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Makes the page's next loads look, to the extension's content scripts only, like a browser without the CSS
 * Custom Highlight API: the debugger stops at the first line of the page-start script, the first of ours to run
 * in the extension's isolated world, and deletes `Highlight` from that world. (Chromium has no switch that turns
 * the API off, and the page's own world is a different one.)
 */
export async function hideHighlightApiFromExtension(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Debugger.paused', (e: { callFrames: { callFrameId: string }[] }) => {
    void (async () => {
      const frame = e.callFrames[0];
      if (frame) await cdp.send('Debugger.evaluateOnCallFrame', { callFrameId: frame.callFrameId, expression: 'delete globalThis.Highlight' });
      await cdp.send('Debugger.resume');
    })();
  });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.setBreakpointByUrl', { urlRegex: 'page-start\\.js$', lineNumber: 0 });
}

async function findInShadow(cdp: CDPSession, className: string): Promise<CdpNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return findNode(root, (n) => attr(n, 'class')?.split(' ').includes(className) === true && n.nodeName === 'DIV' && insideShadow(n));
}

async function textOf(cdp: CDPSession, node: CdpNode): Promise<string> {
  const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: node.nodeId })) as { outerHTML: string };
  return outerHTML
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  parentIsShadow?: boolean;
}

const attr = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

function insideShadow(n: CdpNode): boolean {
  return n.parentIsShadow === true;
}

function findNode(n: CdpNode, test: (n: CdpNode) => boolean, inShadow = false): CdpNode | null {
  const node = { ...n, parentIsShadow: inShadow };
  if (test(node)) return node;
  for (const c of n.shadowRoots ?? []) {
    const f = findNode(c, test, true);
    if (f) return f;
  }
  for (const c of [...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) {
    const f = findNode(c, test, inShadow);
    if (f) return f;
  }
  return null;
}

/**
 * Presses the extension's shortcut (Alt+Shift+. or Alt+Shift+,) as the keyboard would. A raw key-down event
 * goes through the browser's own shortcut handling, which sends the command to the background; a key event with
 * text (what Playwright's keyboard sends) goes straight to the page.
 */
export async function pressShortcut(page: Page, direction: 1 | -1) {
  const key =
    direction === 1
      ? { key: '.', code: 'Period', windowsVirtualKeyCode: 190, nativeVirtualKeyCode: 190 }
      : { key: ',', code: 'Comma', windowsVirtualKeyCode: 188, nativeVirtualKeyCode: 188 };
  const ALT = 1;
  const SHIFT = 8;
  await page.bringToFront();
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) await cdp.send('Input.dispatchKeyEvent', { type, modifiers: ALT | SHIFT, ...key });
  await cdp.detach();
}

/** Client rect of the first highlighted range whose text is `text`, to point at it. */
export async function rectOf(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(centreOfHighlight, text);
}
