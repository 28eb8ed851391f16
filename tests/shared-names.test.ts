import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../build/lexicon-data';
import { choiceKey, compile, newTextContext } from '../lexicon/matcher';

const matcher = compile(bundledLexicon);
const idsOf = (text: string, phrase: string) =>
  matcher
    .match(text)
    .filter((m) => text.slice(m.start, m.end) === phrase)
    .map((m) => m.id);

describe('a name two entries share', () => {
  it('is the entry that is not a person when nothing else in the text decides: a first name alone is not a person', () => {
    expect(idsOf('وصل الوفد إلى نور سلطان صباح اليوم.', 'نور سلطان')).toEqual(['astana']);
  });
  it('is the person when the text names him elsewhere', () => {
    expect(idsOf('أعلن نزارباييف استقالته. وقال نور سلطان إنه باق في مجلس الأمن.', 'نور سلطان')).toEqual(['nazarbayev']);
  });
  it('is the national body of the country the text is about', () => {
    expect(idsOf('أعلنت كازاخستان أن لجنة الأمن القومي اعتقلت مشتبهين.', 'لجنة الأمن القومي')).toEqual(['knb']);
    expect(idsOf('في قرغيزستان، أعلنت لجنة الأمن القومي اعتقال مشتبهين قرب بيشكيك.', 'لجنة الأمن القومي')).toEqual(['kyrgyz-national-security-committee']);
    expect(idsOf('قالت لجنة الأمن القومي إن حرس الحدود في طاجيكستان صدوا الهجوم.', 'لجنة الأمن القومي')).toEqual(['tajik-national-security-committee']);
  });
  it('is the place after a word that puts a place there, or behind the proclitic ب, even when the person is named', () => {
    const text = 'قال نزارباييف إن عائلته احتفظت بنفوذ في نور سلطان، وقال نور سلطان إن';
    expect(idsOf(text, 'نور سلطان')).toEqual(['astana', 'nazarbayev']);
    expect(idsOf('حكم نزارباييف البلاد، وتقع العاصمة نور سلطان في الشمال.', 'نور سلطان')).toEqual(['astana']);
    const behind = 'قال نزارباييف إن عائلته احتفظت بنفوذ بنور سلطان';
    expect(matcher.match(behind).at(-1)!.id).toBe('astana');
  });
  it('is the place after a word that puts a place there when a place shares it with a body, else the body the page is about', () => {
    const text = 'عقدت قمة شنغهاي في أستانا، بعد ربع قرن على تأسيس دول شنغهاي منظمتها في شنغهاي عام 2001.';
    expect(idsOf(text, 'شنغهاي')).toEqual(['sco', 'shanghai']);
    expect(idsOf(text, 'قمة شنغهاي')).toEqual(['sco']);
  });
  it('is the entry that lists it first among its names when nothing on the page decides', () => {
    expect(idsOf('انفجرت عبوة ناسفة في سوق مزدحم بمدينة جلال آباد.', 'مدينة جلال آباد')).toEqual(['jalalabad']);
    expect(idsOf('اعتقلت السلطات القرغيزية خلية في مدينة جلال آباد.', 'مدينة جلال آباد')).toEqual(['jalal-abad']);
  });
  it('is the place in a list of places, on either side of it', () => {
    const text = 'قال الأمين العام لمنظمة شنغهاي للتعاون إن الوفود زارت بكين وشانغهاي، ثم شنغهاي وتشينغداو، وأشاد بدول شنغهاي.';
    expect(idsOf(text, 'شانغهاي')).toEqual(['shanghai']);
    expect(idsOf(text, 'شنغهاي')).toEqual(['shanghai', 'sco']);
    expect(idsOf('قال نزارباييف إنه زار موسكو، نور سلطان وبيشكيك.', 'نور سلطان')).toEqual(['astana']);
  });
  it('is the agreement where the text acts under it or rests on it («بموجب», «وفقاً لـ», «على أساس»)', () => {
    const treaty = 'معاهدة الأمن الجماعي';
    expect(idsOf('عرضت روسيا الدعم بموجب معاهدة الأمن الجماعي.', treaty)).toEqual(['collective-security-treaty']);
    expect(idsOf('تعمل القوات وفقاً لمعاهدة الأمن الجماعي.', treaty)).toEqual(['collective-security-treaty']);
    expect(idsOf('تأسست المنظمة على أساس معاهدة الأمن الجماعي نفسها.', treaty)).toEqual(['collective-security-treaty']);
  });
  it('is the body, not the agreement it was founded on, unless words of signing stand beside it', () => {
    const treaty = 'معاهدة الأمن الجماعي';
    expect(idsOf('اجتمع وزراء دفاع دول معاهدة الأمن الجماعي في موسكو.', treaty)).toEqual(['csto']);
    expect(idsOf('احتفلت موسكو بالذكرى الـ30 لتوقيع معاهدة الأمن الجماعي.', treaty)).toEqual(['collective-security-treaty']);
    expect(idsOf('نشأت المنظمة عن معاهدة الأمن الجماعي المبرمة في طشقند عام 1992.', treaty)).toEqual(['collective-security-treaty']);
    expect(idsOf('وبهذا تم التوقيع على معاهدة الأمن الجماعي في طشقند.', treaty)).toEqual(['collective-security-treaty']);
    expect(idsOf('حصل الاتفاق على معاهدة الأمن الجماعي دعما واسعا.', treaty)).toEqual(['csto']);
    // The signing word is read within the clause only.
    expect(idsOf('اجتمع قادة دول معاهدة الأمن الجماعي. والاتفاقية الموقعة أمس تجارية.', treaty)).toEqual(['csto']);
  });
  it('is no mention of its own inside a longer name of one of the entries that share it', () => {
    const text = 'أعلنت منظمة معاهدة الأمن الجماعي انسحاب قواتها، في الذكرى الـ30 لتوقيع معاهدة الأمن الجماعي.';
    expect(matcher.match(text).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['csto', 'منظمة معاهدة الأمن الجماعي'],
      ['collective-security-treaty', 'معاهدة الأمن الجماعي'],
    ]);
  });
  it('is the body of the country whose nisba is written into the name, whatever else the page names', () => {
    const text = 'قالت طاجيكستان إن لجنة الدولة القيرغيزية للأمن القومي اعتقلت مشتبهين.';
    expect(matcher.match(text).map((m) => m.id)).toEqual(['tajikistan', 'kyrgyz-national-security-committee']);
    expect(idsOf('أعلنت لجنة الدولة الطاجيكية للأمن القومي اعتقال مشتبهين.', 'لجنة الدولة الطاجيكية للأمن القومي')).toEqual([
      'tajik-national-security-committee',
    ]);
  });
  it('is the region of the country the text is about: Badakhshan in Afghanistan or in Tajikistan', () => {
    expect(idsOf('قتل مسلحون في بدخشان شمال شرق أفغانستان.', 'بدخشان')).toEqual(['badakhshan-province']);
    expect(idsOf('اشتباكات في خوروغ عاصمة بدخشان في طاجيكستان.', 'بدخشان')).toEqual(['gorno-badakhshan']);
  });
  it("is the party of the country the page is about, Turkey's by default: «حزب العدالة والتنمية»", () => {
    expect(idsOf('قال بنكيران إن حزب العدالة والتنمية خسر الانتخابات في المغرب.', 'حزب العدالة والتنمية')).toEqual(['justice-and-development-party-morocco']);
    expect(idsOf('قال أردوغان إن حزب العدالة والتنمية سيفوز.', 'حزب العدالة والتنمية')).toEqual(['akp']);
    expect(idsOf('عقد حزب العدالة والتنمية مؤتمره.', 'حزب العدالة والتنمية')).toEqual(['akp']);
  });
  it("is the party of the country the page is about, Tunisia's by default: «حزب النهضة»", () => {
    expect(idsOf('قال زعيم حزب النهضة محيي الدين كبيري إن السلطات في طاجيكستان اعتقلت أعضاءه.', 'حزب النهضة')).toEqual([
      'islamic-renaissance-party-of-tajikistan',
    ]);
    expect(idsOf('عقد حزب النهضة مؤتمره في تونس.', 'حزب النهضة')).toEqual(['ennahda-movement']);
    expect(idsOf('أعلنت سلطات طاجيكستان توقيف أعضاء في حزب النهضة المحظور.', 'حزب النهضة')).toEqual(['islamic-renaissance-party-of-tajikistan']);
    expect(idsOf('عقد حزب النهضة مؤتمره.', 'حزب النهضة')).toEqual(['ennahda-movement']);
  });
  it('is the Tajik Jamaat Ansarullah on a page about Tajikistan, the Houthis elsewhere: «أنصار الله»', () => {
    expect(idsOf('قُتل قائد جماعة أنصار الله المحظورة في طاجيكستان.', 'جماعة أنصار الله')).toEqual(['jamaat-ansarullah']);
    expect(idsOf('أطلقت جماعة أنصار الله صاروخا على سفينة في البحر الأحمر.', 'جماعة أنصار الله')).toEqual(['houthis']);
  });
  it("is the republic's NDS on a page about its chiefs, the Taliban's GDI by default: «الاستخبارات الأفغانية»", () => {
    expect(idsOf('قال رحمة الله نبيل رئيس الاستخبارات الأفغانية في كابول.', 'الاستخبارات الأفغانية')).toEqual(['national-directorate-of-security']);
    expect(idsOf('قالت الاستخبارات الأفغانية إنها اعتقلت خلية.', 'الاستخبارات الأفغانية')).toEqual(['afghan-general-directorate-of-intelligence']);
  });
  it('goes to one entry per mention, each mention on its own evidence', () => {
    const text = 'زار بوتين نور سلطان. وفي بيشكيك قالت لجنة الأمن القومي القرغيزية ولجنة الأمن القومي إن الوضع هادئ.';
    expect(idsOf(text, 'نور سلطان')).toEqual(['astana']);
    expect(idsOf(text, 'لجنة الأمن القومي')).toEqual(['kyrgyz-national-security-committee']);
  });
});

