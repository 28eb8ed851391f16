import { answerTagRequest, type TagReply, type TagRequest } from '@/lexicon/tag-service';
import { lexiconKey, readerLexicon, type ReaderLexicon } from './reader-lexicon';
import { readReaderState, type ReaderState } from './reader-state';
import { bundledMatcherData } from './bundled-lexicon';

interface Built {
  key: string;
  lexicon: ReaderLexicon;
}

/**
 * The background's one matcher for every tab: built from the bundle and the reader's settings and entries when a
 * page first asks, and built again when they change. A matcher per tab, built on every load, was most of what the
 * extension cost an Arabic page (15 MB of heap, a long task).
 */
export function taggingService(): { tag(request: TagRequest): Promise<TagReply> } {
  let built: Promise<Built> | null = null;
  const rebuild = (state: Promise<ReaderState>) =>
    (built = state
      .then(async (s) => ({ key: lexiconKey(s.settings, s.records), lexicon: readerLexicon(s.settings, s.records, await bundledMatcherData()) }))
      .catch((e: unknown) => {
        built = null;
        throw e;
      }));

  /**
   * The lexicon for a page that read the reader's state as `key`. The page and this background hear of a change in
   * either order, so storage says which state is the newest; a change that leaves the lexicon as it was (a colour)
   * builds nothing, and the pages that ask at once share one build.
   */
  const current = async (key: string): Promise<ReaderLexicon> => {
    for (;;) {
      const pending = built ?? rebuild(readReaderState());
      const have = await pending;
      if (have.key === key) return have.lexicon;
      const state = await readReaderState();
      if (built !== pending) continue;
      if (lexiconKey(state.settings, state.records) === have.key) return have.lexicon;
      rebuild(Promise.resolve(state));
    }
  };

  return {
    async tag(request) {
      const { matcher, types } = await current(request.lexicon);
      return answerTagRequest(matcher, (id) => types[id], request);
    },
  };
}
