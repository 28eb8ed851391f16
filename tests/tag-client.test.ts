import { describe, expect, it, vi } from 'vitest';
import { choiceKey, compile, newTextContext } from '../lexicon/matcher';
import { TagClient } from '../lexicon/tag-client';
import { answerTagRequest, fromWire, toWire, type TagRequest } from '../lexicon/tag-service';
import { TextMemo } from '../lexicon/text-memo';
import { entry, lexiconOf } from './helpers/lexicon';

const matcher = compile(
  lexiconOf([
    entry('russia', ['روسيا'], { type: 'country' }),
    entry('tokayev', ['قاسم جومارت توكاييف'], { type: 'person' }),
    entry('astana', ['نور سلطان']),
    entry('nazarbayev', ['نور سلطان نزارباييف', 'نور سلطان'], { type: 'person' }),
  ]),
);
const types = { russia: 'country', tokayev: 'person', astana: 'place', nazarbayev: 'person' } as const;
/** A client whose requests go to a matcher in this process, as the background answers them. */
const client = () => {
  const send = vi.fn(async (request: TagRequest) => answerTagRequest(matcher, (id) => types[id as keyof typeof types], request));
  return { send, tagger: new TagClient(send, 'key') };
};
const ids = (found: { id: string }[][]) => found.map((ms) => ms.map((m) => m.id));

describe("a page's tagging, sent where the matcher is", () => {
  it('gets the mentions of each text, in order, with the types of the entries named', async () => {
    const { tagger, send } = client();
    const found = await tagger.tag(['قالت روسيا إن', 'لا شيء هنا', 'وروسيا']);
    expect(ids(found)).toEqual([['russia'], [], ['russia']]);
    expect(found[0]![0]).toMatchObject({ start: 5, end: 10, kind: 'name' });
    expect(tagger.typeOf('russia')).toBe('country');
    expect(send.mock.calls[0]![0].lexicon).toBe('key');
  });

  it('carries what earlier texts named to the later ones: a short form after the full name', async () => {
    const { tagger } = client();
    expect(ids(await tagger.tag(['توكاييف وحده']))).toEqual([[]]);
    const other = client().tagger;
    await other.tag(['قال قاسم جومارت توكاييف']);
    expect(ids(await other.tag(['ثم قال توكاييف']))).toEqual([['tokayev']]);
  });

  it('sends a text the page rewrites with the text it had once, and a changed one again', async () => {
    const { tagger, send } = client();
    await tagger.tag(['قالت روسيا إن']);
    expect(ids(await tagger.tag(['قالت روسيا إن', 'قالت روسيا إن']))).toEqual([['russia'], ['russia']]);
    expect(send).toHaveBeenCalledTimes(1);
    await tagger.tag(['قالت روسيا أمس إن']);
    expect(send).toHaveBeenCalledTimes(2);
    expect(tagger.known('قالت روسيا إن')?.map((m) => m.id)).toEqual(['russia']);
    expect(tagger.known('لم يرسل')).toBeUndefined();
  });

  it("keeps the reader's choice between entries sharing a name for the texts tagged after it", async () => {
    const { tagger } = client();
    const first = (await tagger.tag(['وصل إلى نور سلطان']))[0]![0]!;
    expect(first.choices).toEqual(expect.arrayContaining(['astana', 'nazarbayev']));
    const other = first.choices!.find((id) => id !== first.id)!;
    tagger.choose(choiceKey(first.choices!), other);
    expect(ids(await tagger.tag(['ثم غادر نور سلطان']))).toEqual([[other]]);
    expect(tagger.typeOf(other)).toBe(types[other as keyof typeof types]);
  });

  it('sends one request at a time, so that each carries what the one before it named', async () => {
    let release = () => {};
    const order: string[] = [];
    const send = vi.fn(async (request: TagRequest) => {
      order.push(request.texts[0]!);
      if (order.length === 1) await new Promise<void>((r) => (release = r));
      return answerTagRequest(matcher, () => 'person', request);
    });
    const tagger = new TagClient(send, 'key');
    const first = tagger.tag(['قال قاسم جومارت توكاييف']);
    const second = tagger.tag(['ثم قال توكاييف']);
    await Promise.resolve();
    expect(order).toEqual(['قال قاسم جومارت توكاييف']);
    release();
    await first;
    expect(ids(await second)).toEqual([['tokayev']]);
  });

  it('sends a request again once when it was lost (a service worker stopped on its way), and says so when it fails again', async () => {
    let calls = 0;
    const flaky = new TagClient(async (request) => {
      if (++calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answerTagRequest(matcher, () => 'country', request);
    }, 'key');
    expect(ids(await flaky.tag(['قالت روسيا إن']))).toEqual([['russia']]);
    const broken = new TagClient(() => Promise.reject(new Error('gone')), 'key');
    await expect(broken.tag(['روسيا'])).rejects.toThrow('gone');
    // A failed request does not block the ones after it.
    expect(ids(await flaky.tag(['وروسيا']))).toEqual([['russia']]);
  });

  it('a context survives the trip as a message', () => {
    const context = newTextContext();
    matcher.match('قال قاسم جومارت توكاييف', { context });
    expect(fromWire(JSON.parse(JSON.stringify(toWire(context))))).toEqual(context);
  });
});

describe('the memo of texts', () => {
  it('forgets the least recently used text beyond its limit', () => {
    const memo = new TextMemo<number>(2);
    memo.set('أ', 1);
    memo.set('ب', 2);
    expect(memo.get('أ')).toBe(1); // used again: ب is now the oldest
    memo.set('ج', 3);
    expect([memo.get('أ'), memo.get('ب'), memo.get('ج')]).toEqual([1, undefined, 3]);
  });
});
