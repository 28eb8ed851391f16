import { describe, expect, it } from 'vitest';
import { bundledLexicon, bundledTypes, discoveryRules, knownFirstNames } from '../build/lexicon-data';
import { Discoverer, type DiscoveryRules } from '../lexicon/discover';
import { compile } from '../lexicon/matcher';

const matcher = compile(bundledLexicon);
const bundled = new Discoverer(discoveryRules, knownFirstNames());
const found = (text: string, d = bundled) => d.discover(text, matcher.match(text), (id) => bundledTypes.get(id)).map((c) => [c.type, c.text]);

const rules: DiscoveryRules = {
  titles: { person: ['وزير الخارجية', 'الجنرال', 'وزير', 'المتحدثة باسم'] },
  heads: { place: ['مدينة', 'منطقة', 'مطار'], organization: ['حركة', 'تنظيم'], event: ['اتفاقية'] },
  shapes: { person: ['وف', 'زودا'], place: ['ستان'] },
  tails: { media: ['نيوز', 'أون لاين'] },
  bodies: { organization: ['وزارة', 'سفارة'] },
  qualifiedBodies: { organization: ['مجلس', 'السفارة'] },
  ofPlace: { place: ['ميناء'], military: ['قاعدة'], event: ['قمة'] },
  stopWords: ['في', 'إن', 'قال', 'موقع'],
  verbPrefixes: ['يست'],
  firstNames: ['مهدي'],
  bylines: ['كتب', 'كتبت', 'بقلم'],
};
const small = new Discoverer(rules);

