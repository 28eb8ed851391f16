// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { PrunedObserver } from '../entrypoints/content/pruned-observer';

/** A page with a ticker inside a header, beside a nav, and an article; `changes` gets the targets observed. */
function page() {
  document.body.innerHTML = `<header><nav><a>أخبار</a></nav><div id="ticker"><span>عاجل</span> <span id="h">خبر</span></div></header><main><p id="p">نص</p></main>`;
  const targets: Node[] = [];
  const observer = new PrunedObserver(document.body, (records) => targets.push(...records.map((r) => r.target)));
  const $ = (id: string) => document.getElementById(id)!;
  /** The targets of the records made by the changes so far. */
  const changes = async () => {
    await Promise.resolve();
    return targets.splice(0);
  };
  return { observer, $, changes };
}

describe('a mutation observer that leaves some blocks out', () => {
  let observer: PrunedObserver | null = null;
  afterEach(() => observer?.disconnect());

  it('hears every change while nothing is pruned', async () => {
    const p = page();
    observer = p.observer;
    p.$('h').textContent = 'خبر آخر';
    p.$('p').append('!');
    expect(await p.changes()).toEqual([p.$('h'), p.$('p')]);
  });

  it('hears nothing of a pruned block, and everything around it', async () => {
    const p = page();
    observer = p.observer;
    p.observer.prune(p.$('ticker'));
    p.$('h').textContent = 'خبر آخر';
    (p.$('h').firstChild as Text).data = 'خبر ثالث';
    expect(await p.changes()).toEqual([]);
    p.$('p').append('!');
    document.querySelector('nav')!.append('؛');
    const added = document.createElement('aside');
    document.querySelector('header')!.append(added);
    expect(await p.changes()).toEqual([p.$('p'), document.querySelector('nav'), document.querySelector('header')]);
    // A child added beside the pruned block is watched whole from then on.
    added.textContent = 'جديد';
    expect(await p.changes()).toEqual([added]);
    expect(p.observer.isPruned(p.$('ticker'))).toBe(true);
  });

  it('never prunes its root or a node outside it', () => {
    const p = page();
    observer = p.observer;
    expect(p.observer.prune(document.body)).toBe(false);
    expect(p.observer.prune(document.createElement('p'))).toBe(false);
    expect(p.observer.prune(p.$('ticker'))).toBe(true);
  });

  it('hears text written straight into an ancestor of a pruned block', async () => {
    const p = page();
    observer = p.observer;
    p.observer.prune(p.$('ticker'));
    const text = document.createTextNode('قبل');
    document.querySelector('header')!.prepend(text);
    expect(await p.changes()).toEqual([document.querySelector('header')]);
    text.data = 'بعد';
    expect(await p.changes()).toEqual([text]);
  });

  it('hears a pruned block again once unpruned, and forgets one taken out of the page', async () => {
    const p = page();
    observer = p.observer;
    const ticker = p.$('ticker');
    p.observer.prune(ticker);
    p.observer.unprune(ticker);
    p.$('h').textContent = 'خبر آخر';
    expect(await p.changes()).toEqual([p.$('h')]);
    p.observer.prune(ticker);
    ticker.remove();
    expect(await p.changes()).toEqual([document.querySelector('header')]);
    expect(p.observer.isPruned(ticker)).toBe(false);
  });

  it('keeps a block inside a pruned one out too, and hands on records made just before a prune', async () => {
    const p = page();
    observer = p.observer;
    p.$('p').append('!');
    p.observer.prune(p.$('h'));
    p.observer.prune(p.$('ticker'));
    expect(await p.changes()).toEqual([p.$('p')]);
    p.$('h').textContent = 'خبر آخر';
    p.$('ticker').append('…');
    expect(await p.changes()).toEqual([]);
  });
});
