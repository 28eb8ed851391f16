import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { NEAR_WORDS_FILE, nearWordsOf } from '../build/near-words';

describe('real words near names', () => {
  it('are all listed in near-words.generated.json (npm run gen:near-words rebuilds it)', () => {
    const listed = (JSON.parse(readFileSync(NEAR_WORDS_FILE, 'utf8')) as { words: string[] }).words;
    expect(listed).toEqual(nearWordsOf(bundledLexicon));
  }, 60_000);
});
