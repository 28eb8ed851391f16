import { describe, expect, it } from 'vitest';
import { matcherData } from '../build/bundled-lexicon';
import { bundledLexicon } from '../build/lexicon-data';
import { compile } from '../lexicon/matcher';
import { recordFor } from '../lexicon/user-lexicon';
import { readerLexicon } from '../utils/reader-lexicon';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { entry } from './helpers/lexicon';

const text = 'زار بوتين أستانا ودوشنبه، وتحدث عن القاعدة 201 ومنظمة معاهدة الأمن الجماعي والناتو';
// As the background reads it: the files the build writes, parsed.
const bundle = JSON.parse(JSON.stringify(matcherData())) as ReturnType<typeof matcherData>;
const ids = (settings = DEFAULT_SETTINGS, records: Parameters<typeof readerLexicon>[1] = []) =>
  readerLexicon(settings, records, bundle)
    .matcher.match(text)
    .map((m) => m.id);
const astana = bundledLexicon.entries.find((e) => e.id === 'astana')!;

describe("the reader's lexicon", () => {
  it('is the bundle as shipped when the reader changed nothing', () => {
    expect(ids()).toEqual(
      compile(bundledLexicon)
        .match(text)
        .map((m) => m.id),
    );
    expect(ids()).toEqual(['putin', 'astana', 'dushanbe', 'base-201', 'csto', 'nato']);
  });

  it('leaves out entries and types the reader switched off', () => {
    expect(ids({ ...DEFAULT_SETTINGS, disabledIds: ['putin', 'nato'] })).toEqual(['astana', 'dushanbe', 'base-201', 'csto']);
    expect(ids({ ...DEFAULT_SETTINGS, disabledTypes: ['place'] })).toEqual(['putin', 'base-201', 'csto', 'nato']);
  });

  it("reads an edited entry by the reader's aliases instead of the bundle's", () => {
    const edited = recordFor({ ...astana, name: { ...astana.name, ar: 'آستانة' }, aliases: ['دوشنبه العاصمة'] }, bundledLexicon);
    expect(ids(DEFAULT_SETTINGS, [edited])).toEqual(['putin', 'dushanbe', 'base-201', 'csto', 'nato']);
    expect(
      readerLexicon(DEFAULT_SETTINGS, [edited], bundle)
        .matcher.match('في آستانة')
        .map((m) => m.id),
    ).toEqual(['astana']);
  });

  it("adds the reader's entries, with {id} standing for every bundled name of that entry", () => {
    const bazaar = recordFor(entry('astana-bazaar', ['سوق {astana}'], { type: 'military' }), bundledLexicon);
    const lexicon = readerLexicon(DEFAULT_SETTINGS, [bazaar], bundle);
    expect(lexicon.types['astana-bazaar']).toBe('military');
    expect(lexicon.matcher.match('تسوقنا في سوق أستانا ثم في سوق نور سلطان').map((m) => m.id)).toEqual(['astana-bazaar', 'astana-bazaar']);
  });

  it("reads people's names spelt another way from the build's index, and from its own when the reader changed the lexicon", () => {
    const spelt = 'قال فليبو غراندي إن باهودير قربانوف وصل';
    const read = (settings = DEFAULT_SETTINGS) =>
      readerLexicon(settings, [], bundle)
        .matcher.match(spelt)
        .map((m) => [m.id, m.approximate]);
    expect(read()).toEqual([
      ['filippo-grandi', true],
      ['bakhodir-kurbanov', true],
    ]);
    expect(read({ ...DEFAULT_SETTINGS, disabledIds: ['filippo-grandi'] })).toEqual([['bakhodir-kurbanov', true]]);
  });
});