describe('names the lexicon lacks', () => {
  it("are found in a byline on a line of its own, before a dash and the outlet, or at the line's end", () => {
    expect(found('عنوان المقال\n\nكتبت – زبيدة حمادنة\nاستضافت خجند القمة', small)).toEqual([['person', 'زبيدة حمادنة']]);
    expect(found('بقلم سامر خليل - القبس\nوقال', small)).toEqual([['person', 'سامر خليل']]);
    // Not at a line's start, or running on into the sentence: a verb, not a byline.
    expect(found('وقد كتب سامر خليل مقالا طويلا عن الحرب', small)).toEqual([]);
    expect(found('كتب سامر خليل مقالا طويلا عن الحرب', small)).toEqual([]);
  });
  it('are found after a title, past a nisba between them, as the person the title names', () => {
    expect(found('قال وزير الخارجية الطاجيكي فخر الدين قربانوف إن', small)).toEqual([['person', 'فخر الدين قربانوف']]);
    expect(found('وصل الجنرال فاسيلي تشيركين أمس', small)).toEqual([['person', 'فاسيلي تشيركين أمس']]);
  });
  it('are not proposed after a title when a function word follows it', () => {
    expect(found('قال وزير الخارجية إن الوضع مستقر', small)).toEqual([]);
  });
  it('are found after a head noun, as its type, but not when an adjective or a word with the article follows', () => {
    expect(found('وصل الوفد إلى مدينة زاروغاند أمس', small)).toEqual([['place', 'زاروغاند']]);
    expect(found('في مدينة صغيرة قرب الحدود', small)).toEqual([]);
    expect(found('في مدينة الرياح', small)).toEqual([]);
  });
  it('are not proposed after a head noun when the word is a feminine noun or adjective written with ة (names end in ه)', () => {
    expect(found('قادت حركة واسعة من الاحتجاجات', small)).toEqual([]);
    expect(found('وصل الوفد إلى منطقة كوراشنبه', small)).toEqual([['place', 'كوراشنبه']]);
  });
  it("are not proposed after an organisation's or an event's head behind the preposition ل, but are after a place's", () => {
    expect(found('وقعت اتفاقية لحل النزاع', small)).toEqual([]);
    expect(found('زار مدينة لوزغار', small)).toEqual([['place', 'لوزغار']]);
  });
  it('never take a verbal noun or a word with a written case ending for a name', () => {
    expect(found('وقعت اتفاقية تبادل الأسرى', small)).toEqual([]);
    expect(found('بعد محاولة اغتيال كاراموف', small)).toEqual([['person', 'كاراموف']]);
    expect(found('كان الجنرال صوتًا مؤثرًا في الحكومة', small)).toEqual([]);
  });
  it('take a quoted name after a head noun whole', () => {
    expect(found('أعلنت حركة "أنصار الجهاد" مسؤوليتها', small)).toEqual([['organization', 'أنصار الجهاد']]);
  });
  it('are found by the shape of a transliterated name, but not in a verb that ends the same way', () => {
    expect(found('وصل كاراموف أمس', small)).toEqual([['person', 'كاراموف']]);
    expect(found('يستضيف المؤتمر', small)).toEqual([]);
    expect(found('قرب كوتانستان', small)).toEqual([['place', 'كوتانستان']]);
  });
  it('are found after a known first name, also behind «و», which stays out of the span', () => {
    expect(found('صرح مهدي بخشي للصحفيين', small)).toEqual([['person', 'مهدي بخشي']]);
    expect(found('حضر الوزير ومهدي بخشي الاجتماع', small)).toEqual([['person', 'مهدي بخشي']]);
  });
  it('take no first name in «لا سيما» ("especially") for a person', () => {
    const sima = new Discoverer({ ...rules, firstNames: ['سيما'] });
    expect(found('ولا سيما نشر القوات', sima)).toEqual([]);
    expect(found('لا سيما نشر القوات', sima)).toEqual([]);
    expect(found('قالت سيما نشراوي', sima)).toEqual([['person', 'سيما نشراوي']]);
  });
  it('are found written in Latin letters inside Arabic prose: an acronym or capitalised words, not English text', () => {
    expect(found('التنظيمات الإرهابية وفي مقدمتها BBP وغيرها', small)).toEqual([['organization', 'BBP']]);
    expect(found('قالت الصحفية Zhanna Akhmetova إن', small)).toEqual([['person', 'Zhanna Akhmetova']]);
    // Part of an English sentence, an ordinary acronym, or one capitalised word: nothing.
    expect(found('ونقلت عنه the New York Times quoted قوله', small)).toEqual([]);
    expect(found('ارتفع الناتج GDP بنسبة', new Discoverer({ ...rules, stopWords: [...rules.stopWords, 'GDP'] }))).toEqual([]);
    expect(found('قال Reuters إن', small)).toEqual([]);
  });
  it("name a port, a base or a summit after a place the lexicon knows, with the base's adjective", () => {
    expect(found('وصل إلى ميناء جوادار الباكستاني', small)).toEqual([['place', 'ميناء جوادار']]);
    expect(found('في قاعدة شيمكنت الجوية', small)).toEqual([['military', 'قاعدة شيمكنت الجوية']]);
    expect(found('بعد قمة باكو', small)).toEqual([['event', 'قمة باكو']]);
  });
  it('take a known place after the head for itself when the head is an administrative one, or the name is not a place', () => {
    expect(found('وصل إلى مدينة أستانا', small)).toEqual([]);
    expect(found('في قمة منظمة شنغهاي للتعاون', small)).toEqual([]);
  });
  it("read a Tajik surname's ending in -zoda", () => {
    expect(found('أعلن شريفجون نظرزودا', small)).toEqual([['person', 'شريفجون نظرزودا']]);
  });
  it('never overlap a name the lexicon holds', () => {
    expect(found('قال وزير الخارجية الروسي سيرغي لافروف إن')).toEqual([]);
    expect(found('وصل الوفد إلى مدينة أستانا')).toEqual([]);
  });
  it('come with UTF-16 offsets into the text and the evidence that proposed them', () => {
    const text = 'وصل الوفد إلى مدينة خوروغ أمس';
    const [c] = small.discover(text, []);
    expect(c).toEqual({ start: text.indexOf('خوروغ'), end: text.indexOf('خوروغ') + 5, type: 'place', text: 'خوروغ', evidence: 'head noun: مدينه' });
  });
  it('are found after a title past the portfolio and a comma that sets the name off, or before a title set off by one', () => {
    expect(found('وكان وزير الكهرباء العراقي، زياد علي نوري، قد قال', small)).toEqual([['person', 'زياد علي نوري']]);
    expect(found('قال أوليفيا ديلتون، المتحدثة باسم البيت', small)).toEqual([['person', 'أوليفيا ديلتون']]);
  });
  it('are found after a title past the body or place the lexicon knows between them', () => {
    expect(found('قال المتحدث باسم وزارة الخارجية الهندية رندهير جايسوال في بيان')).toEqual([['person', 'رندهير جايسوال']]);
    expect(found('وقال نائب مفوض منطقة خيبر، بلال شاهيد، إن المعبر فتح')).toEqual([['person', 'بلال شاهيد']]);
  });
  it('set nothing off after a one-word title alone before a comma', () => {
    expect(found('وصل الجنرال، سجادة حمراء طويلة، إلى القاعة', small)).toEqual([]);
  });
  it("read a Russian surname's ending in five letters, but not in the مفعول pattern or a broken plural", () => {
    expect(found('قال رجبوف إن الوفد', small)).toEqual([['person', 'رجبوف']]);
    expect(found('كان معروف لدى الجميع', small)).toEqual([]);
    expect(found('سقطت قذائف على البلدة', small)).toEqual([]);
  });
  it("read a head noun behind ب or ف, but a body's head behind و or ل is a verbal noun", () => {
    expect(found('احتجزوا بمطار بيكوفو أمس', small)).toEqual([['place', 'بيكوفو']]);
    expect(found('دعوا لتنظيم مسيرات حاشدة', small)).toEqual([]);
  });
  it('name a body by a common noun with the article or a country after its noun, with the nisba that follows', () => {
    expect(found('أعلنت وزارة الثقافة القرغيزية أن', small)).toEqual([['organization', 'وزارة الثقافة القرغيزية']]);
    expect(found('قالت سفارة الصين إن', small)).toEqual([['organization', 'سفارة الصين']]);
    expect(found('أعلنت وزارة الطاجيكية', small)).toEqual([]);
  });
  it('read a word in alef maqsura after a body noun as its name, not as a nisba it folds to («جريدة الضحى»)', () => {
    const media = new Discoverer({ ...rules, bodies: { ...rules.bodies, media: ['جريدة'] } });
    expect(found('نشرت جريدة الضحى تقريرا', media)).toEqual([['media', 'جريدة الضحى']]);
    expect(found('نشرت جريدة العراقي تقريرا', media)).toEqual([]);
  });
  it('name a body that needs a nisba or a country only with one', () => {
    expect(found('قال أمين مجلس الأمن الصربي إن', small)).toEqual([['organization', 'مجلس الأمن الصربي']]);
    expect(found('أكدت السفارة الصينية في دوشنبه', small)).toEqual([['organization', 'السفارة الصينية']]);
    expect(found('اجتمع مجلس الإدارة أمس', small)).toEqual([]);
  });
  it('read an outlet by the word that ends its name, after a name or a place the lexicon knows', () => {
    expect(found('نقل موقع آراز نيوز عن مصادر', small)).toEqual([['media', 'آراز نيوز']]);
    expect(found('ذكرت خبر أون لاين أن', small)).toEqual([['media', 'خبر أون لاين']]);
    expect(found('نشرت هرات نيوز الخبر', small)).toEqual([['media', 'هرات نيوز']]);
  });
  it("read a proposed name again wherever the text repeats it, and a person's surname alone after the full name", () => {
    expect(found('قال الجنرال ماركوس فيلدهاوزن إن الأزمة تتفاقم، وأضاف فيلدهاوزن أن', small)).toEqual([
      ['person', 'ماركوس فيلدهاوزن'],
      ['person', 'فيلدهاوزن'],
    ]);
    expect(found('زار الوفد كروكوس ثم مدينة كروكوس', small)).toEqual([
      ['place', 'كروكوس'],
      ['place', 'كروكوس'],
    ]);
  });
  it('are proposed by the bundled rules in a real sentence of the field', () => {
    expect(found('أعلن حاكم ولاية بدخشان أن القرويين في قرية رزوند تضرروا')).toEqual([['place', 'رزوند']]);
  });
  it('take a quoted name after a head noun behind any proclitic, up to six words', () => {
    expect(found('ووفقا لشركة “آلتين تاو ماينينغ”، المشغل الوطني')).toEqual([['organization', 'آلتين تاو ماينينغ']]);
    expect(found('استهدف الهجوم شركة "إس بي كيه كونستركشن إنجينيرينغ" في ختلان')).toEqual([['organization', 'إس بي كيه كونستركشن إنجينيرينغ']]);
  });
  it("read a spokesman's and an executive's name after the body they speak for", () => {
    expect(found('قال المتحدث الرسمي باسم الوزارة أحمد موسى في تصريح')).toEqual([['person', 'أحمد موسى']]);
    expect(found('وقالت المديرة التنفيذية لمنظمة هيومن رايتس ووتش، ماريا كولينز، إنه')).toEqual([['person', 'ماريا كولينز']]);
  });
  it("name a ministry by a portfolio shaped like a nisba when its country follows, and a town's court", () => {
    expect(found('قالت وزارة الخارجية المولدوفية إن')).toEqual([['organization', 'وزارة الخارجية المولدوفية']]);
    expect(found('وقالت وزارة الخارجية إن الوضع مستقر')).toEqual([]);
    expect(found('أصدرت محكمة أستانة حكمها')).toEqual([['organization', 'محكمة أستانة']]);
  });
  it('take a square as a place, but no word with a pronoun written onto it, after a head noun or a title', () => {
    expect(found('تجمع المحتجون في ساحة تروبكا وسط طهران')).toEqual([['place', 'تروبكا']]);
    expect(found('وقعت عملية وصفتها الشرطة بالإرهابية')).toEqual([]);
    expect(found('دعا الرئيس وحكومته لطلب المساعدة')).toEqual([]);
  });
  it("name a country's parliament and a town's hospital or university", () => {
    expect(found('وافق برلمان صربيا على إرسال الجنود')).toEqual([['organization', 'برلمان صربيا']]);
    expect(found('استقبل مستشفى هرات الإقليمي الجرحى')).toEqual([['place', 'مستشفى هرات الإقليمي']]);
    expect(found('تخرج في جامعة أصفهان')).toEqual([['organization', 'جامعة أصفهان']]);
  });
});

