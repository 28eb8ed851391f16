import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { matcherFiles } from '../build/bundled-lexicon';
import { bundledLexicon } from '../build/lexicon-data';
import { newTextContext } from '../lexicon/matcher';
import { toWire } from '../lexicon/tag-service';
import { recordFor } from '../lexicon/user-lexicon';
import { RECORD_PREFIX } from '../utils/lexicon-records';
import { lexiconKey, readerLexicon } from '../utils/reader-lexicon';
import { readReaderState } from '../utils/reader-state';
import { SETTINGS_KEY, DEFAULT_SETTINGS } from '../utils/settings';
import { taggingService } from '../utils/tagging-service';
import { entry } from './helpers/lexicon';

vi.mock('../utils/reader-lexicon', async (original) => {
  const actual = await original<typeof import('../utils/reader-lexicon')>();
  return { ...actual, readerLexicon: vi.fn(actual.readerLexicon) };
});

// The background reads the compiled bundle from the files the build writes beside its code.
const served = new Map(matcherFiles().map((f) => [`/${f.relativeDest}`, f.contents]));
vi.stubGlobal('fetch', async (url: string) => {
  const body = served.get(new URL(url).pathname);
  return new Response(body ?? null, { status: body === undefined ? 404 : 200 });
});

const text = 'وصل بوتين إلى مدينة زاروغاند';
const storedKey = async () => {
  const { settings, records } = await readReaderState();
  return lexiconKey(settings, records);
};
const ids = async (service: ReturnType<typeof taggingService>, lexicon: string) =>
  (await service.tag({ texts: [text], context: toWire(newTextContext()), lexicon })).mentions[0]!.map((m) => m.id);
const addZarogand = () => fakeBrowser.storage.local.set({ [`${RECORD_PREFIX}zarogand`]: recordFor(entry('zarogand', ['زاروغاند']), bundledLexicon) });

describe("the background's one matcher for every tab", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.mocked(readerLexicon).mockClear();
  });

  it('tags with the bundle and the types of what it names, built once for every page that asks', async () => {
    const service = taggingService();
    const key = await storedKey();
    const replies = await Promise.all([1, 2, 3].map(() => service.tag({ texts: [text, 'روسيا'], context: toWire(newTextContext()), lexicon: key })));
    expect(replies[0]!.mentions.map((ms) => ms.map((m) => m.id))).toEqual([['putin'], ['russia']]);
    expect(replies[0]!.types).toMatchObject({ putin: 'person', russia: 'country' });
    expect(readerLexicon).toHaveBeenCalledTimes(1);
  });

  it("reads a headline's short form of a person the article names in full in a later text of the same request", async () => {
    const service = taggingService();
    const reply = await service.tag({
      texts: ['بوغدانوف يلتقي وفدا في دمشق', 'التقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف وفدا سوريا.'],
      context: toWire(newTextContext()),
      lexicon: await storedKey(),
    });
    expect(reply.mentions[0]!.map((m) => m.id)).toEqual(['mikhail-bogdanov', 'damascus']);
  });

  it("builds again for a page that read the reader's new entry, and not for a change that leaves the lexicon as it was", async () => {
    const service = taggingService();
    expect(await ids(service, await storedKey())).toEqual(['putin']);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hoverDelayMs: 900 } });
    expect(await ids(service, await storedKey())).toEqual(['putin']);
    expect(readerLexicon).toHaveBeenCalledTimes(1);
    await addZarogand();
    expect(await ids(service, await storedKey())).toEqual(['putin', 'zarogand']);
    expect(readerLexicon).toHaveBeenCalledTimes(2);
  });

  it('answers a page that has not heard of a change yet with the newest lexicon, building nothing more', async () => {
    const service = taggingService();
    const before = await storedKey();
    expect(await ids(service, before)).toEqual(['putin']);
    await addZarogand();
    expect(await ids(service, await storedKey())).toEqual(['putin', 'zarogand']);
    expect(await ids(service, before)).toEqual(['putin', 'zarogand']);
    expect(readerLexicon).toHaveBeenCalledTimes(2);
  });
});
