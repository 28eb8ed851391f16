import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { phrasesOf } from '../lexicon/aliases';
import { Explainer } from '../lexicon/explain';
import { compile } from '../lexicon/matcher';

const matcher = compile(bundledLexicon);
const explainer = new Explainer(phrasesOf(bundledLexicon).phrases);

/** Each mention of `text` with the words the tag CLI's --why prints for it. */
const why = (text: string) => matcher.match(text, { nested: true }).map((m) => [text.slice(m.start, m.end), explainer.describe(m, text)]);
const reasons = (text: string) => matcher.match(text, { nested: true }).map((m) => explainer.reasonOf(m, text));

describe('why a span matched', () => {
  it('names the alias, and the proclitics the text put in front of it', () => {
    expect(why('وكازاخستان')).toEqual([['كازاخستان', 'an alias of the entry: «كازاخستان»; after the proclitic «و»']]);
    expect(reasons('للأمم المتحدة')).toEqual([{ rule: 'alias', source: 'الأمم المتحدة', proclitic: 'لل', hiddenArticle: true }]);
  });
  it('names the nisba a related adjective comes from, read with its article', () => {
    expect(reasons('الوفد الروسي')).toEqual([{ rule: 'nisba', source: 'روسي', article: true }]);
  });
  it("names the state's official name built from its nisba, and an ordinal written the other way", () => {
    expect(reasons('الجمهورية القرغيزية')[0]).toEqual({ rule: 'stateName', source: 'الجمهورية القرغيزية' });
    expect(reasons('القاعدة العسكرية الـ201')[0]).toEqual({ rule: 'ordinal', source: 'القاعدة العسكرية 201' });
    expect(reasons('قمة منظمة الدول التركية عام 2024')[0]).toEqual({ rule: 'seriesYear', source: 'قمة منظمة الدول التركية 2024' });
  });
  it('names the short forms read after a full name: a surname, the first words of a longer name', () => {
    expect(reasons('قال أمير خان متقي إن متقي سيزور').map((r) => r?.rule)).toEqual(['alias', 'surname']);
    expect(reasons('قالت مفوضية الأمم المتحدة السامية لشؤون اللاجئين إن مفوضية الأمم المتحدة ترحب').map((r) => r?.rule)).toEqual(['alias', 'opening']);
  });
  it('names a quoted name after a head noun, a near spelling, a name inside a longer one, and a shared name', () => {
    expect(reasons('هبطت في قاعدة "كانت" قرب بيشكيك')[0]).toEqual({ rule: 'quoted', source: 'كانت' });
    expect(why('وصل إلى قيرغزيستان')).toEqual([['قيرغزيستان', 'an alias of the entry: «قيرغيزستان»; spelt one edit or one sound away']]);
    expect(why('مطار كابول الدولي')[1]).toEqual(['كابول', 'an alias of the entry: «كابول»; inside the longer name before it']);
    expect(why('زار نور سلطان')[0]![1]).toMatch(/a name 2 entries share \(.*astana.*\): the context chose this one$/);
  });
  it('names a space of the name moved', () => {
    expect(why('قالت الأممالمتحدة')).toEqual([['الأممالمتحدة', 'an alias of the entry: «الأمم المتحدة»; with a space of the name moved']]);
  });
  it('explains every mention of a real article by a rule of the lexicon', () => {
    const text = 'أعلن وزير الخارجية الروسي سيرغي لافروف أن القوات الروسية في القاعدة العسكرية 201 بطاجيكستان ستشارك في مناورات منظمة معاهدة الأمن الجماعي.';
    expect(matcher.match(text).length).toBeGreaterThan(4);
    expect(reasons(text)).not.toContain(null);
  });
});
