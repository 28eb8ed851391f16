import { describe, expect, it } from 'vitest';
import { compile, type Matcher, type Mention } from '../lexicon/matcher';
import { bundledLexicon } from '../build/lexicon-data';
import { ordinalForms } from '../lexicon/aliases';
import { crossCheck } from '../lexicon/schema';
import { entry, lexiconOf } from './helpers/lexicon';

const bundle = compile(bundledLexicon);
const spans = (text: string, mentions: Mention[]) => mentions.map((m) => [m.id, text.slice(m.start, m.end)]);
/** Reads a text with a matcher into [id, span] pairs. */
const readerOf = (matcher: Matcher) => (text: string) => spans(text, matcher.match(text));
const tag = readerOf(bundle);
/** Each mention's id and text, and whether it was read from a spelling the lexicon does not hold. */
const approximateSpans = (text: string, mentions: Mention[]) => mentions.map((m) => [m.id, text.slice(m.start, m.end), m.approximate ?? false]);

describe('offsets', () => {
  it('are UTF-16 offsets into the original text', () => {
    const text = 'وصل بوتين إلى أستانا';
    expect(bundle.match(text)).toEqual([
      { id: 'putin', start: 4, end: 9, kind: 'name' },
      { id: 'astana', start: 14, end: 20, kind: 'name' },
    ]);
  });
  it('survive diacritics inside and after a name', () => {
    expect(tag('زار بُوتِينُ كَازَاخِسْتَانَ')).toEqual([
      ['putin', 'بُوتِينُ'],
      ['kazakhstan', 'كَازَاخِسْتَانَ'],
    ]);
  });
  it('survive tatweel', () => {
    expect(tag('قال بوتـــين')).toEqual([['putin', 'بوتـــين']]);
  });
  it('survive bidi marks and zero-width characters', () => {
    expect(tag('\u200fروسيا\u200f و\u2067موسكو\u2069')).toEqual([
      ['russia', 'روسيا'],
      ['moscow', 'موسكو'],
    ]);
  });
  it('read no name inside a web address written out in the text', () => {
    expect(tag('![](https://unipath-magazine.com/wp-content/uploads/a.jpg) قالت مجلة يونيباث')).toEqual([['unipath-magazine', 'مجلة يونيباث']]);
  });
  it('read a Persian compound written with a zero-width non-joiner as the two words Arabic writes', () => {
    expect(tag('وصل إلى جلال\u200cآباد أمس')).toEqual([['jalalabad', 'جلال\u200cآباد']]);
  });
  it('survive a lam-alef presentation ligature', () => {
    // «الاتحاد السوفياتي» with its first lam-alef written as the ligature U+FEFB
    const text = 'ا\ufefbتحاد السوفياتي';
    expect(tag(text)).toEqual([['soviet-union', text]]);
  });
  it('survive astral characters before the name', () => {
    expect(tag('😀 روسيا')).toEqual([['russia', 'روسيا']]);
  });
  it('leave a stripped conjunction or preposition outside the span, keep the article inside', () => {
    expect(tag('وَالكرملين')).toEqual([['kremlin', 'الكرملين']]);
    expect(tag('للكرملين')).toEqual([['kremlin', 'كرملين']]);
    expect(tag('وبموسكو')).toEqual([['moscow', 'موسكو']]);
  });
});

describe('Arabic spelling variants', () => {
  it('matches hamza and alef forms alike', () => {
    expect(tag('افغانستان وأفغانستان وإيران وايران')).toEqual([
      ['afghanistan', 'افغانستان'],
      ['afghanistan', 'أفغانستان'],
      ['iran', 'إيران'],
      ['iran', 'ايران'],
    ]);
  });
  it('matches ta marbuta written as ha, alef maqsura as ya', () => {
    expect(tag('وزاره الدفاع الروسيه')).toEqual([['russian-defence-ministry', 'وزاره الدفاع الروسيه']]);
  });
  it('matches Persian ya and kaf', () => {
    expect(tag('تاشکنت')).toEqual([['tashkent', 'تاشکنت']]);
  });
  it('matches digits in both scripts', () => {
    expect(tag('القاعدة 201 والقاعدة ٢٠١ والقاعدة ۲۰۱')).toEqual([
      ['base-201', 'القاعدة 201'],
      ['base-201', 'القاعدة ٢٠١'],
      ['base-201', 'القاعدة ۲۰۱'],
    ]);
  });
  it('reads the article on a number as an ordinal, with or without tatweel or a space', () => {
    expect(tag('القاعدة العسكرية الروسية الـ201 واللواء الـ 45 للقوات الخاصة والفرقة ال98 المحمولة جوا')).toEqual([
      ['base-201', 'القاعدة العسكرية الروسية الـ201'],
      ['guards-brigade-45', 'اللواء الـ 45 للقوات الخاصة'],
      ['guards-airborne-division-98', 'الفرقة ال98 المحمولة جوا'],
    ]);
  });
  it('adds the ordinal form after Arabic words only, once per number', () => {
    expect(ordinalForms('القاعده 201')).toEqual(['القاعده 201', 'القاعده ال 201']);
    expect(ordinalForms('القاعده ال 201')).toEqual(['القاعده ال 201']);
    expect(ordinalForms('su 25')).toEqual(['su 25']);
    expect(ordinalForms('201 القاعده')).toEqual(['201 القاعده']);
    expect(ordinalForms('لواء 31 فرقه 98')).toEqual(['لواء 31 فرقه 98', 'لواء 31 فرقه ال 98', 'لواء ال 31 فرقه 98', 'لواء ال 31 فرقه ال 98']);
    expect(ordinalForms('القمه الحاديه عشره لمنظمه')).toEqual(['القمه الحاديه عشره لمنظمه', 'القمه 11 لمنظمه', 'القمه ال 11 لمنظمه']);
    expect(ordinalForms('الجوله الحاديه والعشرين')).toEqual(['الجوله الحاديه والعشرين', 'الجوله 21', 'الجوله ال 21']);
    expect(ordinalForms('الاجتماع السادس')).toEqual(['الاجتماع السادس', 'الاجتماع 6', 'الاجتماع ال 6']);
  });
  it('does not take a lone article before a number for a name', () => {
    expect(tag('بلغ عدد الجنود الـ201 جنديا')).toEqual([]);
  });
  it('matches designators with or without hyphen or space, in either script', () => {
    expect(tag('طائرات IL-76 وIl-76 وإل-76 وإيل 76 وسوخوي25 وسو-25 وAn-124 وسي- 295').map(([id]) => id)).toEqual([
      'il-76',
      'il-76',
      'il-76',
      'il-76',
      'su-25',
      'su-25',
      'an-124',
      'c-295',
    ]);
  });
  it("reads a format's name across its plus sign", () => {
    expect(tag('اجتمع وزراء C5+1 أمس')).toEqual([['c5-plus-1', 'C5+1']]);
  });
});

describe('clitics and punctuation between clitic and name', () => {
  it.each([
    ['الـ«ناتو»', 'nato', 'ناتو'],
    ['لـ"سبوتنيك"', 'sputnik', 'سبوتنيك'],
    ['(لكييف)', 'kyiv', 'كييف'],
    ['للناتو', 'nato', 'ناتو'],
    ['وبالكرملين', 'kremlin', 'الكرملين'],
  ])('%s', (text, id, span) => {
    expect(tag(text)).toEqual([[id, span]]);
  });
});

describe('homographs', () => {
  it('does not take كيف ("how") for Kyiv', () => {
    expect(tag('كيف ستتعامل موسكو مع كييف؟')).toEqual([
      ['moscow', 'موسكو'],
      ['kyiv', 'كييف'],
    ]);
  });
  it('does not read a listed common word as a name with its clitics removed: البخاري is not Bukhara', () => {
    expect(tag('روى البخاري الحديث، ثم زار الوفد بخارى')).toEqual([['bukhara', 'بخارى']]);
    expect(tag('كتيبة الإمام البخاري في إدلب').map(([id]) => id)).not.toContain('bukhara');
  });
  it('refuses an alias that is a common word, and says why', () => {
    const m = compile(lexiconOf([entry('kyiv', ['كييف', 'كيف'])], { homographs: { كيف: { en: 'how', ar: 'how' } } }));
    expect(m.match('كيف')).toEqual([]);
    expect(m.rejected).toEqual([{ id: 'kyiv', alias: 'كيف', reason: 'is a common word: how' }]);
  });
  it('lets a blocker phrase hide a name it contains', () => {
    expect(tag('دول أميركا اللاتينية وأمريكا')).toEqual([['united-states', 'أمريكا']]);
    // With an entry of its own, the region is read whole instead.
    expect(tag('دول أمريكا اللاتينية وأمريكا')).toEqual([
      ['latin-america', 'دول أمريكا اللاتينية'],
      ['united-states', 'أمريكا'],
    ]);
  });
  it('reads «نظام الأمن الجماعي», a collective security system, as a concept, not as the CSTO (a blocker)', () => {
    expect(tag('دعا إلى بناء نظام الأمن الجماعي في أوراسيا')).toEqual([['eurasia', 'أوراسيا']]);
    expect(tag('نظام الدفاع الجوي لمنظمة الأمن الجماعي')).toEqual([['csto', 'منظمة الأمن الجماعي']]);
  });
  it("reads a ministry's short name («الخارجية الروسية») only where no noun before it makes it an adjective (blockers)", () => {
    expect(tag('قالت الخارجية الروسية إن')).toEqual([['russian-foreign-ministry', 'الخارجية الروسية']]);
    expect(tag('من أولويات السياسة الخارجية الروسية')).toEqual([['russia', 'الروسية']]);
    expect(tag('تدخل في الشؤون الداخلية الأفغانية')).toEqual([['afghanistan', 'الأفغانية']]);
  });
  it('lets a blocker that opens with a head noun stand, though a name starts at its next word («منظومات الدفاع الروسية»)', () => {
    expect(tag('نشرت منظومات الدفاع الروسية')).toEqual([['russia', 'الروسية']]);
    expect(tag('أعلنت الدفاع الروسية')).toEqual([['russian-defence-ministry', 'الدفاع الروسية']]);
  });
  it('reads «كنيس», a synagogue, as a word, not as ك + Nice (a blocker)', () => {
    expect(tag('هجوم على كنيس يهودي في داغستان، ثم هجوم في نيس')).toEqual([
      ['dagestan', 'داغستان'],
      ['nice', 'نيس'],
    ]);
  });
  it('reads «إيشيلون» alone, the NSA programme too, as the exercise only with its year or in quotation marks after a head noun', () => {
    expect(tag('كشف برنامج إيشيلون للتجسس')).toEqual([]);
    expect(tag('بدأت مناورات إيشيلون 2023')).toEqual([['echelon-exercise', 'إيشيلون 2023']]);
    expect(tag('شاركت القوات في مناورات "إيشيلون"')).toEqual([['echelon-exercise', 'مناورات "إيشيلون"']]);
  });
  it('reads «بروس», the given name Bruce, as a word, not as ب + Russia (a blocker)', () => {
    expect(tag('قال تومي بروس إن الروس')).toEqual([['russia', 'الروس']]);
  });
  it('reads «باراك», a given name and a surname, as a word, not as ب + Arak (a blocker)', () => {
    expect(tag('قال إيهود باراك إن مفاعل أراك')).toEqual([['arak-heavy-water-reactor', 'مفاعل أراك']]);
    expect(tag('قال باراك أوباما')).toEqual([['obama', 'باراك أوباما']]);
  });
  it('reads «فاطمة», a given name, as a word, not as ف + Atmeh (a blocker)', () => {
    expect(tag('قالت فاطمة إن القصف طال أطمة')).toEqual([['atmeh', 'أطمة']]);
  });
  it('leaves a name inside the name of a channel or newspaper to the longer name', () => {
    expect(tag('نقلت قناة روسيا اليوم وصحيفة واشنطن بوست أن روسيا وواشنطن')).toEqual([
      ['rt', 'قناة روسيا اليوم'],
      ['washington-post', 'صحيفة واشنطن بوست'],
      ['russia', 'روسيا'],
      ['washington', 'واشنطن'],
    ]);
    expect(tag('قالت روسيا اليوم إن المسؤول')).toEqual([]); // a blocker: neither the country nor a day
    expect(tag('قالت واشنطن بوست إن المسؤول')).toEqual([['washington-post', 'واشنطن بوست']]); // the paper, not the city
  });
  it('does not read the Sputnik vaccine, a cable or the Anatolian plateau as an agency or a city', () => {
    expect(tag('وصل لقاح سبوتنيك عبر كابل بحري إلى هضبة الأناضول، بحسب سبوتنيك والأناضول من كابل')).toEqual([
      ['sputnik', 'سبوتنيك'],
      ['anadolu', 'الأناضول'],
      ['kabul', 'كابل'],
    ]);
  });
  it('does not read a national security council as the UN Security Council', () => {
    expect(tag('اجتمع مجلس الأمن القومي الأمريكي ثم مجلس الأمن الروسي قبل جلسة مجلس الأمن')).toEqual([
      ['us-national-security-council', 'مجلس الأمن القومي الأمريكي'],
      ['russian-security-council', 'مجلس الأمن الروسي'],
      ['un-security-council', 'مجلس الأمن'],
    ]);
  });
  it("reads لجنة الأمن القومي as Kazakhstan's KNB, except where another country's is named", () => {
    expect(tag('رئيس لجنة الأمن القومي كريم ماسيموف')).toEqual([
      ['knb', 'لجنة الأمن القومي'],
      ['massimov', 'كريم ماسيموف'],
    ]);
    expect(tag('لجنة الأمن القومي القيرغيزية')).toEqual([['kyrgyz-national-security-committee', 'لجنة الأمن القومي القيرغيزية']]);
    expect(tag('لجنة الأمن القومي الأوزبكية')).toEqual([]);
  });
  it('reads كابل, the spelling of several outlets, as Kabul', () => {
    expect(tag('وصل الوفد إلى كابل أمس')).toEqual([['kabul', 'كابل']]);
    expect(tag('مطار كابل')).toEqual([['kabul-airport', 'مطار كابل']]);
  });
  it('does not turn an unrelated word into a name by stripping a letter', () => {
    expect(tag('كتاب لبنى فستان سورة')).toEqual([]);
  });
});

