import { newTextContext, type Mention, type TextContext } from './matcher';
import type { EntityType } from './schema';
import { fromWire, toWire, type TagReply, type TagRequest } from './tag-service';
import { TextMemo } from './text-memo';

/**
 * A page's side of tagging (tag-service.ts): sends its blocks' texts where the matcher is, one request at a time,
 * carrying what the page has named so far; remembers what each text held, so that a block the page rewrites with
 * the text it had is not sent again (what the page had named before it was read when it was first tagged, and that
 * reading stands; its names are not counted twice).
 */
export class TagClient {
  private context: TextContext = newTextContext();
  private readonly memo = new TextMemo<Mention[]>();
  private readonly types = new Map<string, EntityType>();
  private queue: Promise<unknown> = Promise.resolve();

  /** `lexicon`: the reader's lexicon as this page read it (lexiconKey). */
  constructor(
    private readonly send: (request: TagRequest) => Promise<TagReply>,
    private readonly lexicon: string,
  ) {}

  /** The mentions of each text, in order. */
  tag(texts: readonly string[]): Promise<Mention[][]> {
    const run = () => this.tagNow(texts);
    const done = this.queue.then(run, run);
    this.queue = done.catch(() => undefined);
    return done;
  }

  /** What a text held when it was last tagged, if it is still remembered. */
  known(text: string): Mention[] | undefined {
    return this.memo.get(text);
  }

  /** The type of an entry a reply named. */
  typeOf(id: string): EntityType | undefined {
    return this.types.get(id);
  }

  /** The reader's choice between entries sharing a name (choiceKey), for the texts tagged from now on. */
  choose(key: string, id: string): void {
    this.context.chosen.set(key, id);
  }

  private async tagNow(texts: readonly string[]): Promise<Mention[][]> {
    const found = new Map<string, Mention[] | undefined>();
    for (const text of texts) if (!found.has(text)) found.set(text, this.memo.get(text));
    const asked = [...found].filter(([, mentions]) => mentions === undefined).map(([text]) => text);
    if (asked.length > 0) {
      const request = { texts: asked, context: toWire(this.context), lexicon: this.lexicon };
      // A service worker stopped while the request was on its way drops it; the next request starts it again.
      const reply = await this.send(request).catch(() => this.send(request));
      // Choices made while the request was away stand.
      this.context = { ...fromWire(reply.context), chosen: this.context.chosen };
      for (const [id, type] of Object.entries(reply.types)) this.types.set(id, type);
      asked.forEach((text, i) => {
        const mentions = reply.mentions[i] ?? [];
        found.set(text, mentions);
        this.memo.set(text, mentions);
      });
    }
    return texts.map((text) => found.get(text) ?? []);
  }
}