describe('what a head noun, a body or a title does not vouch for', () => {
  it("does not take the verbal noun after an event's head for the event's name; a quoted name or a known place still is one", () => {
    expect(found('شاركت في عملية حفظ السلام', small)).toEqual([]);
    expect(found('وقعت اتفاقية "درع الشمال" أمس', small)).toEqual([['event', 'درع الشمال']]);
    expect(found('وقعت اتفاقية شنغهاي للتعاون أمس', bundled)).toEqual([]);
  });
  it('does not take one quoted adjective after a head noun for a name', () => {
    expect(found('صنفت حركة "إرهابية" أمس', small)).toEqual([]);
    expect(found('أعلنت حركة "النهضة الجديدة" مسؤوليتها', small)).toEqual([['organization', 'النهضة الجديدة']]);
  });
  it('takes a word in -ي after a feminine head as a name, since an adjective after it would end in ية', () => {
    expect(found('وصل الوفد إلى منطقة زولاني أمس', small)).toEqual([['place', 'زولاني']]);
    expect(found('وصل الوفد إلى مطار جبلي', small)).toEqual([]);
  });
  it('does not take a qualified body whose qualifier names no country or place the lexicon knows', () => {
    expect(found('تولى المجلس الدوري للمنظمة', small)).toEqual([]);
    expect(found('تسلمت الرئاسة الدورية للمنظمة', bundled)).toEqual([]);
    expect(found('أعلنت السفارة الروسية في كابول', small)).toEqual([['organization', 'السفارة الروسية']]);
  });
  it('reads a verbal noun behind any proclitic as an ordinary word, not a name by its shape', () => {
    expect(found('أمرت المحكمة بتوقيف المتهم', bundled)).toEqual([]);
  });
  it("takes a counterpart as a title, and «رئيس وزراء» before a country's name", () => {
    expect(found('في اتصال هاتفي مع نظيره الأمريكي جون نيغروبونتي', bundled)).toEqual([['person', 'جون نيغروبونتي']]);
    expect(found('وحضر رئيس وزراء فيتنام فام مينه تينه', bundled)).toEqual([['person', 'فام مينه تينه']]);
  });
  it('takes a declaration named after a known place', () => {
    expect(found('وصدر إعلان بيشكيك في ختام القمة', bundled)).toEqual([['event', 'إعلان بيشكيك']]);
  });
  it('takes nothing after a title whose person the lexicon names, nor the next title for a name', () => {
    expect(found('واتفق وزير النفط «محسن باك نجاد» ووزير خارجية تركمانستان على التعاون', bundled)).toEqual([]);
    expect(found('وحضر الاجتماع ووزير الزراعة تيمور جمعاييف', bundled)).toEqual([['person', 'تيمور جمعاييف']]);
  });
  it('joins a first name to a surname by its shape only across a plain space, never a quotation mark', () => {
    expect(found('وبدأت مهمة “زاريبوف” في الجولان', bundled)).toEqual([['person', 'زاريبوف']]);
    expect(found('وقال المحلل تيمور عظيموف إن', bundled)).toEqual([['person', 'تيمور عظيموف']]);
  });
  it('joins no verb behind و to a surname by its shape', () => {
    expect(found('وتابع زاريبوف قائلا', bundled)).toEqual([['person', 'زاريبوف']]);
  });
  it('takes no name after a title that a preposition follows', () => {
    expect(found('فاز الرئيس لفترة واحدة فقط', bundled)).toEqual([]);
    expect(found('وتوجه الرئيس بخطاب متلفز إلى الأمة', bundled)).toEqual([]);
  });
  it('takes a quoted name after a body noun without the noun', () => {
    expect(found('ونقلت لصحيفة "الأيام الجديدة" عن مصدر', bundled)).toEqual([['media', 'الأيام الجديدة']]);
  });
  it('takes no elative adjective after a head noun for a name («شركة كبرى»)', () => {
    expect(found('تعاقدت الحكومة مع شركة كبرى لبناء السد', bundled)).toEqual([]);
  });
  it('takes no word of «من ناحية أخرى» for a place', () => {
    expect(found('ومن ناحية أخرى قال المسؤول إن', bundled)).toEqual([]);
  });
});