describe('quoted names after a head noun', () => {
  const kant = compile(
    lexiconOf([entry('kant', ['قاعدة كانت الجوية'], { type: 'military', quoted: ['كانت'] }), entry('ex', ['مناورات الصخرة'], { quoted: ['الصخرة'] })], {
      homographs: { كانت: { en: 'was', ar: 'was' } },
      headNouns: ['قاعدة', 'مناورات'],
    }),
  );
  const read = readerOf(kant);
  it('reads an ordinary word in quotation marks after a head noun as the name it was marked as', () => {
    expect(read('هبطت الطائرات في قاعدة "كانت" قرب بيشكيك')).toEqual([['kant', 'كانت']]);
    expect(read('في القاعدة «كانت» الروسية')).toEqual([['kant', 'كانت']]);
    expect(read('وصلت إلى قاعدة “ كانت ” أمس')).toEqual([['kant', 'كانت']]);
  });
  it('finds the head noun behind its article and proclitics', () => {
    expect(read('والقاعدة "كانت" تضم طائرات')).toEqual([['kant', 'كانت']]);
    expect(read('بقاعدة "كانت"')).toEqual([['kant', 'كانت']]);
  });
  it('leaves the word alone without the quotation marks, without the head noun, or with a bracket', () => {
    expect(read('قاعدة كانت تستخدمها القوات')).toEqual([]);
    expect(read('قال إن "كانت" هي الكلمة')).toEqual([]);
    expect(read('قاعدة (كانت) أمس')).toEqual([]);
    expect(read('قاعدة "كانت أمس')).toEqual([]);
    expect(read('قاعدة، "كانت"')).toEqual([]);
  });
  it('applies to the quoted names of any entry, one word or more', () => {
    expect(read('جرت مناورات «الصخرة» أمس، والصخرة كبيرة')).toEqual([['ex', 'مناورات «الصخرة»']]);
    expect(read('في قاعدة «الصخرة» أمس')).toEqual([['ex', 'الصخرة']]);
  });
  it("reads the bundle's quoted names: the Kant air base", () => {
    expect(tag('وصلت الطائرات إلى قاعدة "كانت" قرب بيشكيك')).toEqual([
      ['kant-air-base', 'كانت'],
      ['bishkek', 'بيشكيك'],
    ]);
    expect(tag('قاعدة كانت تستخدمها القوات')).toEqual([]);
  });
  it('reads a quoted name after a head noun as the entry it quotes, though the words also name another: the talks, not the city', () => {
    expect(tag('البيان الختامي لاجتماع «أستانا» حول سوريا')).toEqual([
      ['astana-process', 'اجتماع «أستانا»'],
      ['syria', 'سوريا'],
    ]);
    expect(tag('عقد الاجتماع في «أستانا» أمس')).toEqual([['astana', 'أستانا']]);
  });
  it('reads a quoted name alone as the entry it quotes once the text has named that entry, and as itself before', () => {
    expect(tag('تحدث عن مسار أستانا. وقال إن “أستانا” ساهمت في التهدئة، ثم وصل إلى أستانا').map(([id]) => id)).toEqual([
      'astana-process',
      'astana-process',
      'astana',
    ]);
    expect(tag('قال إن “أستانا” ساهمت في التهدئة')).toEqual([['astana', 'أستانا']]);
  });
  it('reads no name that opens a quotation and stops before it closes: a longer quoted name begins there', () => {
    expect(tag('أعلنت حركة "النهضة الجديدة" مسؤوليتها')).toEqual([]);
    expect(tag('وصلت الطائرات إلى قاعدة "كانت" الجوية')).toEqual([['kant-air-base', 'قاعدة "كانت" الجوية']]);
  });
  it("reads a weapon's quoted name after the kind of weapon, and not alone: the Altay tank, not the Altai mountains", () => {
    expect(tag('تسلم الجيش أول دبابة "ألطاي" من الإنتاج المحلي')).toEqual([['altay-tank', 'دبابة "ألطاي"']]);
    expect(tag('في جبال ألطاي')).toEqual([]);
  });
});

describe("an outlet's credit in a dateline", () => {
  const wires = compile(
    lexiconOf(
      [
        entry('qna', ['وكالة الأنباء القطرية'], { type: 'media', quoted: ['قنا'] }),
        entry('kant', ['قاعدة كانت الجوية'], { type: 'military', quoted: ['كانت'] }),
      ],
      {
        headNouns: ['وكالة', 'قاعدة'],
      },
    ),
  );
  const read = readerOf(wires);
  it('reads an outlet’s quoted name between slashes or dashes', () => {
    expect(read('الدوحة في 14 سبتمبر /قنا/ أعلنت الوزارة')).toEqual([['qna', 'قنا']]);
    expect(read('الدوحة في 14 سبتمبر/ قنا / أعلنت')).toEqual([['qna', 'قنا']]);
    expect(read('الدوحة- قنا - أعلنت الوزارة')).toEqual([['qna', 'قنا']]);
    expect(read('الدوحة - قنا : أعلنت الوزارة')).toEqual([['qna', 'قنا']]);
  });
  it('reads it opening a line before a colon or a dash, unless it has the article (a heading), and not inside a line', () => {
    expect(read('قمة اليوم\nقنا: تستضيف الدوحة')).toEqual([['qna', 'قنا']]);
    expect(read('قنا - تستضيف الدوحة')).toEqual([['qna', 'قنا']]);
    expect(read('قالت قنا: تستضيف الدوحة')).toEqual([]);
    const khabar = compile(lexiconOf([entry('el-khabar', ['صحيفة الخبر'], { type: 'media', quoted: ['الخبر'] })]));
    expect(khabar.match('محاكمة جارية\nالخبر:\nقال مراسل')).toEqual([]);
  });
  it('reads it in brackets beside a dash, a colon, a full stop or the edge of the text', () => {
    expect(read('الدوحة (قنا) - أعلنت الوزارة')).toEqual([['qna', 'قنا']]);
    expect(read('أعلنت الوزارة ذلك. (قنا)')).toEqual([['qna', 'قنا']]);
    expect(read('(قنا) – أعلنت الوزارة')).toEqual([['qna', 'قنا']]);
    expect(read('أعلنت الوزارة ذلك\n(قنا)\nوفي خبر آخر')).toEqual([['qna', 'قنا']]);
  });
  it('reads it in brackets right after the full name, whatever follows', () => {
    expect(read('ذكرت وكالة الأنباء القطرية (قنا)، أن الزيارة')).toEqual([
      ['qna', 'وكالة الأنباء القطرية'],
      ['qna', 'قنا'],
    ]);
    expect(read('ذكرت الوكالة (قنا)، أن الزيارة')).toEqual([]);
  });
  it("reads it in quotation marks after an outlet's head noun even where it also names something else", () => {
    const outlets = compile(
      lexiconOf([entry('khaleej', ['صحيفة الخليج الإماراتية'], { type: 'media', quoted: ['الخليج'] }), entry('gulf', ['الخليج'], { type: 'place' })], {
        headNouns: ['صحيفة', 'منطقة'],
        outletHeads: ['صحيفة'],
      }),
    );
    const outlet = readerOf(outlets);
    expect(outlet('وقال لصحيفة "الخليج" إن الخليج آمن')).toEqual([
      ['khaleej', 'الخليج'],
      ['gulf', 'الخليج'],
    ]);
    expect(outlet('في منطقة "الخليج" توتر')).toEqual([['gulf', 'الخليج']]);
  });
  it("reads no mention in quotation marks after an outlet's head noun when no outlet goes by it: a channel the lexicon lacks", () => {
    const outlets = compile(
      lexiconOf([entry('khaleej', ['صحيفة الخليج الإماراتية'], { type: 'media' }), entry('brics', ['بريكس'], { type: 'organization' })], {
        headNouns: ['تلفزيون'],
        outletHeads: ['تلفزيون'],
      }),
    );
    expect(spans('وقال لتلفزيون "بريكس" إن بريكس تتوسع', outlets.match('وقال لتلفزيون "بريكس" إن بريكس تتوسع'))).toEqual([['brics', 'بريكس']]);
  });
  it('still reads it in quotation marks after a head noun', () => {
    expect(read('نقلت وكالة "قنا" عن الوزير')).toEqual([['qna', 'قنا']]);
  });
  it('leaves the word alone in brackets inside a sentence, and gives no credit to a name that is not an outlet', () => {
    expect(read('زرع (قنا) كثيرة في الحقل')).toEqual([]);
    expect(read('قنا الري في القرية')).toEqual([]);
    expect(read('قال /كانت/ أمس')).toEqual([]);
    expect(read('الجملة (كانت) - طويلة')).toEqual([]);
    expect(read('قال: قنا - الري')).toEqual([]);
  });
  it("reads the bundle's agencies in datelines", () => {
    expect(tag('أبوظبي في 3 ديسمبر / وام / أعلن')).toEqual([
      ['abu-dhabi', 'أبوظبي'],
      ['wam', 'وام'],
    ]);
    expect(tag('طهران (مهر) - أعلن')).toEqual([
      ['tehran', 'طهران'],
      ['mehr-news-agency', 'مهر'],
    ]);
  });
});

describe('longest match', () => {
  it('takes the whole multi-word name over a name inside it', () => {
    expect(tag('قوة الأمم المتحدة المؤقتة في لبنان')).toEqual([['unifil', 'قوة الأمم المتحدة المؤقتة في لبنان']]);
    expect(tag('الرئيس نور سلطان نزارباييف')).toEqual([['nazarbayev', 'نور سلطان نزارباييف']]);
    expect(tag('منظمة معاهدة الأمن الجماعي')).toEqual([['csto', 'منظمة معاهدة الأمن الجماعي']]);
  });
  it('falls back to the shorter name when the longer one is cut off', () => {
    expect(tag('قوة الأمم المتحدة في لبنان')).toEqual([
      ['united-nations', 'الأمم المتحدة'],
      ['lebanon', 'لبنان'],
    ]);
  });
  it('does not run a name across sentence punctuation', () => {
    expect(tag('روسيا. الاتحادية')).toEqual([['russia', 'روسيا']]);
    expect(tag('قاسم\nجومارت توكاييف')).toEqual([['tokayev', 'جومارت توكاييف']]);
  });
  it('runs a name across quotes and brackets', () => {
    expect(tag('القاعدة العسكرية «201»')).toEqual([['base-201', 'القاعدة العسكرية «201»']]);
    expect(tag('«القاعدة 201»')).toEqual([['base-201', 'القاعدة 201']]);
    expect(tag('القاعدة (201)')).toEqual([['base-201', 'القاعدة (201)']]);
  });
  it('expands {id} templates in aliases to every name of the other entry', () => {
    expect(tag('محادثات آستانة')).toEqual([['astana-process', 'محادثات آستانة']]);
    expect(tag('مسار نور سلطان')).toEqual([['astana-process', 'مسار نور سلطان']]);
  });
  it('expands {year} to every year: a yearly exercise named by an ordinary word is read with its year only', () => {
    const m = compile(lexiconOf([entry('interaction', ['مناورات التفاعل', 'التفاعل {year}'], { type: 'military' })]));
    const spans = (text: string) => m.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);
    expect(spans('بدأت التفاعل-2021 وانتهت التفاعل ــ 2018')).toEqual([
      ['interaction', 'التفاعل-2021'],
      ['interaction', 'التفاعل ــ 2018'],
    ]);
    expect(spans('زاد التفاعل مع المنشور في 2021')).toEqual([]);
    expect(crossCheck(lexiconOf([entry('interaction', ['التفاعل {year}'])]).entries)).toEqual([]);
  });
  it('reads the waters of Helmand as the river, and Helmand alone as the province', () => {
    expect(tag('طالبت إيران بحصتها من مياه هلمند')).toEqual([
      ['iran', 'إيران'],
      ['helmand-river', 'مياه هلمند'],
    ]);
    expect(tag('قتل جنديان في هلمند')).toEqual([['helmand-province', 'هلمند']]);
  });
  it('reads "the war in" Syria or Ukraine as the war, not the country', () => {
    expect(tag('الحرب في أوكرانيا والصراع في سورية')).toEqual([
      ['russo-ukrainian-war', 'الحرب في أوكرانيا'],
      ['syrian-civil-war', 'الصراع في سورية'],
    ]);
  });
  it('reads a single-letter abbreviation', () => {
    expect(tag('(أ.ف.ب)')).toEqual([['afp', 'أ.ف.ب']]);
  });
  it('finds a person under another spelling of a given name (rules.givenNameSpellings), never the given name alone', () => {
    const m = compile(
      lexiconOf([entry('lavrov', ['سيرغي لافروف'], { type: 'person' }), entry('xi', ['شي جين بينغ'], { type: 'person' })], {
        givenNameSpellings: [
          ['سيرغي', 'سيرجي', 'سيرغيه'],
          ['بينغ', 'بينج'],
        ],
      }),
    );
    expect(spans('قال سيرجي لافروف وسيرغيه لافروف', m.match('قال سيرجي لافروف وسيرغيه لافروف'))).toEqual([
      ['lavrov', 'سيرجي لافروف'],
      ['lavrov', 'سيرغيه لافروف'],
    ]);
    expect(spans('التقى شي جين بينج', m.match('التقى شي جين بينج'))).toEqual([['xi', 'شي جين بينج']]);
    expect(m.match('قال سيرجي إن')).toEqual([]);
    const abd = compile(lexiconOf([entry('atoun', ['عبد الرحيم عطون'], { type: 'person' }), entry('haykal', ['عبدالسلام هيكل'], { type: 'person' })]));
    const text = 'قال عبدالرحيم عطون إن عبد السلام هيكل';
    expect(spans(text, abd.match(text))).toEqual([
      ['atoun', 'عبدالرحيم عطون'],
      ['haykal', 'عبد السلام هيكل'],
    ]); // «عبد» joined to the name after it or not
    const persian = compile(lexiconOf([entry('aref', ['محمد رضا عارف'], { type: 'person' }), entry('zakani', ['عليرضا زاكاني'], { type: 'person' })]));
    const iran = 'قال محمدرضا عارف إن علي رضا زاكاني';
    expect(spans(iran, persian.match(iran))).toEqual([
      ['aref', 'محمدرضا عارف'],
      ['zakani', 'علي رضا زاكاني'],
    ]); // a Persian compound given name joined or not
    expect(tag('قال شافكات ميرضيائيف')).toEqual([['mirziyoyev', 'شافكات ميرضيائيف']]);
    expect(tag('قال مولوي يعقوب')).toEqual([['yaqoob', 'مولوي يعقوب']]); // a title written as part of the name: «الملا يعقوب»
    // Persian given names in -at written with Arabic's ة or Persian's ت: «عنايت الله», «عناية الله».
    expect(tag('قال عناية الله خوارزمي')).toEqual([['enayatullah-khwarazmi', 'عناية الله خوارزمي']]);
    expect(tag('قال عناية الله إن')).toEqual([]);
  });
  it('finds any name of two words or more with a word in another spelling (rules.wordSpellings)', () => {
    const m = compile(
      lexiconOf([entry('drc', ['جمهورية الكونغو الديمقراطية'], { type: 'country' }), entry('nato', ['حلف شمال الأطلسي'], { type: 'organization' })], {
        wordSpellings: [
          ['الديمقراطية', 'الديموقراطية'],
          ['الأطلسي', 'الأطلنطي'],
        ],
      }),
    );
    const text = 'زار جمهورية الكونغو الديموقراطية ثم مقر حلف شمال الأطلنطي';
    expect(spans(text, m.match(text))).toEqual([
      ['drc', 'جمهورية الكونغو الديموقراطية'],
      ['nato', 'حلف شمال الأطلنطي'],
    ]);
    expect(tag('قالت قوات سوريا الديموقراطية إن')).toEqual([['syrian-democratic-forces', 'قوات سوريا الديموقراطية']]);
  });
  it('reads an abbreviation spelled in letter names with dots', () => {
    expect(tag('قالت شبكة سي.بي.إس الأمريكية')).toContainEqual(['cbs-news', 'شبكة سي.بي.إس']);
    expect(tag('وقالت سي.بي.إس')).toEqual([['cbs-news', 'سي.بي.إس']]);
  });
  it('gives a head noun to the longer name that starts after it', () => {
    const heads = compile(
      lexiconOf(
        [entry('is', ['تنظيم داعش', 'داعش']), entry('iskp', ['داعش في خراسان']), entry('khorasan', ['خراسان'], { type: 'place' }), entry('army', ['جيش داعش'])],
        {
          headNouns: ['تنظيم'],
        },
      ),
    );
    const read = readerOf(heads);
    expect(read('هجوم لتنظيم داعش في خراسان على المسجد')).toEqual([['iskp', 'داعش في خراسان']]);
    expect(read('هجوم لتنظيم داعش في كابل')).toEqual([['is', 'تنظيم داعش']]);
    // Only a head noun gives way, not the first word of any name.
    expect(read('جيش داعش في خراسان')).toEqual([
      ['army', 'جيش داعش'],
      ['khorasan', 'خراسان'],
    ]);
    expect(tag('هجوم لتنظيم داعش في خراسان')).toEqual([['islamic-state-khorasan-province', 'داعش في خراسان']]);
  });
});