describe("the reader's choice", () => {
  it('lists every entry that shares the name on the mention, and none on an unshared name', () => {
    const text = 'وصل الوفد إلى نور سلطان ثم إلى موسكو.';
    const [shared, moscow] = matcher.match(text);
    expect(shared!.choices).toEqual(expect.arrayContaining(['astana', 'nazarbayev']));
    expect(moscow!.choices).toBeUndefined();
  });
  it('overrides the evidence of the text for every mention of the same shared name', () => {
    const text = 'وصل الوفد إلى نور سلطان. وفي نور سلطان اجتماع.';
    const context = newTextContext();
    const choices = matcher.match(text)[0]!.choices!;
    context.chosen.set(choiceKey(choices), 'nazarbayev');
    expect(matcher.match(text, { context }).map((m) => m.id)).toEqual(['nazarbayev', 'nazarbayev']);
  });
});

describe('the page around a text', () => {
  it('decides a shared name in one block by what earlier blocks named', () => {
    const context = newTextContext();
    matcher.match('اشتباكات جديدة على حدود قرغيزستان', { context });
    const text = 'أعلنت لجنة الأمن القومي اعتقال مشتبهين.';
    expect(matcher.match(text, { context }).map((m) => m.id)).toEqual(['kyrgyz-national-security-committee']);
    expect(matcher.match(text).map((m) => m.id)).toEqual([]);
  });
  it('licenses a short form in one block by the full name in an earlier one', () => {
    const context = newTextContext();
    matcher.match('مفوضية الأمم المتحدة السامية لشؤون اللاجئين ترحب بالقمة', { context });
    const text = 'وقالت مفوضية الأمم المتحدة إن الزيارة ناجحة.';
    expect(matcher.match(text, { context }).map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([['unhcr', 'مفوضية الأمم المتحدة']]);
    // Without the page before it, it is a commission of the UN, which alone is named.
    expect(matcher.match(text).map((m) => m.id)).toEqual(['united-nations']);
  });
});

describe('a name every state gives its own body (rules.stateBodies)', () => {
  it('is the body of the state the text names, itself or through what the body is part of', () => {
    expect(idsOf('في طاجيكستان قضت المحكمة العليا بسجن المعارضين.', 'المحكمة العليا')).toEqual(['tajik-supreme-court']);
    expect(idsOf('وافق مجلس الشيوخ على المشروع، وقال رئيس الولايات المتحدة إنه سيوقعه.', 'مجلس الشيوخ')).toEqual(['us-senate']);
    expect(idsOf('أعلنت لجنة الانتخابات المركزية في بشكيك فوز جباروف في قرغيزستان.', 'لجنة الانتخابات المركزية')).toEqual([
      'kyrgyz-central-election-commission',
    ]);
  });
  it('is read in no text that names none of the states whose body it may be: some other state has one', () => {
    expect(matcher.match('قضت المحكمة العليا في مصر بسجنه، وأعلن الحرس الوطني حالة التأهب.')).toEqual([expect.objectContaining({ id: 'egypt' })]);
  });
  it('is read in no text where a nisba after it names a state none of its entries belongs to, whatever else the text names', () => {
    const text = 'قالت أوزبكستان إن المحكمة العليا الأمريكية أصدرت حكما، وقضت المحكمة العليا الأوزبكية بغير ذلك.';
    // The nisba that names the state is part of the body's name.
    expect(idsOf(text, 'المحكمة العليا')).toEqual([]);
    expect(idsOf(text, 'المحكمة العليا الأوزبكية')).toEqual(['uzbek-supreme-court']);
    expect(matcher.match('قال مجلس الأمن القومي البرازيلي إن روسيا تهدد أوكرانيا.').map((m) => m.id)).toEqual(['brazil', 'russia', 'ukraine']);
    expect(matcher.match('قال البنك المركزي المصري إن روسيا تشتري الذهب.').map((m) => m.id)).toEqual(['egypt', 'russia']);
    expect(idsOf('وأعلن البنك المركزي الطاجيكي خفض الفائدة.', 'البنك المركزي الطاجيكي')).toEqual(['national-bank-of-tajikistan']);
  });
  it('is the national security council of the state named before it or by the nisba after it', () => {
    expect(idsOf('انضم نجل رئيس تركمانستان إلى مجلس الأمن القومي العام الماضي.', 'مجلس الأمن القومي')).toEqual(['turkmen-state-security-council']);
    expect(idsOf('وقال مجلس الأمن القومي القرغيزي في بيان إن قواته صدت الهجوم.', 'مجلس الأمن القومي القرغيزي')).toEqual(['kyrgyz-security-council']);
    expect(idsOf('أعلن جهاز الأمن الوطني في ألماتي اعتقال ماسيموف، وقال رئيس كازاخستان إن', 'جهاز الأمن الوطني')).toEqual(['knb']);
  });
  it('is the security committee of the state the text names, whichever of its names the text gives', () => {
    expect(idsOf('قالت اللجنة الوطنية للأمن في طاجيكستان إن المسلحين قتلوا.', 'اللجنة الوطنية للأمن')).toEqual(['tajik-national-security-committee']);
    expect(idsOf('اعتقلت اللجنة الحكومية للأمن القومي ضابطين في بشكيك عاصمة قرغيزستان.', 'اللجنة الحكومية للأمن القومي')).toEqual([
      'kyrgyz-national-security-committee',
    ]);
    expect(matcher.match('قالت اللجنة الوطنية للأمن إن الوضع هادئ.')).toEqual([]);
  });
  it('is the body of the state named right after it behind ل, "of", whatever other state the text names', () => {
    expect(idsOf('وقع رئيس لجنة الأمن القومي لطاجيكستان البروتوكول مع نظيره من قرغيزستان.', 'لجنة الأمن القومي')).toEqual([
      'tajik-national-security-committee',
    ]);
    expect(idsOf('وقع رئيس لجنة الأمن القومي لقرغيزستان البروتوكول مع نظيره من طاجيكستان.', 'لجنة الأمن القومي')).toEqual([
      'kyrgyz-national-security-committee',
    ]);
  });
  it('is the body of the country named right after it behind «في», whatever other state the text names', () => {
    expect(idsOf('فرضت روسيا عقوبات، وحظر البنك المركزي في قيرغيزستان التحويلات.', 'البنك المركزي')).toEqual(['national-bank-of-kyrgyzstan']);
    expect(matcher.match('فرضت روسيا عقوبات، وحظر البنك المركزي في البرازيل التحويلات.').map((m) => m.id)).toEqual(['russia', 'brazil']);
  });
  it("is a bloc's council of ministers where the page names the bloc, and nothing on a page about another bloc", () => {
    const csto = 'افتتحت قمة منظمة معاهدة الأمن الجماعي في بيشكيك، وسبقها اجتماع مجلس وزراء الخارجية ومجلس وزراء الدفاع.';
    expect(idsOf(csto, 'مجلس وزراء الخارجية')).toEqual(['csto-council-of-foreign-ministers']);
    expect(idsOf(csto, 'مجلس وزراء الدفاع')).toEqual(['csto-council-of-defence-ministers']);
    expect(idsOf('تستضيف طشقند اجتماع مجلس وزراء الخارجية قبل قمة منظمة شنغهاي للتعاون.', 'مجلس وزراء الخارجية')).toEqual(['sco-council-of-foreign-ministers']);
    expect(matcher.match('عقد مجلس وزراء الخارجية لدول مجلس التعاون الخليجي اجتماعه في الرياض.').map((m) => m.id)).not.toContain(
      'csto-council-of-foreign-ministers',
    );
    expect(idsOf('عقد مجلس وزراء الخارجية اجتماعه أمس.', 'مجلس وزراء الخارجية')).toEqual([]);
  });
  it("is the body a page about its owner makes of a generic name, and nothing elsewhere: the UN General Assembly, the GCC, Syria's committee", () => {
    expect(idsOf('ألقى كلمة أمام الجمعية العامة للأمم المتحدة، وصوتت الجمعية العامة على القرار.', 'الجمعية العامة')).toEqual(['un-general-assembly']);
    expect(idsOf('عقدت الجمعية العامة للشركة اجتماعها السنوي.', 'الجمعية العامة')).toEqual([]);
    expect(idsOf('اجتماع مجلس التعاون ودول آسيا الوسطى في جدة بحضور السعودية وقطر.', 'مجلس التعاون')).toEqual(['gulf-cooperation-council']);
    expect(idsOf('دعا البيان الختامي حول سوريا إلى عقد اجتماع اللجنة الدستورية في جنيف.', 'اللجنة الدستورية')).toEqual(['syrian-constitutional-committee']);
    expect(idsOf('أقرت اللجنة الدستورية في البرلمان التعديلات.', 'اللجنة الدستورية')).toEqual([]);
    expect(idsOf('رفضت الإدارة الذاتية البيان الختامي حول سوريا.', 'الإدارة الذاتية')).toEqual(['aanes']);
    expect(idsOf('تتمتع الإدارة الذاتية بصلاحيات واسعة في الإقليم.', 'الإدارة الذاتية')).toEqual([]);
  });
  it("is the CSTO's rapid reaction force where the page names the CSTO, and nothing where it does not", () => {
    const drill = 'أعلنت منظمة معاهدة الأمن الجماعي انطلاق مناورات لقوات الرد السريع التابعة للمنظمة في طاجيكستان.';
    expect(idsOf(drill, 'قوات الرد السريع')).toEqual(['collective-rapid-reaction-force']);
    expect(idsOf('نشرت الحكومة قوات الرد السريع في المدينة.', 'قوات الرد السريع')).toEqual([]);
    const older = 'شاركت قوات النشر السريع التابعة لمنظمة معاهدة الأمن الجماعي في تدريبات بقيرغيزستان.';
    expect(idsOf(older, 'قوات النشر السريع')).toEqual(['collective-rapid-deployment-forces-central-asia']);
  });
  it('is not a mention of its own inside a longer name, where the nisba still names the country', () => {
    const text = 'أعلن مجلس الشيوخ الأمريكي أمس';
    expect(matcher.match(text, { nested: true }).map((m) => text.slice(m.start, m.end))).toEqual(['مجلس الشيوخ الأمريكي', 'الأمريكي']);
  });
});

describe("a place's or a site's name that holds another place's, a person's or a body's (SharedNames.foreignParts)", () => {
  const nested = (text: string) => matcher.match(text, { nested: true }).map((m) => [m.id, text.slice(m.start, m.end)]);
  it('holds no mention of a place the named place neither lies in nor holds', () => {
    expect(nested('في سيستان وبلوشستان الإيرانية')).toEqual([
      ['sistan-and-baluchestan-province', 'سيستان وبلوشستان'],
      ['iran', 'الإيرانية'],
    ]);
    expect(nested('في إقليم بلوشستان الباكستاني')).toEqual(expect.arrayContaining([expect.arrayContaining(['balochistan'])]));
  });
  it('holds no mention of the person it is named after', () => {
    expect(nested('في مدينة ديرة إسماعيل خان')).toEqual([['dera-ismail-khan', 'ديرة إسماعيل خان']]);
    expect(nested('قال إسماعيل خان إن')).toEqual([['ismail-khan', 'إسماعيل خان']]);
  });
  it("holds no body it has nothing to do with, and neither does a military site's name", () => {
    expect(nested('نقلت روسيا طائرات إلى قاعدة أيني الجوية')).toEqual([
      ['russia', 'روسيا'],
      ['ayni-air-base', 'قاعدة أيني الجوية'],
    ]);
    expect(nested('وقعت شركة إيني الإيطالية العقد')).toEqual(expect.arrayContaining([['eni', 'إيني الإيطالية']]));
  });
  it('still holds the country it lies in', () => {
    expect(nested('في منطقة كازاخستان الشرقية')).toEqual([
      ['east-kazakhstan-region', 'منطقة كازاخستان الشرقية'],
      ['kazakhstan', 'كازاخستان'],
    ]);
  });
});