describe('nisba adjectives', () => {
  it('come back as a separate kind of mention', () => {
    expect(bundle.match('القوات الروسية').map((m) => [m.id, m.kind])).toEqual([['russia', 'nisba']]);
  });
  it('take the feminine, plural and dual endings and clitics', () => {
    expect(tag('الكازاخي والكازاخية والكازاخيون الكازاخيين').map(([id]) => id)).toEqual(['kazakhstan', 'kazakhstan', 'kazakhstan', 'kazakhstan']);
  });
  it('give way to a longer name that holds them', () => {
    expect(bundle.match('وزارة الدفاع الروسية')).toEqual([{ id: 'russian-defence-ministry', start: 0, end: 20, kind: 'name' }]);
  });
  it('agree with their noun: after a feminine noun a word in ى is an adjective of its own («الضفة اليمنى», the right bank)', () => {
    expect(tag('انسحبت القوات من الضفة اليمنى للنهر')).toEqual([]);
    // Egyptian typing writes the masculine nisba with ى; the feminine one is «اليمنية».
    expect(tag('قال الجيش اليمنى إن الحكومة اليمنية')).toEqual([
      ['yemen', 'اليمنى'],
      ['yemen', 'اليمنية'],
    ]);
  });
});

describe('event names under another head of their synonym group', () => {
  it('find an attack named with «انفجار» or «تفجيرات» where the lexicon says «هجوم», and the reverse', () => {
    const lex = lexiconOf([entry('kerman-attack', ['هجوم كرمان'], { type: 'event' }), entry('osh-clashes', ['اشتباكات أوش'], { type: 'event' })], {
      eventHeadSynonyms: [
        ['هجوم', 'تفجيرات', 'انفجار'],
        ['اشتباكات', 'مواجهات'],
      ],
    });
    const m = compile(lex);
    const found = readerOf(m);
    expect(found('بعد انفجار كرمان وتفجيرات كرمان')).toEqual([
      ['kerman-attack', 'انفجار كرمان'],
      ['kerman-attack', 'تفجيرات كرمان'],
    ]);
    expect(found('في مواجهات أوش')).toEqual([['osh-clashes', 'مواجهات أوش']]);
  });
  it('include the dual of a head in the bundled rules («تفجيري كرمان», the two Kerman bombings)', () => {
    expect(tag('اتهمت طهران داعش بتفجيري كرمان')).toContainEqual(['kerman-bombings', 'تفجيري كرمان']);
  });
  it('apply to events only: a place named with a head word is not renamed', () => {
    const lex = lexiconOf([entry('x-crossing', ['هجوم الحدود'], { type: 'place' })], { eventHeadSynonyms: [['هجوم', 'تفجير']] });
    expect(compile(lex).match('تفجير الحدود')).toEqual([]);
  });
});

describe('event names with a phrase inside said another way (rules.eventPhraseSynonyms)', () => {
  const lex = lexiconOf([entry('round-20', ['الجولة 20 من محادثات أستانا'], { type: 'event' }), entry('talks-town', ['بلدة من محادثات'], { type: 'place' })], {
    eventPhraseSynonyms: [['من محادثات', 'لمحادثات', 'لاجتماعات']],
  });
  const m = compile(lex);
  const found = readerOf(m);
  it('find a round of talks named with ل and another word for the talks', () => {
    expect(found('اختتمت الجولة 20 لاجتماعات أستانا أمس')).toEqual([['round-20', 'الجولة 20 لاجتماعات أستانا']]);
    expect(found('في الجولة 20 لمحادثات أستانا')).toEqual([['round-20', 'الجولة 20 لمحادثات أستانا']]);
  });
  it('apply to events only', () => {
    expect(found('بلدة لاجتماعات')).toEqual([]);
  });
  it('in the bundle, read a round of the Astana talks called a conference or a track, as outlets also call the process', () => {
    expect(tag('البيان الختامي للجولة 15 لمؤتمر أستانة')).toEqual([['astana-talks-15th-round', 'جولة 15 لمؤتمر أستانة']]);
    expect(tag('انطلاق الجولة العشرين لمسار أستانة')).toEqual([['astana-talks-20th-round', 'الجولة العشرين لمسار أستانة']]);
  });
});

describe("bodies' names under another head that translates the same word", () => {
  const lex = lexiconOf(
    [entry('russian-ic', ['لجنة التحقيق الروسية'], { type: 'organization' }), entry('x-committee-town', ['لجنة الحدود'], { type: 'place' })],
    { bodyHeadSynonyms: [['لجنة', 'هيئة']] },
  );
  const matcher = compile(lex);
  const found = readerOf(matcher);
  it('find a committee written with «هيئة» where the lexicon says «لجنة», with or without the article', () => {
    expect(found('قالت هيئة التحقيق الروسية إن')).toEqual([['russian-ic', 'هيئة التحقيق الروسية']]);
  });
  it('apply to organisations only', () => {
    expect(found('هيئة الحدود')).toEqual([]);
  });
  it("replace a head of several words, also in the names built with a country's name, in the bundle", () => {
    expect(tag('أعلنت وزارة الشؤون الداخلية في كازاخستان')).toEqual([['kazakh-interior-ministry', 'وزارة الشؤون الداخلية في كازاخستان']]);
    expect(tag('قالت وزارة الشئون الخارجية الباكستانية')).toEqual([['pakistani-foreign-ministry', 'وزارة الشئون الخارجية الباكستانية']]);
  });
});

describe("places' names under another word for their kind (rules.placeHeadSynonyms)", () => {
  const m = compile(
    lexiconOf(
      [
        entry('batken', ['باتكين'], { type: 'place' }),
        entry('batken-region', ['مقاطعة باتكين'], { type: 'place' }),
        entry('registan', ['ساحة ريجستان'], { type: 'place' }),
        entry('lab', ['ولاية المختبر'], { type: 'organization' }),
      ],
      {
        placeHeadSynonyms: [
          ['ولاية', 'مقاطعة', 'محافظة', 'إقليم'],
          ['ساحة', 'ميدان'],
        ],
      },
    ),
  );
  const read = readerOf(m);
  it('are read as the region, not the town named inside', () => {
    expect(read('اندلعت اشتباكات في ولاية باتكين وفي محافظة باتكين')).toEqual([
      ['batken-region', 'ولاية باتكين'],
      ['batken-region', 'محافظة باتكين'],
    ]);
  });
  it('are read for a square under either word', () => {
    expect(read('احتفل الزوار في ميدان ريجستان')).toEqual([['registan', 'ميدان ريجستان']]);
  });
  it("are made for places only: a body's head stays its own", () => {
    expect(read('أعلنت مقاطعة المختبر')).toEqual([]);
  });
});

describe("outlets' names under another noun of their kind (rules.outletHeadSynonyms)", () => {
  const m = compile(
    lexiconOf(
      [
        entry('rt', ['قناة روسيا اليوم'], { type: 'media' }),
        entry('egypt-tv', ['تلفزيون مصر'], { type: 'media' }),
        entry('egypt', ['مصر'], { type: 'country' }),
        entry('lab', ['قناة المختبر'], { type: 'organization' }),
      ],
      { outletHeadSynonyms: [['قناة', 'شبكة', 'تلفزيون']] },
    ),
  );
  const read = readerOf(m);
  it('are read as the outlet', () => {
    expect(read('وبحسب شبكة روسيا اليوم وتلفزيون روسيا اليوم')).toEqual([
      ['rt', 'شبكة روسيا اليوم'],
      ['rt', 'تلفزيون روسيا اليوم'],
    ]);
  });
  it("are made for outlets only, and never of a place's name: «قناة مصر» is any channel of Egypt", () => {
    expect(read('أعلنت شبكة المختبر')).toEqual([]);
    expect(read('بثت قناة مصر')).toEqual([['egypt', 'مصر']]);
  });
});

describe("ministries' names without «وزارة» before their state's nisba (rules.ministryEllipses)", () => {
  const m = compile(
    lexiconOf(
      [
        entry('belarus', ['بيلاروسيا'], { type: 'country', nisba: ['بيلاروسي'] }),
        entry('belarus-defence', ['وزارة الدفاع البيلاروسية', 'وزارة الدفاع في بيلاروسيا'], { type: 'organization' }),
      ],
      { ministryEllipses: ['وزارة الدفاع'], blockers: ['سياسة الدفاع'] },
    ),
  );
  const read = readerOf(m);
  it('are read as the ministry', () => {
    expect(read('وقالت الدفاع البيلاروسية إن المناورات بدأت')).toEqual([['belarus-defence', 'الدفاع البيلاروسية']]);
  });
  it('are made only before a nisba, only from the listed heads, and a blocker still holds', () => {
    expect(read('ارتفع الإنفاق على الدفاع في بيلاروسيا')).toEqual([['belarus', 'بيلاروسيا']]);
    expect(read('تغيرت سياسة الدفاع البيلاروسية')).toEqual([['belarus', 'البيلاروسية']]);
    const committeeOnly = compile(
      lexiconOf(
        [
          entry('belarus', ['بيلاروسيا'], { type: 'country', nisba: ['بيلاروسي'] }),
          entry('belarus-defence-committee', ['لجنة الدفاع البيلاروسية'], { type: 'organization' }),
        ],
        { ministryEllipses: ['وزارة الدفاع'] },
      ),
    );
    expect(readerOf(committeeOnly)('وقالت الدفاع البيلاروسية إن المناورات بدأت')).toEqual([['belarus', 'البيلاروسية']]);
  });
});

describe('a name before a date', () => {
  it('is not the channel «روسيا اليوم» when a weekday follows: Russia, today', () => {
    expect(tag('اتهمت روسيا اليوم الجمعة سلطات طاجيكستان')).toEqual([
      ['russia', 'روسيا'],
      ['tajikistan', 'طاجيكستان'],
    ]);
    expect(tag('وقالت قناة روسيا اليوم إن')[0]![0]).toBe('rt');
  });
  it("does not end in a number that a month's name makes a day: a dateline from Astana, not the talks' fourth round", () => {
    expect(tag('أستانا 4 يوليو (رويترز) - قال')).toEqual([
      ['astana', 'أستانا'],
      ['reuters', 'رويترز'],
    ]);
    expect(tag('أستانا 4 تموز')).toEqual([['astana', 'أستانا']]);
    expect(tag('انطلقت جولة أستانا 4 في موعدها')).toEqual([['astana-talks-4th-round', 'جولة أستانا 4']]);
  });
});

describe('official names of states', () => {
  it("are built from a country's nisba and the rules' templates", () => {
    expect(tag('أعلنت الجمهورية الإسلامية الإيرانية أن')).toEqual([['iran', 'الجمهورية الإسلامية الإيرانية']]);
    expect(tag('وفد الجمهورية القرغيزية')).toEqual([['kyrgyzstan', 'الجمهورية القرغيزية']]);
  });
  it('are not built where the phrase names a part of the state: a Soviet republic is not the Soviet Union', () => {
    expect(tag('نالت الجمهورية السوفياتية السابقة استقلالها عن الاتحاد السوفيتي')).toEqual([['soviet-union', 'الاتحاد السوفيتي']]);
  });
  it("need the template's words: the nisba alone stays a nisba", () => {
    expect(bundle.match('الحكومة الإيرانية').map((m) => m.kind)).toEqual(['nisba']);
  });
  it('are shortened only as an entry lists them: «الجمهورية الإسلامية» after «الهند» is not India, after «إيران» it is Iran', () => {
    expect(tag('اجتمعت القمة في الهند، وأعلنت انضمام الجمهورية الإسلامية رسميا')).toEqual([['india', 'الهند']]);
    expect(tag('رفع علم إيران، وأعلنت انضمام الجمهورية الإسلامية رسميا')).toEqual([
      ['iran', 'إيران'],
      ['iran', 'الجمهورية الإسلامية'],
    ]);
  });
});

describe('summits named by their organisation and year', () => {
  const summit = (id: string, alias: string, org: string, date: string) =>
    entry(id, [alias], {
      type: 'event',
      card: { summary: { en: '', ar: '' }, facts: [{ key: 'dates', value: { en: date, ar: date } }], relations: [{ type: 'related', target: org }] },
    });
  const lex = lexiconOf([
    entry('ots', ['منظمة الدول التركية'], { type: 'organization' }),
    entry('csto', ['منظمة معاهدة الأمن الجماعي'], { type: 'organization' }),
    summit('ots-2025', 'قمة غابالا', 'ots', '7 October 2025'),
    summit('ots-2024', 'قمة بيشكيك', 'ots', '6 November 2024'),
    summit('csto-2022-may', 'قمة موسكو', 'csto', '16 May 2022'),
    summit('csto-2022-nov', 'قمة يريفان', 'csto', '23 November 2022'),
  ]);
  const matcher = compile(lex);
  const read = readerOf(matcher);
  it('read the only summit of that organisation in that year, with or without a word for "year"', () => {
    expect(read('في قمة منظمة الدول التركية 2025 أمس')).toEqual([['ots-2025', 'قمة منظمة الدول التركية 2025']]);
    expect(read('في قمة منظمة الدول التركية عام 2024')).toEqual([['ots-2024', 'قمة منظمة الدول التركية عام 2024']]);
  });
  it('leave a year with two summits of the organisation, and a year with none, to the organisation', () => {
    expect(read('قمة منظمة معاهدة الأمن الجماعي 2022')).toEqual([['csto', 'قمة منظمة معاهدة الأمن الجماعي']]);
    expect(read('قمة منظمة الدول التركية 2019')).toEqual([['ots', 'قمة منظمة الدول التركية']]);
  });
});

describe('summits named with their ordinal before the organisation', () => {
  const lex = lexiconOf([
    entry('brics', ['بريكس', 'مجموعة بريكس'], { type: 'organization' }),
    entry('brics-2024', ['قمة بريكس السادسة عشرة', 'قمة بريكس 2024'], {
      type: 'event',
      card: {
        summary: { en: '', ar: '' },
        facts: [{ key: 'dates', value: { en: '22–24 October 2024', ar: '' } }],
        relations: [{ type: 'related', target: 'brics' }],
      },
    }),
  ]);
  const matcher = compile(lex);
  const read = readerOf(matcher);
  it('are the edition of that ordinal, under any name of the organisation, of its states or of their leaders', () => {
    expect(read('افتتاح القمة السادسة عشرة لبريكس')).toEqual([['brics-2024', 'القمة السادسة عشرة لبريكس']]);
    expect(read('في القمة الـ16 لقادة دول مجموعة بريكس')).toEqual([['brics-2024', 'القمة الـ16 لقادة دول مجموعة بريكس']]);
  });
  it('never turn a year into an ordinal', () => {
    expect(read('القمة 2024 لبريكس')).toEqual([['brics', 'بريكس']]);
  });
  it("make no short form of their own: «القمة الـ16» after another organisation's sixteenth summit is that one", () => {
    const both = compile(
      lexiconOf([
        ...lex.entries,
        entry('ots-16', ['القمة السادسة عشرة لمنظمة الدول التركية'], {
          type: 'event',
          card: { summary: { en: '', ar: '' }, facts: [], relations: [] },
        }),
      ]),
    );
    // Nor after its own full name: «القمة الـ16» is what the text calls it, no name (its opening holds none).
    const text = 'افتتحت القمة السادسة عشرة لمنظمة الدول التركية أمس، وتختتم القمة الـ16 اليوم';
    expect(spans(text, both.match(text))).toEqual([['ots-16', 'القمة السادسة عشرة لمنظمة الدول التركية']]);
  });
});

describe('summits named by their host city («قمة مينسك»)', () => {
  const summit = (id: string, alias: string, org: string, date: string, host: string) =>
    entry(id, [alias], {
      type: 'event',
      card: {
        summary: { en: '', ar: '' },
        facts: [{ key: 'dates', value: { en: date, ar: date } }],
        relations: [
          { type: 'related', target: org },
          { type: 'hosted-by', target: host },
        ],
      },
    });
  const matcher = compile(
    lexiconOf([
      entry('csto', ['منظمة معاهدة الأمن الجماعي'], { type: 'organization' }),
      entry('sco', ['منظمة شنغهاي للتعاون'], { type: 'organization' }),
      entry('minsk', ['مينسك'], { type: 'place' }),
      entry('samarkand', ['سمرقند'], { type: 'place' }),
      summit('csto-2017', 'قمة الأمن الجماعي في مينسك 2017', 'csto', '30 November 2017', 'minsk'),
      summit('csto-2023', 'قمة الأمن الجماعي في مينسك 2023', 'csto', '23 November 2023', 'minsk'),
      summit('sco-2022', 'قمة شنغهاي في سمرقند 2022', 'sco', 'September 2022', 'samarkand'),
    ]),
  );
  const read = readerOf(matcher);
  it('are the summit of an organisation the page names held there in the year the text gives', () => {
    expect(read('قادة منظمة معاهدة الأمن الجماعي في قمة مينسك في 30 نوفمبر 2017')).toEqual([
      ['csto', 'منظمة معاهدة الأمن الجماعي'],
      ['csto-2017', 'قمة مينسك'],
    ]);
    // Behind a proclitic, in quotation marks.
    expect(read('وصل قادة منظمة معاهدة الأمن الجماعي إلى مينسك عام 2023، ولقمة "مينسك" جدول طويل')).toEqual([
      ['csto', 'منظمة معاهدة الأمن الجماعي'],
      ['minsk', 'مينسك'],
      ['csto-2023', 'قمة "مينسك"'],
    ]);
  });
  it('are the only summit there when the text gives no year', () => {
    expect(read('قالت منظمة شنغهاي للتعاون إن قمة سمرقند ناجحة')).toEqual([
      ['sco', 'منظمة شنغهاي للتعاون'],
      ['sco-2022', 'قمة سمرقند'],
    ]);
    // With its vowel marks: «قمّة».
    expect(read('قالت منظمة شنغهاي للتعاون إن قمّة سمرقند ناجحة')).toEqual([
      ['sco', 'منظمة شنغهاي للتعاون'],
      ['sco-2022', 'قمّة سمرقند'],
    ]);
  });
  it('stay the city when the page names no organisation that met there, or the year leaves two summits or none', () => {
    expect(read('قمة مينسك في 2017')).toEqual([['minsk', 'مينسك']]);
    expect(read('قادة منظمة معاهدة الأمن الجماعي في قمة مينسك')).toEqual([
      ['csto', 'منظمة معاهدة الأمن الجماعي'],
      ['minsk', 'مينسك'],
    ]);
    expect(read('قالت منظمة شنغهاي للتعاون في 2019 إن قمة سمرقند ناجحة')).toEqual([
      ['sco', 'منظمة شنغهاي للتعاون'],
      ['samarkand', 'سمرقند'],
    ]);
    // Not a summit's city: «قمة» is not right before it.
    expect(read('قالت منظمة شنغهاي للتعاون إن القمة في سمرقند ناجحة')).toEqual([
      ['sco', 'منظمة شنغهاي للتعاون'],
      ['samarkand', 'سمرقند'],
    ]);
  });
});

describe('summits named by their organisation alone', () => {
  const summit = (id: string, alias: string, date: string, host?: string) =>
    entry(id, [alias], {
      type: 'event',
      card: {
        summary: { en: '', ar: '' },
        facts: [{ key: 'dates', value: { en: date, ar: date } }],
        relations: [{ type: 'related', target: 'sco' }, ...(host ? [{ type: 'hosted-by' as const, target: host }] : [])],
      },
    });
  const matcher = compile(
    lexiconOf([
      entry('sco', ['منظمة شنغهاي للتعاون'], { type: 'organization' }),
      entry('tashkent', ['طشقند'], { type: 'place' }),
      entry('samarkand', ['سمرقند'], { type: 'place' }),
      // No hosted-by relation: its host is the city its name holds.
      summit('sco-2016', 'قمة شنغهاي في طشقند 2016', 'June 2016'),
      summit('sco-2022', 'قمة سمرقند 2022', 'September 2022', 'samarkand'),
      entry('bishkek', ['بيشكيك'], { type: 'place' }),
      summit('sco-2007', 'قمة شنغهاي في بيشكيك 2007', 'August 2007', 'bishkek'),
      summit('sco-2013', 'قمة شنغهاي في بيشكيك 2013', 'September 2013', 'bishkek'),
    ]),
  );
  const read = readerOf(matcher);
  it('are the summit whose host city the page names', () => {
    expect(read('تستضيف سمرقند قمة منظمة شنغهاي للتعاون غدا')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it('are the one of the year the text gives when the city hosted two', () => {
    expect(read('قمة منظمة شنغهاي للتعاون في بيشكيك عام 2013')).toEqual([['sco-2013', 'قمة منظمة شنغهاي للتعاون في بيشكيك']]);
    expect(read('قمة منظمة شنغهاي للتعاون في بيشكيك')).toEqual([
      ['sco', 'قمة منظمة شنغهاي للتعاون'],
      ['bishkek', 'بيشكيك'],
    ]);
  });
  it('are the summit of the host city named right after them, the city nested in the name', () => {
    const text = 'من طشقند إلى طشقند ثم قمة منظمة شنغهاي للتعاون في سمرقند';
    expect(read(text)).toEqual([
      ['tashkent', 'طشقند'],
      ['tashkent', 'طشقند'],
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون في سمرقند'],
    ]);
    expect(spans(text, matcher.match(text, { nested: true })).at(-1)).toEqual(['samarkand', 'سمرقند']);
    // Not a city that hosted one of them that year; with other words between, the city is not in the name.
    expect(read('قمة منظمة شنغهاي للتعاون في طشقند عام 2019')).toEqual([
      ['sco', 'قمة منظمة شنغهاي للتعاون'],
      ['tashkent', 'طشقند'],
    ]);
    expect(read('تستضيف طشقند قمة منظمة شنغهاي للتعاون المقبلة في سمرقند')).toEqual([
      ['tashkent', 'طشقند'],
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون'],
      ['samarkand', 'سمرقند'],
    ]);
  });
  it('are, of host cities the page names as often, the one named next in the same sentence, and one summit all over the page', () => {
    const text =
      'البيان الختامي لقمة منظمة شنغهاي للتعاون\nصدر البيان الختامي لقمة منظمة شنغهاي للتعاون، التي استضافتها سمرقند، وكانت طشقند قد استضافت قمة سابقة';
    expect(read(text).map(([id]) => id)).toEqual(['sco-2022', 'sco-2022', 'samarkand', 'tashkent']);
    // Past the sentence's end a city says nothing of the summit.
    expect(read('انتهت قمة منظمة شنغهاي للتعاون. وزار طشقند ثم سمرقند').map(([id]) => id)).toEqual(['sco', 'tashkent', 'samarkand']);
  });
  it('are, of host cities the page names as often, the one city their sentence names before them', () => {
    expect(read('وصل القادة إلى سمرقند للمشاركة في قمة منظمة شنغهاي للتعاون. وقال مسؤول في طشقند').map(([id]) => id)).toEqual([
      'samarkand',
      'sco-2022',
      'tashkent',
    ]);
    expect(read('اجتمعوا في طشقند قبل قمة منظمة شنغهاي للتعاون التي تستضيفها سمرقند').map(([id]) => id)).toEqual(['tashkent', 'sco-2022', 'samarkand']);
  });
  it("are also the meeting of the organisation's leaders, not a meeting of the organisation alone", () => {
    expect(read('انطلق اجتماع رؤساء دول منظمة شنغهاي للتعاون في سمرقند')).toEqual([['sco-2022', 'اجتماع رؤساء دول منظمة شنغهاي للتعاون في سمرقند']]);
    expect(read('انطلق اجتماع منظمة شنغهاي للتعاون في سمرقند')).toEqual([
      ['sco', 'منظمة شنغهاي للتعاون'],
      ['samarkand', 'سمرقند'],
    ]);
  });
  it("take the host city from the summit's name when its relations do not give one", () => {
    expect(read('تشهد طشقند فعاليات قمة منظمة شنغهاي للتعاون')).toEqual([
      ['tashkent', 'طشقند'],
      ['sco-2016', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it("read a year before the series' first summit as no summit's year: the organisation's founding", () => {
    expect(read('تستضيف سمرقند قمة منظمة شنغهاي للتعاون التي تأسست عام 2001')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it("read a year of another summit of the series as that summit's, not as a summit the lexicon lacks", () => {
    expect(read('تستضيف سمرقند قمة منظمة شنغهاي للتعاون بعد اتفاق وقع عام 2016')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it("are the organisation when the text's years are not the summit's: the city may have hosted another one", () => {
    expect(read('في عام 2018 استضافت سمرقند قمة منظمة شنغهاي للتعاون')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco', 'قمة منظمة شنغهاي للتعاون'],
    ]);
    expect(read('في سبتمبر 2022 استضافت سمرقند قمة دول منظمة شنغهاي للتعاون')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco-2022', 'قمة دول منظمة شنغهاي للتعاون'],
    ]);
  });
  it('are the edition the page names outright, when nothing else on the page picks one', () => {
    expect(read('قمة منظمة شنغهاي للتعاون\nعقدت قمة سمرقند 2022 أمس')).toEqual([
      ['sco-2022', 'قمة منظمة شنغهاي للتعاون'],
      ['sco-2022', 'قمة سمرقند 2022'],
    ]);
    // Two editions named: the page's summit is not known.
    expect(read('قمة منظمة شنغهاي للتعاون\nبعد قمة سمرقند 2022 وقمة شنغهاي في طشقند 2016').map(([id]) => id)).toEqual(['sco', 'sco-2022', 'sco-2016']);
  });
  it('are the organisation when the page names no host city, or two as often', () => {
    expect(read('قال إن قمة منظمة شنغهاي للتعاون ناجحة')).toEqual([['sco', 'قمة منظمة شنغهاي للتعاون']]);
    expect(read('من طشقند إلى سمرقند: قمة منظمة شنغهاي للتعاون')).toEqual([
      ['tashkent', 'طشقند'],
      ['samarkand', 'سمرقند'],
      ['sco', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it('are the summit of the year written right after them, whatever summit the rest of the page is about', () => {
    const page = 'تستضيف سمرقند القمة المقبلة. وكانت طشقند قد استضافت قمة منظمة شنغهاي للتعاون في عام 2016';
    expect(read(page)).toEqual([
      ['samarkand', 'سمرقند'],
      ['tashkent', 'طشقند'],
      ['sco-2016', 'قمة منظمة شنغهاي للتعاون'],
    ]);
    expect(read('وصل إلى سمرقند في سبتمبر 2022، بعد أن حضر قمة منظمة شنغهاي للتعاون لعام 2016')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco-2016', 'قمة منظمة شنغهاي للتعاون'],
    ]);
    // A year the lexicon has no summit of leaves the organisation, not the page's other summit.
    expect(read('وصل إلى سمرقند، وقال إن قمة منظمة شنغهاي للتعاون 2019 كانت ناجحة')).toEqual([
      ['samarkand', 'سمرقند'],
      ['sco', 'قمة منظمة شنغهاي للتعاون'],
    ]);
  });
  it("belong to the organisation the summit's own names hold, when its card relates it to two", () => {
    const related = (id: string, alias: string, targets: string[]) =>
      entry(id, [alias], {
        type: 'event',
        card: {
          summary: { en: '', ar: '' },
          facts: [{ key: 'dates', value: { en: '10 October 2025', ar: '10 October 2025' } }],
          relations: [...targets.map((target) => ({ type: 'related' as const, target })), { type: 'hosted-by' as const, target: 'dushanbe' }],
        },
      });
    const read = readerOf(
      compile(
        lexiconOf([
          entry('cis', ['رابطة الدول المستقلة', 'كومنولث الدول المستقلة'], { type: 'organization' }),
          entry('cis-council', ['مجلس رؤساء دول رابطة الدول المستقلة'], { type: 'organization' }),
          entry('dushanbe', ['دوشنبه'], { type: 'place' }),
          related('cis-2025', 'قمة كومنولث الدول المستقلة في دوشنبه 2025', ['cis', 'cis-council']),
          // Its names hold both: it is of neither series, or Dushanbe would have hosted two CIS summits in 2025.
          related('both-2025', 'قمة مجلس رؤساء دول رابطة الدول المستقلة 2025', ['cis', 'cis-council']),
        ]),
      ),
    );
    expect(read('شارك في قمة رؤساء دول رابطة الدول المستقلة في دوشنبه')).toEqual([['cis-2025', 'قمة رؤساء دول رابطة الدول المستقلة في دوشنبه']]);
  });
});

describe('summits of a series that is an entry of its own', () => {
  const edition = (id: string, alias: string, date: string, host: string) =>
    entry(id, [alias], {
      type: 'event',
      card: {
        summary: { en: '', ar: '' },
        facts: [{ key: 'dates', value: { en: date, ar: date } }],
        relations: [
          { type: 'part-of', target: 'cca' },
          { type: 'hosted-by', target: host },
        ],
      },
    });
  const matcher = compile(
    lexiconOf([
      entry('cca', ['قمة الصين وآسيا الوسطى'], { type: 'event' }),
      entry('xian', ['شيآن'], { type: 'place' }),
      entry('astana', ['أستانا'], { type: 'place' }),
      edition('cca-2023', 'قمة الصين وآسيا الوسطى في شيآن', 'May 2023', 'xian'),
      edition('cca-2025', 'قمة الصين وآسيا الوسطى في أستانا', 'June 2025', 'astana'),
    ]),
  );
  const read = readerOf(matcher);
  it('are the edition whose host city the page names, and the series when it names none', () => {
    expect(read('ترأس شي قمة الصين وآسيا الوسطى في مركز المؤتمرات بمدينة شيآن')).toEqual([
      ['cca-2023', 'قمة الصين وآسيا الوسطى'],
      ['xian', 'شيآن'],
    ]);
    expect(read('تستعد المنطقة لقمة الصين وآسيا الوسطى')).toEqual([['cca', 'قمة الصين وآسيا الوسطى']]);
  });
  it('are the edition named by the series and its year', () => {
    expect(read('في قمة الصين وآسيا الوسطى 2025 قال شي')).toEqual([['cca-2025', 'قمة الصين وآسيا الوسطى 2025']]);
  });
});

describe("a body's name with its country said another way", () => {
  const inside = (target: string) => ({ summary: { en: '', ar: '' }, facts: [], relations: [{ type: 'part-of' as const, target }] });
  const lex = lexiconOf([
    entry('tajikistan', ['طاجيكستان', 'طاجكستان', 'جمهورية طاجيكستان'], { type: 'country', nisba: ['طاجيكي', 'طاجيكستاني'] }),
    entry('russia', ['روسيا', 'الاتحاد الروسي'], { type: 'country', nisba: ['روسي'] }),
    entry('russian-army', ['القوات المسلحة الروسية'], { type: 'military', card: inside('russia') }),
    entry('tajik-labour', ['وزارة العمل الطاجيكية'], { type: 'organization', card: inside('tajikistan') }),
    entry('tajik-mfa', ['الخارجية الطاجيكية'], { type: 'organization', card: inside('tajikistan') }),
    entry('tajik-border', ['حرس الحدود الطاجيكي'], { type: 'military', card: inside('tajik-mfa') }),
    entry('russian-base', ['القاعدة العسكرية الروسية'], { type: 'military' }),
    entry('uae', ['الإمارات'], { type: 'country', nisba: ['إماراتي'] }),
    entry('wam', ['وكالة أنباء الإمارات'], { type: 'media' }),
    entry('fsb', ['جهاز الأمن الفيدرالي الروسي', 'جهاز الأمن الروسي'], { type: 'organization' }),
    entry('border-talks', ['المحادثات الحدودية الطاجيكية الروسية'], { type: 'event' }),
  ]);
  const matcher = compile(lex);
  const read = readerOf(matcher);
  it("takes two states' nisbas after the noun in the other order, with a hyphen between them too", () => {
    expect(read('انتهت المحادثات الحدودية الروسية-الطاجيكية')).toEqual([['border-talks', 'المحادثات الحدودية الروسية-الطاجيكية']]);
    expect(read('انتهت المحادثات الحدودية الطاجيكية الروسية')).toEqual([['border-talks', 'المحادثات الحدودية الطاجيكية الروسية']]);
  });
  it("takes the country's other nisba in the same gender", () => {
    expect(read('أعلنت وزارة العمل الطاجيكستانية')).toEqual([['tajik-labour', 'وزارة العمل الطاجيكستانية']]);
    expect(read('القاعدة العسكرية الروسي')).toEqual([['russia', 'الروسي']]);
  });
  it("takes a troops' nisba in any gender and number, which news gives them: no officer is to be told from them", () => {
    expect(read('اشتبك حرس الحدود الطاجيكيون مع المسلحين')).toEqual([['tajik-border', 'حرس الحدود الطاجيكيون']]);
    expect(read('أعلنت حرس الحدود الطاجيكية')).toEqual([['tajik-border', 'حرس الحدود الطاجيكية']]);
    expect(read('أعلنت وزارة العمل الطاجيكي')).toEqual([['tajikistan', 'الطاجيكي']]);
  });
  it('takes «في» and any name of the country for a body inside it', () => {
    expect(read('أعلنت وزارة العمل في طاجكستان')).toEqual([['tajik-labour', 'وزارة العمل في طاجكستان']]);
  });
  it("takes ل or ب written onto an official name of two words or more, not onto a one-word name (a verb's object)", () => {
    expect(read('أعلنت وزارة العمل بجمهورية طاجيكستان')).toEqual([['tajik-labour', 'وزارة العمل بجمهورية طاجيكستان']]);
    expect(read('أعلنت وزارة العمل لجمهورية طاجيكستان')).toEqual([['tajik-labour', 'وزارة العمل لجمهورية طاجيكستان']]);
    expect(read('عناصر القوات المسلحة للاتحاد الروسي')).toEqual([['russian-army', 'القوات المسلحة للاتحاد الروسي']]);
    expect(read('قدمت وزارة العمل لطاجيكستان منحة')).toEqual([['tajikistan', 'طاجيكستان']]);
  });
  it('takes «في» and the country for a body inside a body of the country', () => {
    expect(read('نقلا عن حرس الحدود في طاجيكستان')).toEqual([['tajik-border', 'حرس الحدود في طاجيكستان']]);
  });
  it('leaves «في» alone for a body abroad, and for a one-word head that ends a title', () => {
    expect(read('القاعدة العسكرية في روسيا')).toEqual([['russia', 'روسيا']]);
    expect(read('وزير الخارجية في طاجيكستان')).toEqual([['tajikistan', 'طاجيكستان']]);
  });
  it("says whose a body is with the country's name after the noun, or with the nisba after the noun with the article", () => {
    expect(read('أفادت وكالة الأنباء الإماراتية')).toEqual([['wam', 'وكالة الأنباء الإماراتية']]);
    expect(read('أفاد جهاز أمن روسيا')).toEqual([['fsb', 'جهاز أمن روسيا']]);
    expect(read('وزارة عمل طاجيكستان')).toEqual([['tajik-labour', 'وزارة عمل طاجيكستان']]);
  });
  it('does not make an adjective before the nisba the noun of «of the country»: «جهاز الأمن فيدرالي روسيا» is no name', () => {
    expect(read('جهاز الأمن فيدرالي روسيا')).toEqual([['russia', 'روسيا']]);
  });
  it('keeps the gender that tells the ministry from its minister', () => {
    expect(read('وزير الخارجية الطاجيكي')).toEqual([['tajikistan', 'الطاجيكي']]);
  });
});

describe("a body every state has, or one named with «في» and its country, with the country's nisba", () => {
  const card = (relations: { type: 'part-of' | 'located-in' | 'operated-by'; target: string }[]) => ({ summary: { en: '', ar: '' }, facts: [], relations });
  const lex = lexiconOf(
    [
      entry('tajikistan', ['طاجيكستان'], { type: 'country', nisba: ['طاجيكي'] }),
      entry('uzbekistan', ['أوزبكستان'], { type: 'country', nisba: ['أوزبكي'] }),
      entry('un', ['الأمم المتحدة'], { type: 'organization' }),
      entry('tajik-sc', ['مجلس الأمن في طاجيكستان', 'مجلس الأمن القومي'], { type: 'organization', card: card([{ type: 'part-of', target: 'tajikistan' }]) }),
      entry('uzbek-cec', ['اللجنة المركزية للانتخابات'], { type: 'organization', card: card([{ type: 'part-of', target: 'uzbekistan' }]) }),
      entry('unmot', ['بعثة المراقبين في طاجيكستان'], {
        type: 'organization',
        card: card([
          { type: 'operated-by', target: 'un' },
          { type: 'located-in', target: 'tajikistan' },
        ]),
      }),
    ],
    { stateBodies: ['اللجنة المركزية للانتخابات', 'مجلس الأمن القومي'], nationalBodies: { names: ['مجلس الأمن'], qualifiers: ['القومي'] } },
  );
  const matcher = compile(lex);
  const read = readerOf(matcher);
  it("is that state's body, in the agreeing gender, with or without the qualifier its generic name has", () => {
    expect(read('أعلنت اللجنة المركزية للانتخابات الأوزبكية النتائج')).toEqual([['uzbek-cec', 'اللجنة المركزية للانتخابات الأوزبكية']]);
    expect(read('اجتمع مجلس الأمن القومي الطاجيكي')).toEqual([['tajik-sc', 'مجلس الأمن القومي الطاجيكي']]);
    expect(read('اجتمع مجلس الأمن الطاجيكي')).toEqual([['tajik-sc', 'مجلس الأمن الطاجيكي']]);
  });
  it('takes the nisba for «في» and the country, unless another body runs it there', () => {
    expect(read('بعثة المراقبين في طاجيكستان')).toEqual([['unmot', 'بعثة المراقبين في طاجيكستان']]);
    expect(read('بعثة المراقبين الطاجيكية')).toEqual([['tajikistan', 'الطاجيكية']]);
  });
  it('keeps the nisba of a body with no state behind it a nisba', () => {
    expect(read('مجلس الأمن الأوزبكي')).toEqual([['uzbekistan', 'الأوزبكي']]);
  });
});

describe('names inside longer names', () => {
  const nestedSpans = (text: string) => bundle.match(text, { nested: true }).map((m) => [m.id, text.slice(m.start, m.end), m.nested ?? false]);
  it('are reported after the longer name when asked for, marked nested', () => {
    expect(nestedSpans('هبطت الطائرة في مطار كابل الدولي')).toEqual([
      ['kabul-airport', 'مطار كابل الدولي', false],
      ['kabul', 'كابل', true],
    ]);
  });
  it('are not reported otherwise: a page highlights the longer name only', () => {
    expect(tag('هبطت الطائرة في مطار كابل الدولي')).toEqual([['kabul-airport', 'مطار كابل الدولي']]);
  });
  it("are never a family name inside a person's full name", () => {
    expect(nestedSpans('قالت داريغا نزارباييفا إن')).toEqual([['nazarbayeva', 'داريغا نزارباييفا', false]]);
  });
  it("are never the namesake inside a natural feature's name: the river, not the province named after it", () => {
    expect(nestedSpans('تقاسم مياه نهر هلمند')).toEqual([['helmand-river', 'نهر هلمند', false]]);
    expect(nestedSpans('مقاتلون في وادي بنجشير')).toEqual([['panjshir-valley', 'وادي بنجشير', false]]);
    // The same word after a head noun that is not a natural feature's is still the place it names.
    expect(nestedSpans('في مطار كابل')).toContainEqual(['kabul', 'كابل', true]);
  });
  it("are never the place that is all a body's or an event's name holds after its head: what the name is named after", () => {
    expect(nestedSpans('قال قائد فيلق القدس إن')).toEqual([['quds-force', 'فيلق القدس', false]]);
    expect(nestedSpans('انتهت جولة من مسار "أستانا" بعد لقاء ثلاثية أستانا')).toEqual([
      ['astana-process', 'مسار "أستانا"', false],
      ['astana-process', 'ثلاثية أستانا', false],
    ]);
    // A place's name after its head, and a place after more words, are still the places they name.
    expect(nestedSpans('في مطار كابل')).toContainEqual(['kabul', 'كابل', true]);
    expect(nestedSpans('وأنشئت القاعدة الروسية في غيومري عام 1995')).toContainEqual(['gyumri', 'غيومري', true]);
  });
  it("are never the region or country an outlet's name carries: the name is the outlet's brand", () => {
    expect(nestedSpans('وفي حديث خاص لصحيفة “الشرق الأوسط” قال السفير')).toEqual([['asharq-al-awsat', 'صحيفة “الشرق الأوسط”', false]]);
    expect(nestedSpans('نقلت قناة روسيا اليوم عن مصدر')).toEqual([['rt', 'قناة روسيا اليوم', false]]);
  });
  it('are never the land a state is named after: South Africa names no continent, South Sudan is not Sudan', () => {
    expect(nestedSpans('رئيس جنوب إفريقيا ورئيس جنوب السودان')).toEqual([
      ['south-africa', 'جنوب إفريقيا', false],
      ['south-sudan', 'جنوب السودان', false],
    ]);
  });
  it('are never the parent whose name a body carries as its own part', () => {
    // The council is part of the CSTO, whose short name «الأمن الجماعي» it holds.
    expect(nestedSpans('في دورة مجلس الأمن الجماعي للمنظمة')).toEqual([['csto-collective-security-council', 'مجلس الأمن الجماعي', false]]);
  });
});

describe('people after the noun of a place or body named after them (rules.namedAfterHeads)', () => {
  it('are the airport, university or street the lexicon lacks, not the person, behind a proclitic too', () => {
    const text = 'هبطت في مطار حيدر علييف الدولي، ودرس بجامعة توكاييف، ثم استقبل إلهام علييف الوفد في شارع حيدر علييف';
    expect(spans(text, bundle.match(text))).toEqual([['aliyev', 'إلهام علييف']]);
  });
  it('are the person elsewhere, and after other nouns', () => {
    const text = 'قال حيدر علييف إن مكتب نزارباييف أعلن';
    expect(spans(text, bundle.match(text)).map(([id]) => id)).toEqual(['heydar-aliyev', 'nazarbayev']);
  });
});

describe('short forms after a full name', () => {
  const lex = lexiconOf([
    entry('chinese-mfa', ['وزارة الخارجية الصينية'], { type: 'organization' }),
    entry('uzbek-mfa', ['وزارة الخارجية الأوزبكية'], { type: 'organization' }),
    entry('khalilzad', ['زلماي خليلزاد'], { type: 'person' }),
    entry('unifil', ['قوة الأمم المتحدة المؤقتة في لبنان'], { type: 'organization' }),
    entry('mujahid', ['ذبيح الله مجاهد'], { type: 'person' }),
    entry('yaqoob', ['محمد يعقوب', 'محمد يعقوب مجاهد'], { type: 'person' }),
    entry('khalil', ['خليل الرحمن حقاني'], { type: 'person' }),
    entry('xi', ['شي جين بينغ'], { type: 'person', short: ['شي'] }),
    entry('un', ['الأمم المتحدة'], { type: 'organization' }),
    entry('kabul', ['كابل'], { type: 'place' }),
    entry('unama', ['بعثة الأمم المتحدة في أفغانستان'], { type: 'organization' }),
    entry('uniraq', ['بعثة الأمم المتحدة في العراق'], { type: 'organization' }),
    entry('kabul-university', ['جامعة كابل الطبية'], { type: 'organization' }),
  ]);
  const m = compile(lex);
  const shortTag = readerOf(m);
  it('are no first words that end in an ordinal: «this summit, the first of its kind» is no name', () => {
    const summit = readerOf(compile(lexiconOf([entry('jeddah-2023', ['القمة الأولى الخليجية مع دول آسيا الوسطى'], { type: 'event' })])));
    expect(summit('انطلقت القمة الأولى الخليجية مع دول آسيا الوسطى، وتعد هذه القمة الأولى من نوعها')).toEqual([
      ['jeddah-2023', 'القمة الأولى الخليجية مع دول آسيا الوسطى'],
    ]);
  });
  it('read the first words of a longer name as that entry after the full name, when a name is in them', () => {
    expect(shortTag('أعلنت جامعة كابل الطبية ذلك، وقالت جامعة كابل إن الزيارة ناجحة')).toEqual([
      ['kabul-university', 'جامعة كابل الطبية'],
      ['kabul-university', 'جامعة كابل'],
    ]);
  });
  it("read no first words of a body's name that name nothing: «وزارة الخارجية» is what the text calls any ministry", () => {
    expect(shortTag('أعلنت وزارة الخارجية الصينية ذلك، وقالت وزارة الخارجية إن الزيارة ناجحة')).toEqual([['chinese-mfa', 'وزارة الخارجية الصينية']]);
  });
  it('read the split-off ending of a surname with the word before it, never alone: it ends other names («زاده», «أوغلو»)', () => {
    const text = 'قال عزيز نصير زاده إن رفاق اللواء حاجي زاده استشهدوا، وأكد نصير زاده ذلك';
    expect(spans(text, bundle.match(text)).map(([, s]) => s)).toEqual(['عزيز نصير زاده', 'حاجي زاده', 'نصير زاده']);
    const turks = 'التقى مولود جاويش أوغلو الوزير محمد محرم قصاب أوغلو، وقال جاويش أوغلو إن';
    expect(spans(turks, bundle.match(turks))).toEqual([
      ['cavusoglu', 'مولود جاويش أوغلو'],
      ['cavusoglu', 'جاويش أوغلو'],
    ]);
  });
  it('never read a surname that modern news uses as an ordinary word (rules.homographs: «مدني», «قانوني», «ترأس»)', () => {
    const text = 'قال إياد مدني إن المجتمع المدني يرحب. والتقى يونس قانوني في إطار قانوني، ثم ترأس الاجتماع بعد لقاء ليز تراس';
    expect(spans(text, bundle.match(text))).toEqual([
      ['iyad-madani', 'إياد مدني'],
      ['yunus-qanuni', 'يونس قانوني'],
      ['liz-truss', 'ليز تراس'],
    ]);
  });
  it('read a European surname with its particle as well as without it («دي مايو»), never a word the rules refuse («مايو»)', () => {
    const text = 'قال لويجي دي مايو في مايو الماضي إن، وأضاف دي مايو';
    expect(spans(text, bundle.match(text))).toEqual([
      ['luigi-di-maio', 'لويجي دي مايو'],
      ['luigi-di-maio', 'دي مايو'],
    ]);
  });
  it("read a person's short form before the full name that comes later in the text, as a headline's, not a body's", () => {
    expect(shortTag('خليلزاد يصل إلى الدوحة\nوصل المبعوث زلماي خليلزاد إلى الدوحة')).toEqual([
      ['khalilzad', 'خليلزاد'],
      ['khalilzad', 'زلماي خليلزاد'],
    ]);
    expect(shortTag('قالت وزارة الخارجية إن الوفد وصل، وأعلنت وزارة الخارجية الصينية')).toEqual([['chinese-mfa', 'وزارة الخارجية الصينية']]);
    // Never where another name took its words.
    expect(shortTag('خليلزاد يصل')).toEqual([]);
  });
  it('are the person the text names most when people share a surname, a relative named in passing not taking it', () => {
    const text = 'قتل الوزير خليل حقاني. وخليل حقاني هو عم وزير الداخلية سراج الدين حقاني. ويعد حقاني أبرز ضحية';
    expect(spans(text, bundle.match(text)).at(-1)).toEqual(['khalil-haqqani', 'حقاني']);
    const brothers = 'قال شهباز شريف إن الحكومة مستقرة. وأضاف شريف أن شقيقه نواز شريف يدعمه. وختم شريف كلمته';
    expect(spans(brothers, bundle.match(brothers)).at(-1)).toEqual(['shehbaz-sharif', 'شريف']);
  });
  it('read the last two of three names as one short form, never from half of a compound given name', () => {
    const m = compile(
      lexiconOf([entry('serdar', ['سردار بردي محمدوف'], { type: 'person' }), ...lex.entries.filter((e) => e.id === 'khalil' || e.id === 'mujahid')]),
    );
    const text = 'فاز سردار بردي محمدوف، وقال بردي محمدوف إن. والتقى خليل الرحمن حقاني وذبيح الله مجاهد، ثم قال الرحمن حقاني إن الله مجاهد';
    expect(spans(text, m.match(text))).toEqual([
      ['serdar', 'سردار بردي محمدوف'],
      ['serdar', 'بردي محمدوف'],
      ['khalil', 'خليل الرحمن حقاني'],
      ['mujahid', 'ذبيح الله مجاهد'],
      ['khalil', 'حقاني'],
      ['mujahid', 'مجاهد'],
    ]);
  });
  it("take a surname of two words that another person's entry lists alone for no given name: «باقري» of «باقري كني»", () => {
    const m = compile(lexiconOf([entry('kani', ['علي باقري كني', 'باقري كني'], { type: 'person' }), entry('bagheri', ['محمد باقري'], { type: 'person' })]));
    const text = 'حضر اللواء محمد باقري الافتتاح، وأعلن باقري تشكيل مجموعة عمل';
    expect(spans(text, m.match(text))).toEqual([
      ['bagheri', 'محمد باقري'],
      ['bagheri', 'باقري'],
    ]);
  });
  it("are never troops' first words, what any troops are called: «حرس الحدود», «قوات حفظ السلام»", () => {
    const text = 'وصلت قوات حفظ السلام الكازاخية إلى الجولان، وتسلمت قوات حفظ السلام المعدات من حرس الحدود الطاجيكي ثم عاد حرس الحدود';
    expect(spans(text, bundle.match(text)).map(([, s]) => s)).toEqual(['قوات حفظ السلام الكازاخية', 'الجولان', 'حرس الحدود الطاجيكي']);
  });
  it('are the entry named last when several full names share them', () => {
    const text = 'بعثة الأمم المتحدة في أفغانستان ثم بعثة الأمم المتحدة في العراق، وقالت بعثة الأمم المتحدة';
    expect(shortTag(text).at(-1)).toEqual(['uniraq', 'بعثة الأمم المتحدة']);
  });
  it("are not a body's short form when a nisba or «في» and a place follow, which name another owner", () => {
    const owners = compile(
      lexiconOf([...lex.entries, entry('russia', ['روسيا'], { type: 'country', nisba: ['روسي'] }), entry('tajikistan', ['طاجيكستان'], { type: 'country' })]),
    );
    const text = 'أعلنت وزارة الخارجية الصينية ذلك، ثم قالت وزارة الخارجية الروسية وكذلك وزارة الخارجية في طاجيكستان';
    expect(spans(text, owners.match(text))).toEqual([
      ['chinese-mfa', 'وزارة الخارجية الصينية'],
      ['russia', 'الروسية'],
      ['tajikistan', 'طاجيكستان'],
    ]);
  });
  it("are not the body named earlier when another thing's name follows them, whose head they are", () => {
    const agencies = compile(
      lexiconOf([entry('tasnim', ['وكالة أنباء تسنيم']), entry('novosti', ['نوفوستي']), entry('ivanov', ['سيرغي إيفانوف'], { type: 'person' })]),
    );
    const tagged = readerOf(agencies);
    expect(tagged('نقلت وكالة أنباء تسنيم الخبر عن وكالة أنباء نوفوستي')).toEqual([
      ['tasnim', 'وكالة أنباء تسنيم'],
      ['novosti', 'نوفوستي'],
    ]);
    // A person's name after it is who spoke to an agency, not which agency it is; and «وكالة أنباء» alone, "a news
    // agency", is no short form of the agency named earlier.
    expect(tagged('نقلت وكالة أنباء تسنيم الخبر، وقال لوكالة أنباء سيرغي إيفانوف')).toEqual([
      ['tasnim', 'وكالة أنباء تسنيم'],
      ['ivanov', 'سيرغي إيفانوف'],
    ]);
  });
  it("are still a person's short form before «في» and a place", () => {
    expect(shortTag('قال زلماي خليلزاد إن، وقال خليلزاد في لبنان')).toEqual([
      ['khalilzad', 'زلماي خليلزاد'],
      ['khalilzad', 'خليلزاد'],
    ]);
  });
  it('are nothing without the full name before them', () => {
    expect(shortTag('وقالت وزارة الخارجية إن الزيارة ناجحة، بحسب وزارة الخارجية الصينية')).toEqual([['chinese-mfa', 'وزارة الخارجية الصينية']]);
  });
  it('never shorten a name to the second half of a compound given name, or to a nisba it ends with', () => {
    const named = compile(
      lexiconOf([
        entry('fitrat', ['فصيح الدين'], { type: 'person' }),
        entry('tajik-emir', ['أبو عمر الطاجيكي'], { type: 'person' }),
        entry('tajikistan', ['طاجيكستان'], { type: 'country', nisba: ['طاجيكي'] }),
      ]),
    );
    expect(named.match('قال فصيح الدين إن الدين لله').map((x) => x.id)).toEqual(['fitrat']);
    expect(named.match('قُتل أبو عمر الطاجيكي، وقال الرئيس الطاجيكي').map((x) => [x.id, x.kind])).toEqual([
      ['tajik-emir', 'name'],
      ['tajikistan', 'nisba'],
    ]);
  });
  it("never read a surname alone that is another person's given name, but a half of a compound given name is none", () => {
    const named = compile(
      lexiconOf([
        entry('mahmoud-abbas', ['محمود عباس'], { type: 'person' }),
        entry('araghchi', ['عباس عراقجي'], { type: 'person' }),
        entry('rahmon', ['إمام علي رحمان'], { type: 'person' }),
        entry('lakanwal', ['رحمان الله لاكانوال'], { type: 'person' }),
      ]),
    );
    const tagged = readerOf(named);
    expect(tagged('قال محمود عباس إن عباس يرفض')).toEqual([['mahmoud-abbas', 'محمود عباس']]);
    expect(tagged('استقبل إمام علي رحمان الوفد، وقال رحمان إن')).toEqual([
      ['rahmon', 'إمام علي رحمان'],
      ['rahmon', 'رحمان'],
    ]);
  });
  it("shorten «X بن Y» to «بن Y», never to the father's name, and never to a regnal number", () => {
    const arab = compile(
      lexiconOf([
        entry('mbs', ['محمد بن سلمان'], { type: 'person' }),
        entry('abdullah-ii', ['عبد الله الثاني'], { type: 'person' }),
        entry('tamim', ['تميم بن حمد آل ثاني'], { type: 'person' }),
      ]),
    );
    const tagged = readerOf(arab);
    expect(tagged('استقبل محمد بن سلمان الوفد، وقال بن سلمان إن سلمان')).toEqual([
      ['mbs', 'محمد بن سلمان'],
      ['mbs', 'بن سلمان'],
    ]);
    expect(tagged('زار عبد الله الثاني موسكو في كانون الثاني')).toEqual([['abdullah-ii', 'عبد الله الثاني']]);
    expect(tagged('التقى تميم بن حمد آل ثاني الوفد، ثم زار ثاني مدينة، وقال تميم بن حمد إن')).toEqual([
      ['tamim', 'تميم بن حمد آل ثاني'],
      ['tamim', 'تميم بن حمد'],
    ]);
  });
  it("read a surname listed as one person's name as another's after that one's full name, and none of the first's", () => {
    const aripovs = compile(
      lexiconOf([entry('abdulla-aripov', ['عبد الله أريبوف', 'أريبوف'], { type: 'person' }), entry('eldor-aripov', ['إلدور أريبوف'], { type: 'person' })]),
    );
    const tagged = readerOf(aripovs);
    expect(tagged('قال إلدور أريبوف مدير المعهد إن الحوار مهم، وأضاف أريبوف أن')).toEqual([
      ['eldor-aripov', 'إلدور أريبوف'],
      ['eldor-aripov', 'أريبوف'],
    ]);
    expect(tagged('وقال رئيس الوزراء أريبوف إن')).toEqual([['abdulla-aripov', 'أريبوف']]);
    // Where the page names both in full, the listed name stays its own.
    expect(tagged('التقى عبد الله أريبوف إلدور أريبوف، ثم قال أريبوف إن')).toEqual([
      ['abdulla-aripov', 'عبد الله أريبوف'],
      ['eldor-aripov', 'إلدور أريبوف'],
      ['abdulla-aripov', 'أريبوف'],
    ]);
  });
  it("never shorten a name to its last two words where they are anyone's name («محمد منصور»)", () => {
    const many = ['محمد عباس', 'محمد علي', 'محمد نور', 'محمد حسن', 'محمد خالد', 'محمد سعيد', 'محمد يونس', 'محمد رضا'];
    const named = compile(
      lexiconOf(
        [
          entry('akhtar-mansour', ['أختر محمد منصور'], { type: 'person' }),
          entry('tokayev', ['قاسم جومارت توكاييف'], { type: 'person' }),
          ...many.map((name, i) => entry(`mohammad-${i}`, [name], { type: 'person' })),
        ],
        { titles: ['العميد'] },
      ),
    );
    const tagged = readerOf(named);
    // A title vouches for a short form as for a full name: not for one that is anyone's full name.
    expect(tagged('وقال العميد محمد منصور إن')).toEqual([]);
    expect(tagged('وقال العميد جومارت توكاييف إن')).toEqual([['tokayev', 'جومارت توكاييف']]);
    expect(tagged('وصل قاسم جومارت توكاييف، وقال جومارت توكاييف إن')).toEqual([
      ['tokayev', 'قاسم جومارت توكاييف'],
      ['tokayev', 'جومارت توكاييف'],
    ]);
  });
  it("read a sheikh's given name alone after a title or a verb of saying and his full name, if few people hold it", () => {
    const royals = compile(
      lexiconOf(
        [
          entry('tamim', ['تميم بن حمد آل ثاني'], { type: 'person' }),
          entry('mbz', ['محمد بن زايد'], { type: 'person' }),
          entry('mbs', ['محمد بن سلمان'], { type: 'person' }),
          entry('mohammed-morsi', ['محمد مرسي'], { type: 'person' }),
        ],
        { titles: ['الشيخ', 'الأمير'], speechVerbs: ['قال'] },
      ),
    );
    const tagged = readerOf(royals);
    expect(tagged('وصل الشيخ تميم بن حمد آل ثاني إلى سمرقند، ثم زار الشيخ تميم المرصد، وقال تميم إن')).toEqual([
      ['tamim', 'تميم بن حمد آل ثاني'],
      ['tamim', 'تميم'],
      ['tamim', 'تميم'],
    ]);
    // Not before the full name, nor without a title or a verb of saying.
    expect(tagged('زار الشيخ تميم سمرقند')).toEqual([]);
    expect(tagged('التقى تميم بن حمد آل ثاني الوفد، وكان تميم في الدوحة')).toEqual([['tamim', 'تميم بن حمد آل ثاني']]);
    // «محمد» opens the names of too many people to stand for one of them.
    expect(tagged('استقبل محمد بن زايد الوفد، وقال الشيخ محمد إن')).toEqual([['mbz', 'محمد بن زايد']]);
  });
  it("read a person's short form after a title even without the full name, if one person has it", () => {
    const titled = compile(lexiconOf(lex.entries, { ...lex.rules, titles: ['الشيخ', 'الرئيس'] }));
    const tagged = readerOf(titled);
    // Then the same short form is the person before and after it, as after a full name.
    expect(tagged('أصدر الشيخ خليل الرحمن مرسوما، وقال خليل الرحمن إن')).toEqual([
      ['khalil', 'خليل الرحمن'],
      ['khalil', 'خليل الرحمن'],
    ]);
    expect(tagged('قتل خليل الرحمن أمس. وكان الشيخ خليل الرحمن وزيرا')).toEqual([
      ['khalil', 'خليل الرحمن'],
      ['khalil', 'خليل الرحمن'],
    ]);
    expect(tagged('قتل خليل الرحمن أمس')).toEqual([]);
    // A one-word short form is as often someone else's first name.
    expect(tagged('وقال الرئيس خليلزاد إن')).toEqual([]);
    // Without the title rule, the same text names nobody.
    expect(shortTag('أصدر الشيخ خليل الرحمن مرسوما')).toEqual([]);
  });
  it("are not another body's name where the text says whose body it is", () => {
    const owned = compile(lexiconOf(lex.entries, { ...lex.rules, ownerWords: ['التابعة'] }));
    const tagged = readerOf(owned);
    expect(tagged('أعلنت جامعة كابل الطبية ذلك، وقالت جامعة كابل التابعة لطالبان إن')).toEqual([
      ['kabul-university', 'جامعة كابل الطبية'],
      ['kabul', 'كابل'],
    ]);
    expect(tagged('أعلنت جامعة كابل الطبية ذلك، وقالت جامعة كابل إن')).toEqual([
      ['kabul-university', 'جامعة كابل الطبية'],
      ['kabul-university', 'جامعة كابل'],
    ]);
  });
  it('are a title after a word of office, naming only what their name holds', () => {
    const bodies = lexiconOf([entry('tm-mfa', ['خارجية تركمانستان']), entry('turkmenistan', ['تركمانستان'], { type: 'country' })], {
      officeWords: ['وزير', 'وزراء'],
    });
    const tagged = readerOf(compile(bodies));
    expect(tagged('التقى وزير خارجية تركمانستان نظيره، ووزراء خارجية تركمانستان السابقون')).toEqual([
      ['turkmenistan', 'تركمانستان'],
      ['turkmenistan', 'تركمانستان'],
    ]);
    expect(tagged('وقالت خارجية تركمانستان في بيان')).toEqual([['tm-mfa', 'خارجية تركمانستان']]);
    // A name with nothing inside it stays what it is: «رئيس وزراء تركمانستان» names the country.
    expect(tagged('وقال رئيس وزراء تركمانستان')).toEqual([['turkmenistan', 'تركمانستان']]);
    // Without the rule, the minister's title reads as the ministry.
    expect(spans('وزير خارجية تركمانستان', compile(lexiconOf(bodies.entries)).match('وزير خارجية تركمانستان'))).toEqual([['tm-mfa', 'خارجية تركمانستان']]);
  });
  it("read a person's last name after the full name, a name of five letters or more", () => {
    expect(shortTag('التقى زلماي خليلزاد الوفد، وقال خليلزاد إن')).toEqual([
      ['khalilzad', 'زلماي خليلزاد'],
      ['khalilzad', 'خليلزاد'],
    ]);
    expect(shortTag('وقال خليلزاد إن')).toEqual([]);
  });
  it('are the person last named with a name that holds the short form, not one named since by another name', () => {
    const text = 'قال ذبيح الله مجاهد إن محمد يعقوب عين وزيرا، وقال مجاهد إن';
    expect(shortTag(text).at(-1)).toEqual(['mujahid', 'مجاهد']);
    // Named in full by the name that holds it, the one named last is the one meant.
    expect(shortTag('قال ذبيح الله مجاهد إن محمد يعقوب مجاهد عين وزيرا، وقال ومجاهد').at(-1)).toEqual(['yaqoob', 'مجاهد']);
  });
  it("read a person's given names of two words or more after the full name", () => {
    expect(shortTag('قال خليل الرحمن حقاني إن الوزير، وقتل خليل الرحمن في انفجار')).toEqual([
      ['khalil', 'خليل الرحمن حقاني'],
      ['khalil', 'خليل الرحمن'],
    ]);
    expect(shortTag('وقتل خليل الرحمن في انفجار')).toEqual([]);
  });
  it('read a short form the entry lists, such as a family name written first, only after the full name', () => {
    expect(shortTag('التقى شي جين بينغ نظيره، وقال شي إن')).toEqual([
      ['xi', 'شي جين بينغ'],
      ['xi', 'شي'],
    ]);
    expect(shortTag('وقال شي إن')).toEqual([]);
  });
  it('are never a generic phrase the rules list (a railway, a pipeline), whatever was named before', () => {
    const text = 'افتتح خط سكة حديد باكو-تبيليسي-قارص، وتخطط الحكومة لمد سكة حديد جديدة وخط أنابيب للغاز.';
    expect(bundle.match(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([['baku-tbilisi-kars-railway', 'خط سكة حديد باكو-تبيليسي-قارص']]);
  });
  it('never stop on a preposition inside a name', () => {
    expect(shortTag('قوة الأمم المتحدة المؤقتة في لبنان، ثم قوة الأمم المتحدة المؤقتة في الجنوب')).toEqual([
      ['unifil', 'قوة الأمم المتحدة المؤقتة في لبنان'],
      ['unifil', 'قوة الأمم المتحدة المؤقتة'],
    ]);
  });
  it('never stop on the plural that waits for whose summit it is («قمة رؤساء»)', () => {
    const text = 'انطلقت قمة رؤساء دول رابطة الدول المستقلة في أستانا 2022، ويحضر القمة رؤساء الدول الأعضاء.';
    expect(bundle.match(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['cis-summit-astana-2022', 'قمة رؤساء دول رابطة الدول المستقلة في أستانا 2022'],
    ]);
  });
  it("never stop on the noun of an outlet's kind that waits for whose it is («وكالة أنباء»)", () => {
    const text = 'ذكرت وكالة أنباء فارس أن الهجوم وقع ليلا، ونقلت وكالة أنباء محلية عن شهود أن';
    expect(bundle.match(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([['fars-news-agency', 'وكالة أنباء فارس']]);
  });
});

describe("an international body's name before a nationality", () => {
  const m = compile(
    lexiconOf(
      [
        entry('unsc', ['مجلس الأمن'], { type: 'organization' }),
        entry('russian-sc', ['مجلس الأمن الروسي'], { type: 'organization' }),
        entry('armenia', ['أرمينيا'], { type: 'country', nisba: ['أرمني', 'أرمن'] }),
      ],
      { nationalBodies: { names: ['مجلس الأمن'], qualifiers: ['القومي'] } },
    ),
  );
  const ids = (text: string) => m.match(text).map((x) => x.id);
  it("is a state's own body before a nisba adjective or a qualifier, and the nisba still names the country", () => {
    expect(ids('قال أمين مجلس الأمن الأرمني إن')).toEqual(['armenia']);
    expect(ids('اجتمع مجلس الأمن القومي أمس')).toEqual([]);
  });
  it("is the international body before anything else, a people's name included", () => {
    expect(ids('دعا مجلس الأمن الأرمن إلى الحوار')).toEqual(['unsc', 'armenia']);
    expect(ids('دعا مجلس الأمن إلى الحوار')).toEqual(['unsc']);
  });
  it("is the state's body the lexicon holds, by the longest name", () => {
    expect(ids('قال مجلس الأمن الروسي إن')).toEqual(['russian-sc']);
  });
});

describe('editions of a recurring meeting', () => {
  const m = compile(
    lexiconOf([
      entry('ca-meeting', ['الاجتماع التشاوري لرؤساء دول آسيا الوسطى'], { type: 'event' }),
      entry('ca-meeting-6', ['الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى'], { type: 'event' }),
      entry('ots-summit', ['قمة منظمة الدول التركية'], { type: 'event' }),
    ]),
  );
  const tagged = readerOf(m);
  it('read a numbered edition the lexicon lacks as the series, the number inside the name', () => {
    expect(tagged('انعقد الاجتماع التشاوري السابع لرؤساء دول آسيا الوسطى')).toEqual([['ca-meeting', 'الاجتماع التشاوري السابع لرؤساء دول آسيا الوسطى']]);
    expect(tagged('افتتحت قمة الثانية عشرة منظمة الدول التركية')).toEqual([['ots-summit', 'قمة الثانية عشرة منظمة الدول التركية']]);
    expect(tagged('افتتحت قمة الـ12 منظمة الدول التركية')).toEqual([['ots-summit', 'قمة الـ12 منظمة الدول التركية']]);
  });
  it('read the edition the lexicon holds as that edition', () => {
    expect(tagged('انعقد الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى')).toEqual([['ca-meeting-6', 'الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى']]);
  });
  it('read an edition the lexicon holds in words when the page writes its number in digits, and the reverse never', () => {
    expect(tagged('انعقد الاجتماع التشاوري الـ6 لرؤساء دول آسيا الوسطى')).toEqual([['ca-meeting-6', 'الاجتماع التشاوري الـ6 لرؤساء دول آسيا الوسطى']]);
    expect(tagged('انعقد الاجتماع التشاوري 6 لرؤساء دول آسيا الوسطى')).toEqual([['ca-meeting-6', 'الاجتماع التشاوري 6 لرؤساء دول آسيا الوسطى']]);
  });
  it('read a word for "year" before a name\'s year as the name without it', () => {
    const dated = compile(lexiconOf([entry('summit-2022', ['قمة يريفان 2022'], { type: 'event' })]));
    expect(spans('في قمة يريفان عام 2022 رفض', dated.match('في قمة يريفان عام 2022 رفض'))).toEqual([['summit-2022', 'قمة يريفان عام 2022']]);
    expect(dated.match('في قمة يريفان عام 2023 رفض').map((x) => x.id)).toEqual([]);
  });
  it('skip only an ordinal: another word inside the name breaks it', () => {
    expect(tagged('انعقد الاجتماع التشاوري الطارئ لرؤساء دول آسيا الوسطى')).toEqual([]);
  });
});

describe('variant letters deep in a name', () => {
  const m = compile(lexiconOf([entry('muttaqi', ['أمير خان متقي'], { type: 'person' }), entry('party', ['حزب متقي'], { type: 'organization' })]));
  const tagged = (text: string) => approximateSpans(text, m.match(text));
  it('read a word that sounds alike letter by letter (ق for ك) after two words of the name read exactly, and say so', () => {
    expect(tagged('قال أمير خان متكي إن')).toEqual([['muttaqi', 'أمير خان متكي', true]]);
  });
  it('do not read one after a single word of the name, which vouches for too little', () => {
    expect(tagged('قال حزب متقي إن حزب متكي')).toEqual([['party', 'حزب متقي', false]]);
  });
});

describe('a surname that is also a common word or a given name, after a verb of saying (rules.speechVerbs)', () => {
  const m = compile(
    lexiconOf(
      [
        entry('dar', ['إسحاق دار'], { type: 'person' }),
        entry('raisi', ['إبراهيم رئيسي'], { type: 'person' }),
        entry('massoud', ['أحمد مسعود'], { type: 'person' }),
        entry('barzani', ['مسعود بارزاني'], { type: 'person' }),
      ],
      { speechVerbs: ['قال', 'أضاف'], homographs: { رييسي: { en: 'main', ar: 'أساسي' } } },
    ),
  );
  const read = readerOf(m);
  it('is the person the page named in full, after the verb, its conjunction و aside', () => {
    expect(read('قال إسحاق دار إن الحوار مستمر. وقال دار أمس إن')).toEqual([
      ['dar', 'إسحاق دار'],
      ['dar', 'دار'],
    ]);
    expect(read('التقى إبراهيم رئيسي الوفد. وأضاف رئيسي أن')).toEqual([
      ['raisi', 'إبراهيم رئيسي'],
      ['raisi', 'رئيسي'],
    ]);
    expect(read('أكد أحمد مسعود ذلك. وقال مسعود إن')).toEqual([
      ['massoud', 'أحمد مسعود'],
      ['massoud', 'مسعود'],
    ]);
  });
  it('is an ordinary word elsewhere, even after the full name: «دار الأيتام», «دور رئيسي»', () => {
    expect(read('قال إسحاق دار إن دار الأيتام مغلقة')).toEqual([['dar', 'إسحاق دار']]);
    expect(read('قال إبراهيم رئيسي إن لإيران دور رئيسي')).toEqual([['raisi', 'إبراهيم رئيسي']]);
  });
  it('is the person in quotation marks of its own, after the full name', () => {
    expect(read('اتصل إبراهيم رئيسي بنظيره. وتبادل “رئيسي” التهاني')).toEqual([
      ['raisi', 'إبراهيم رئيسي'],
      ['raisi', 'رئيسي'],
    ]);
    expect(read('تبادل "رئيسي" التهاني')).toEqual([]);
  });
  it('is nothing where the page has not named the person in full', () => {
    expect(read('وقال دار إن الحوار مستمر')).toEqual([]);
  });
});

describe('a surname that is also a common word, after a title (rules.titles, rules.titleQualifiers)', () => {
  const m = compile(
    lexiconOf([entry('rahmon', ['إمام علي رحمن'], { type: 'person' }), entry('tajikistan', ['طاجيكستان'], { type: 'country', nisba: ['طاجيكي'] })], {
      titles: ['الرئيس'],
      titleQualifiers: ['الحالي'],
      homographs: { رحمن: { en: 'merciful', ar: 'رحيم' } },
    }),
  );
  const read = readerOf(m);
  const named = 'فاز إمام علي رحمن بولاية خامسة. ';
  it('is the person the page named in full, right after the title or after a nisba or a listed word that follows it', () => {
    expect(read(named + 'وحصل الرئيس رحمن على')).toEqual([
      ['rahmon', 'إمام علي رحمن'],
      ['rahmon', 'رحمن'],
    ]);
    expect(read(named + 'وحصل الرئيس الحالي رحمن على')).toEqual([
      ['rahmon', 'إمام علي رحمن'],
      ['rahmon', 'رحمن'],
    ]);
    expect(read(named + 'وقال الرئيس الطاجيكي رحمن')).toEqual([
      ['rahmon', 'إمام علي رحمن'],
      ['tajikistan', 'الطاجيكي'],
      ['rahmon', 'رحمن'],
    ]);
  });
  it('is the person after a title of two words («آية الله»)', () => {
    const twoWords = readerOf(
      compile(
        lexiconOf([entry('raisi', ['إبراهيم رئيسي'], { type: 'person' })], {
          titles: ['آية الله'],
          homographs: { رييسي: { en: 'main', ar: 'أساسي' } },
        }),
      ),
    );
    expect(twoWords('استقبل إبراهيم رئيسي الوفد. منذ زيارة آية الله رئيسي إلى')).toEqual([
      ['raisi', 'إبراهيم رئيسي'],
      ['raisi', 'رئيسي'],
    ]);
    expect(twoWords('استقبل إبراهيم رئيسي الوفد. وقال الله رئيسي')).toEqual([['raisi', 'إبراهيم رئيسي']]);
  });
  it('is the common word after any other word between, and where the page has not named the person', () => {
    expect(read(named + 'إن الرئيس الله رحمن')).toEqual([['rahmon', 'إمام علي رحمن']]);
    expect(read('وحصل الرئيس رحمن على')).toEqual([]);
  });
});

describe("a person's full name transliterated another way", () => {
  const m = compile(
    lexiconOf([
      entry('grandi', ['فيليبو غراندي'], { type: 'person' }),
      entry('kurbanov', ['بهادر قربانوف'], { type: 'person' }),
      entry('khalimov', ['غولمورود خاليموف', 'غولمرود حليموف'], { type: 'person' }),
      entry('abbas', ['محمود عباس'], { type: 'person' }),
      entry('muhammad', ['محمد يوسف'], { type: 'person' }),
      entry('sulaimani', ['قاسم سليماني'], { type: 'person' }),
      entry('isaev-a', ['كانات إيساييف'], { type: 'person' }),
      entry('isaev-b', ['كانات بوزومباييف'], { type: 'person' }),
      entry('isaev-c', ['كانات سادييف'], { type: 'person' }),
      entry('isaev-d', ['كانات ساوداباييف'], { type: 'person' }),
      entry('khudoyorzoda', ['بختيار خودورزودة'], { type: 'person' }),
      entry('amu-darya', ['جيحون'], { type: 'place' }),
      entry('bayramov', ['جيحون بيراموف'], { type: 'person' }),
    ]),
  );
  const tagged = (text: string) => approximateSpans(text, m.match(text));
  it('is read when one word stands as listed and the others differ in long vowels, near consonants and doubles, and says so', () => {
    expect(tagged('قال فليبو غراندي إن')).toEqual([['grandi', 'فليبو غراندي', true]]);
    expect(tagged('التقى باهودير قربانوف أمس')).toEqual([['kurbanov', 'باهودير قربانوف', true]]);
  });
  it('leaves a proclitic on the first word outside the name', () => {
    expect(tagged('وصل وباهودير قربانوف')).toEqual([['kurbanov', 'باهودير قربانوف', true]]);
  });
  it("takes a word from another of the same person's names", () => {
    expect(tagged('بايع غولمورود حليموف التنظيم')).toEqual([['khalimov', 'غولمورود حليموف', true]]);
  });
  it("does not read a word that opens another person's name: «محمد عباس» is not «محمود عباس»", () => {
    expect(tagged('قال محمد عباس إن')).toEqual([]);
  });
  it('keeps the edges of each word: «قاسم سليمان» is not «قاسم سليماني»', () => {
    expect(tagged('قال قاسم سليمان إن')).toEqual([]);
  });
  it('needs the listed word to be one few names hold: «كانات» opens four names here, the surname one', () => {
    expect(tagged('قال قانات إيساييف إن')).toEqual([['isaev-a', 'قانات إيساييف', true]]);
    expect(tagged('قال كانات أيسايف إن')).toEqual([]);
  });
  it('does not read across a full stop', () => {
    expect(tagged('قال فليبو. غراندي إن')).toEqual([]);
  });
  it('is read where its listed word is a name of its own: «جيحون بايراموف» is the minister, not the river «جيحون»', () => {
    expect(tagged('قال جيحون بايراموف إن')).toEqual([['bayramov', 'جيحون بايراموف', true]]);
    expect(tagged('عبر جيحون إلى الجنوب')).toEqual([['amu-darya', 'جيحون', false]]);
  });
  it('reads the patronymic ending of a Tajik surname in any of its spellings, joined to the name or apart', () => {
    expect(tagged('قال بختيار خدايارزاده إن')).toEqual([['khudoyorzoda', 'بختيار خدايارزاده', true]]);
    expect(tagged('قال بختيار خدایار زاده إن')).toEqual([['khudoyorzoda', 'بختيار خدایار زاده', true]]);
    expect(tagged('قال بختيار خودور زودا إن')).toEqual([['khudoyorzoda', 'بختيار خودور زودا', true]]);
    // Without the ending, or with another word after the name, it is someone else.
    expect(tagged('قال بختيار خدايار إن')).toEqual([]);
    expect(tagged('قال بختيار خدايار زاهد إن')).toEqual([]);
  });
});

describe("a father's name between a person's given name and surname", () => {
  const m = compile(
    lexiconOf([
      entry('ilham', ['إلهام علييف'], { type: 'person' }),
      entry('heydar', ['حيدر علييف'], { type: 'person' }),
      entry('baku', ['باكو'], { type: 'place' }),
      entry('osmani', ['بوجار عثماني'], { type: 'person' }),
      entry('usmani', ['تقي عثماني'], { type: 'person' }),
    ]),
  );
  const read = (text: string) => spans(text, m.match(text));
  it('makes the name the son’s, not the father’s: «إلهام حيدر علييف» is Ilham Aliyev', () => {
    expect(read('قال إلهام حيدر علييف إن')).toEqual([['ilham', 'إلهام حيدر علييف']]);
    expect(read('وقال وإلهام حيدر علييف')).toEqual([['ilham', 'إلهام حيدر علييف']]);
  });
  it('leaves the father his own name, and a word before it that makes no name with the surname', () => {
    expect(read('أسس حيدر علييف الدولة')).toEqual([['heydar', 'حيدر علييف']]);
    expect(read('في باكو حيدر علييف')).toEqual([
      ['baku', 'باكو'],
      ['heydar', 'حيدر علييف'],
    ]);
    expect(read('قال إلهام. حيدر علييف')).toEqual([['heydar', 'حيدر علييف']]);
    // «التقى» (met) read with an article is no given name: «تقي عثماني» takes none.
    expect(read('والتقى بوجار عثماني الرئيس')).toEqual([['osmani', 'بوجار عثماني']]);
  });
});

describe('a nisba written into a name', () => {
  const m = compile(
    lexiconOf([
      entry('cmd', ['المنطقة العسكرية الوسطى'], { type: 'military' }),
      entry('russia', ['روسيا'], { type: 'country', nisba: ['روسي'] }),
      entry('mir-ali', ['مير علي'], { type: 'place' }),
      entry('mir-hamza', ['مير حمزة'], { type: 'person' }),
    ]),
  );
  it("is not read past inside a place's or a person's name: «بطاقات مير الروسية على» is no «مير علي»", () => {
    const text = 'انتشرت بطاقات مير الروسية على أراضيها، وقال مير الروسية حمزة';
    expect(spans(text, m.match(text))).toEqual([
      ['russia', 'الروسية'],
      ['russia', 'الروسية'],
    ]);
  });
  it('is read past, as the name without it', () => {
    const text = 'أعلنت قيادة المنطقة العسكرية الروسية الوسطى';
    expect(spans(text, m.match(text))).toEqual([['cmd', 'المنطقة العسكرية الروسية الوسطى']]);
  });
  it('ends nothing where the name does not go on after it', () => {
    const text = 'في المنطقة العسكرية الروسية';
    expect(spans(text, m.match(text))).toEqual([['russia', 'الروسية']]);
  });
  it('is not read past before «في»: the nisba says whose body stands in the place named after it', () => {
    const text = 'وصلت مجموعة حرس الحدود الروسية في طاجيكستان';
    expect(tag(text)).toEqual([
      ['fsb-border-service', 'حرس الحدود الروسية'],
      ['tajikistan', 'طاجيكستان'],
    ]);
    expect(tag('قال حرس الحدود في طاجيكستان')).toContainEqual(['tajik-border-troops', 'حرس الحدود في طاجيكستان']);
  });
});

describe('the article before a name', () => {
  it("is never added to a person's name, as it may be to a place's", () => {
    const m = compile(
      lexiconOf([
        entry('modi', ['مودي'], { type: 'person' }),
        entry('muttaqi', ['أمير خان متقي'], { type: 'person' }),
        entry('usmani', ['تقي عثماني'], { type: 'person' }),
        entry('levant', ['شام'], { type: 'place' }),
      ]),
    );
    const text = 'الطريق المؤدي إلى الشام، وقال مودي إن';
    expect(spans(text, m.match(text))).toEqual([
      ['levant', 'الشام'],
      ['modi', 'مودي'],
    ]);
    // Nor one of two words: «التقى» is "met".
    expect(m.match('التقى عثماني بالوزير')).toEqual([]);
    expect(spans('قال تقي عثماني', m.match('قال تقي عثماني'))).toEqual([['usmani', 'تقي عثماني']]);
    // In a longer name, the other words vouch for the first word with the article.
    expect(spans('وقال الأمير خان متقي', m.match('وقال الأمير خان متقي'))).toEqual([['muttaqi', 'الأمير خان متقي']]);
  });
  it('is never added to a head noun before a name in apposition: «الولاية هرات» is the province, then Herat', () => {
    const m = compile(
      lexiconOf([entry('herat-province', ['ولاية هرات'], { type: 'place' }), entry('herat', ['هرات'], { type: 'place' })], { headNouns: ['ولاية'] }),
    );
    expect(spans('عاصمة الولاية هرات', m.match('عاصمة الولاية هرات'))).toEqual([['herat', 'هرات']]);
    expect(spans('في ولاية هرات', m.match('في ولاية هرات'))).toEqual([['herat-province', 'ولاية هرات']]);
    // Before an ordinal the head noun with its article still opens the name.
    const summit = 'انطلقت القمة الأولى “آسيا الوسطى – الاتحاد الأوروبي” في سمرقند';
    expect(bundle.match(summit)[0]!.id).toBe('eu-central-asia-summit');
  });
  it('is never an alif with a hamza: «إلهامي» is the name Ilhami, not the article and Hami', () => {
    const m = compile(lexiconOf([entry('hami', ['هامي'], { type: 'place' }), entry('un', ['الأمم المتحدة'], { type: 'organization' })]));
    const text = 'قال إلهامي إن الطريق إلى الهامي يمر عبر وادي أم الهامي، وللأمم المتحدة مكتب';
    expect(spans(text, m.match(text))).toEqual([
      ['hami', 'الهامي'],
      ['hami', 'الهامي'],
      ['un', 'أمم المتحدة'],
    ]);
  });
});

describe('a plural head noun before a list of places (rules.pluralHeads)', () => {
  it('stands before each name of the list: a city that shares its name with its province is the province there', () => {
    const ids = (text: string) => bundle.match(text).map((m) => m.id);
    expect(ids('أرسلت الحركة قوات إلى إقليمي بدخشان وقندوز')).toEqual(['badakhshan-province', 'kunduz-province']);
    expect(ids('هجمات في ولايات هلمند وقندهار، وهرات')).toEqual(['helmand-province', 'kandahar-province', 'herat-province']);
    // Without the head, or once the list has ended, the city.
    expect(ids('وصل الوفد إلى قندوز وهرات')).toEqual(['kunduz', 'herat']);
    expect(ids('في ولايتي هلمند وقندهار. ثم وصل إلى هرات')).toEqual(['helmand-province', 'kandahar-province', 'herat']);
    expect(ids('قصفت القوات مناطق باتكين وأوش الجنوبية')).toEqual(['batken-region', 'osh-region']);
    // A river that shares its name with a town.
    expect(ids('الحدود على نهري بانج وآمو داريا')).toEqual(['panj-river', 'amu-darya']);
    expect(ids('وصل الوفد إلى بانج')).toEqual(['panj']);
  });
});

describe("a governor's title before a place (rules.governorTitles)", () => {
  it('makes a name a city shares with its province the province, and leaves other names alone', () => {
    const ids = (text: string) => bundle.match(text).map((m) => m.id);
    expect(ids('قال حاكم هرات إن المشروع سينتهي')).toEqual(['herat-province']);
    expect(ids('اجتمع والي قندهار ووالي هرات')).toEqual(['kandahar-province', 'herat-province']);
    expect(ids('قال المسؤول في هرات إن حاكم قطر وصل')).toEqual(['herat', 'qatar']);
  });
});

describe("a common word that is also a country's bare name (rules.countryWords)", () => {
  it('is the country where the text lists it with another country, before or after it', () => {
    expect(tag('نشرت روسيا قوات في إفريقيا الوسطى ومالي')).toEqual([
      ['russia', 'روسيا'],
      ['central-african-republic', 'إفريقيا الوسطى'],
      ['mali', 'مالي'],
    ]);
    expect(tag('دول الساحل: مالي، بوركينا فاسو والنيجر')).toEqual([
      ['mali', 'مالي'],
      ['burkina-faso', 'بوركينا فاسو'],
      ['niger', 'النيجر'],
    ]);
    expect(tag('وصلت قوات إلى بنين وتوغو')).toEqual([
      ['benin', 'بنين'],
      ['togo', 'توغو'],
    ]);
  });
  it('is the country after a place cue once the text has named it for sure', () => {
    expect(tag('أعلنت جمهورية مالي أن قوات فاغنر تعمل في مالي منذ 2021')).toEqual([
      ['mali', 'جمهورية مالي'],
      ['wagner-group', 'فاغنر'],
      ['mali', 'مالي'],
    ]);
  });
  it('stays a common word otherwise: beside a nisba, another word or an unnamed country', () => {
    expect(tag('قدمت روسيا دعما عسكريا ومالي')).toEqual([['russia', 'روسيا']]);
    expect(tag('تلقت روسيا دعم مالي كبير')).toEqual([['russia', 'روسيا']]);
    expect(tag('دعم روسي ومالي للحكومة')).toEqual([['russia', 'روسي']]);
    expect(tag('قوات فاغنر تعمل في مالي منذ 2021')).toEqual([['wagner-group', 'فاغنر']]);
    expect(tag('أودعت في روسيا مالي كله')).toEqual([['russia', 'روسيا']]);
  });
});

describe('a name that opens with a compass word (rules.directionWords)', () => {
  it('gives way to a longer name starting at its next word', () => {
    expect(tag('قتل مدنيون في جنوب أفريقيا الوسطى')).toEqual([['central-african-republic', 'أفريقيا الوسطى']]);
    expect(tag('تمتد الحدود في جنوب آسيا الوسطى')).toEqual([['central-asia', 'آسيا الوسطى']]);
    expect(tag('وشرق آسيا الوسطى')).toEqual([['central-asia', 'آسيا الوسطى']]);
  });
  it('is read whole where no longer name follows', () => {
    expect(tag('وصل الوفد إلى جنوب أفريقيا أمس')).toEqual([['south-africa', 'جنوب أفريقيا']]);
    expect(tag('دول جنوب آسيا وآسيا الوسطى')).toEqual([
      ['south-asia', 'جنوب آسيا'],
      ['central-asia', 'آسيا الوسطى'],
    ]);
  });
});

describe("an outlet's short name quoted after a verb of saying or a word of attribution", () => {
  it('is the outlet, though the words are blocked as a name elsewhere', () => {
    expect(tag('وذكرت “روسيا اليوم” أن الخارجية الإيرانية طلبت')).toEqual([
      ['rt', 'روسيا اليوم'],
      ['iranian-foreign-ministry', 'الخارجية الإيرانية'],
    ]);
    expect(tag('بحسب «روسيا اليوم»، فإن')).toEqual([['rt', 'روسيا اليوم']]);
    expect(tag('وأفادت "الديار" بأن')).toEqual([['ad-diyar-lebanon', 'الديار']]);
  });
  it('is not the outlet without the quotation marks or the verb', () => {
    expect(tag('تواجه روسيا اليوم أزمة')).toEqual([]);
    expect(tag('ذكرت روسيا اليوم أن')).toEqual([]);
    expect(tag('وأفادت الديار بأن')).toEqual([]);
    expect(tag('في “روسيا اليوم” أزمة')).toEqual([]);
  });
});

describe('a space moved inside a name', () => {
  const m = compile(
    lexiconOf([
      entry('serdar', ['سردار بردي محمدوف'], { type: 'person' }),
      entry('tileuberdi', ['مختار تلوبردي'], { type: 'person' }),
      entry('un', ['الأمم المتحدة'], { type: 'organization' }),
      entry('sistan', ['سيستان وبلوشستان'], { type: 'place' }),
      entry('balochistan', ['بلوشستان'], { type: 'place' }),
    ]),
  );
  const tagged = (text: string) => approximateSpans(text, m.match(text));
  it('reads «و» written apart from the next word of the name', () => {
    expect(tagged('في سيستان و بلوشستان أمس')).toEqual([['sistan', 'سيستان و بلوشستان', true]]);
    // Not across punctuation: there the name after it stands alone.
    expect(tagged('في سيستان و، بلوشستان')).toEqual([['balochistan', 'بلوشستان', false]]);
  });
  it('reads two words of the name run together, and says the spelling is not the lexicon’s', () => {
    expect(tagged('فاز سردار برديمحمدوف بالانتخابات')).toEqual([['serdar', 'سردار برديمحمدوف', true]]);
  });
  it('reads a word of the name split in two', () => {
    expect(tagged('قال مختار تلو بردي إن')).toEqual([['tileuberdi', 'مختار تلو بردي', true]]);
  });
  it("reads the bundle's words split in two that, joined, are a near spelling of the name's word", () => {
    expect(tag('قال مختار تلوب بردي إن')).toEqual([['tileuberdi', 'مختار تلوب بردي']]);
  });
  it('keeps the spelling of the lexicon exact', () => {
    expect(tagged('فاز سردار بردي محمدوف')).toEqual([['serdar', 'سردار بردي محمدوف', false]]);
  });
  it('takes no part shorter than three letters, so a clitic or a stray letter does not complete a name', () => {
    expect(tagged('قال مختار تلوبرد ي إن')).toEqual([]);
    expect(tagged('قال مختار ت لوبردي إن')).toEqual([]);
    expect(tagged('في الأمم ال متحدة')).toEqual([]);
  });
  it('does not join across punctuation', () => {
    expect(tagged('قال مختار تلو، بردي إن')).toEqual([]);
  });
  it('reads the first two words of a name run together into one long word, and no short one', () => {
    expect(tagged('وقالت الأممالمتحدة إن')).toEqual([['un', 'الأممالمتحدة', true]]);
    expect(tagged('قال مختارتلوبردي إن')).toEqual([['tileuberdi', 'مختارتلوبردي', true]]);
    // Nine letters: as long as many an ordinary word, so not split.
    expect(tagged('فاز سرداربردي محمدوف')).toEqual([]);
  });
  it('reads the bundle’s compound names written either way', () => {
    expect(tag('فاز سردار برديمحمدوف')).toEqual([['serdar-berdimuhamedow', 'سردار برديمحمدوف']]);
  });
});
