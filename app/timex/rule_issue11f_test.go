package timex

import "testing"

// Issue 11, sixth pass: examples of our own for the families found in the
// tagger's output on unlabelled Wikipedia and Jawhara FM lines outside
// every held-out set.

// TestSinceYesterday: منذ أمس / منذ يوم أمس count from yesterday (span
// without منذ), while قبل أمس / قبل يوم أمس is the day before it.
func TestSinceYesterday(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"بدأ العمال إضرابهم منذ يوم أمس في المصنع", "يوم أمس", "2016-11-28", Date},
		{"تتواصل الأمطار منذ أمس على الشمال", "أمس", "2016-11-28", Date},
		{"وصل الوفد قبل يوم أمس إلى العاصمة", "قبل يوم أمس", "2016-11-27", Date},
		{"وصل الوفد قبل أمس إلى العاصمة", "قبل أمس", "2016-11-27", Date},
	})
	checkNarrative(t, []row{
		{"افتتح المعرض اليوم الجمعة 15 أفريل 2016 ويزوره الوزير منذ يوم أمس", "يوم أمس", "2016-04-14", Date},
	})
}

// TestSinceState: after a verb or adjective of a lasting state (ظل، لا
// يزال، يعيش، مفقود، لم …) the measure after منذ says how long: a
// DURATION without منذ; after a verb of an event it is the date.
func TestSinceState(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"ظل يشغل المنصب منذ 15 سنة حسب الصحيفة", "15 سنة", "P15Y", Duration},
		{"نحن مقيمون هنا منذ 12 عاما", "12 عاما", "P12Y", Duration},
		{"لا يزال الطريق مغلقا منذ ثلاثة أيام", "ثلاثة أيام", "P3D", Duration},
		{"الصياد مفقود منذ أسبوعين قرب السواحل", "أسبوعين", "P2W", Duration},
		{"لم يزر الرئيس المدينة منذ خمس سنوات", "خمس سنوات", "P5Y", Duration},
		{"وصل الوفد منذ ثلاثة أيام إلى العاصمة", "منذ ثلاثة أيام", "2016-11-26", Date},
		{"انطلقت الأشغال منذ شهرين", "منذ شهرين", "2016-09", Date},
		// a state cue does not make a sentence-opening verb a perfect
		{"تستمر العروض في الفترة من 14 إلى 21 يناير", "21 يناير", "2017-01-21", Date},
	})
}

// TestThatDay: ذلك اليوم is the last day named, and a clock time of it
// (الساعة السابعة من مساء ذلك اليوم) is one TIME span taking its hour
// from the part of the day.
func TestThatDay(t *testing.T) {
	checkNarrative(t, []row{
		{"وصلت البعثة يوم 3 مارس 2015 وفي ذلك اليوم التقت الوزير", "ذلك اليوم", "2015-03-03", Date},
		{"وصلت البعثة يوم 3 مارس 2015 وغادرت حوالي الساعة الثامنة من مساء ذلك اليوم", "الساعة الثامنة من مساء ذلك اليوم", "2015-03-03T20:00", Time},
		{"في ذلك اليوم تغير كل شيء", "ذلك اليوم", "XXXX-XX-XX", Date},
	})
}

// TestYearsBeforeChrist: a range or pair closed by a year before Christ
// shares its marker (as 1437ـ1441هـ shares هـ).
func TestYearsBeforeChrist(t *testing.T) {
	checkNarrative(t, []row{
		{"حكم الملك بين سنتي 1290 و1224 ق م في طيبة", "سنتي 1290", "BC1290", Date},
		{"حكم الملك بين سنتي 1290 و1224 ق م في طيبة", "1224 ق م", "BC1224", Date},
		{"امتد عهده من 1550 إلى 1525 ق.م تقريبا", "1550", "BC1550", Date},
		{"بين 2003 و2005 تضاعف الإنتاج", "2003", "2003", Date},
	})
}

// TestLongYearRanges: ranges of an era or a dynasty, longer than a
// century, after a year context word or between من/بين and إلى/و; a
// dual head's second year before 1900; not counts.
func TestLongYearRanges(t *testing.T) {
	checkNarrative(t, []row{
		{"حكمت الأسرة البلاد سنوات 1613-1917 م", "سنوات 1613", "1613", Date}, // the head inside (ninth pass, as set 19)
		{"حكمت الأسرة البلاد سنوات 1613-1917 م", "1917 م", "1917", Date},
		{"حكم المماليك من 1250 إلى 1517 في القاهرة", "1250", "1250", Date},
		{"حكم المماليك بين 1250 و1517 في القاهرة", "1517", "1517", Date},
		{"اندلعت الحرب بين عامي 1853 و1856 في القرم", "1856", "1856", Date},
		{"ارتفع عدد الزوار من 1500 إلى 1800 شخص", "", "", ""},
		{"تراوح السعر بين 1200 و1500 دينار", "", "", ""},
	})
}

// TestDayMonthAncientYear: a three-digit year after a day and a month is
// its year (years before 1000 alone need a head and a marker); a count
// after a date is not.
func TestDayMonthAncientYear(t *testing.T) {
	checkNarrative(t, []row{
		{"توفي الخليفة في 12 أغسطس 786 في بغداد", "12 أغسطس 786", "0786-08-12", Date},
		{"امتدت ولايته من 3 يناير 640 حتى 8 يوليو 641 م", "8 يوليو 641 م", "0641-07-08", Date},
		{"تظاهر في 5 مارس 300 شخص أمام البرلمان", "5 مارس", "XXXX-03-05", Date},
		{"ارتفعت الأسعار في 5 مارس 250 بالمائة", "5 مارس", "XXXX-03-05", Date},
	})
}

// TestVerseNotClock: a chapter and verse written with spaces around the
// colon (مرقس 14 :32) is no clock time; a spaced clock time with الساعة
// or a part of the day still is.
func TestVerseNotClock(t *testing.T) {
	checkNarrative(t, []row{
		{"كما ورد في (لوقا 22 : 39) و(متى 26 :36)", "", "", ""},
		{"تنطلق المقابلة على الساعة 15 : 30 بملعب رادس", "الساعة 15 : 30", "XXXX-XX-XXT15:30", Time},
		{"أقلعت الطائرة 10 : 15 صباحا", "10 : 15 صباحا", "XXXX-XX-XXT10:15", Time},
	})
}

// TestThousandYears: ألف / ألفي + a unit is a duration (folded الف is no
// definite article); ألف + a counted noun is nothing.
func TestThousandYears(t *testing.T) {
	checkNarrative(t, []row{
		{"عاشت الإمبراطورية لأكثر من ألف سنة", "ألف سنة", "P1000Y", Duration},
		{"تعود المدينة إلى نحو ألفي عام", "نحو ألفي عام", "P2000Y", Duration},
		{"شارك ألف شخص في المسيرة", "", "", ""},
	})
}

// TestNarrativeToday: in an undated text, a deictic day run into its date
// (اليوم الجمعة 15 أفريل 2016، أمس الخميس 5 مارس 2015) says which day the
// text is written on; أمس and غدا after it count from that day, not from
// a later date the text reports.
func TestNarrativeToday(t *testing.T) {
	checkNarrative(t, []row{
		{"يفتتح المعرض اليوم الجمعة 15 أفريل 2016 ويتواصل إلى غاية 17 أفريل، وقد وصل الوزير يوم أمس", "يوم أمس", "2016-04-14", Date},
		{"نظرت المحكمة أمس الخميس 5 مارس 2015 في القضية على أن تستأنف غدا", "غدا", "2015-03-07", Date}, // today is 6 March
		// without a deictic day, the latest stated date still anchors
		{"افتتح المعرض يوم 15 أفريل 2016. وفي 17 أفريل 2016 زاره الوزير وعاد في اليوم التالي", "اليوم التالي", "2016-04-18", Date},
	})
}

// TestDaysOfName: a bare plural unit after لـ is a vague duration (استمر
// لساعات), but not in construct with a name: أيام قرطاج السينمائية is a
// festival.
func TestDaysOfName(t *testing.T) {
	checkNarrative(t, []row{
		{"عين مديرا للدورة 28 لأيام قرطاج المسرحية", "", "", ""},
		{"تواصل الاعتصام لساعات أمام الولاية", "ساعات", "PTXH", Duration},
		{"استمر الحصار لأيام، ثم رفع", "أيام", "PXD", Duration},
	})
}

// TestBareYearsOfHistory: bare years of a biography or a history that
// the year rules missed: a life span opened by a year and closed by a
// date, «(1937 - 4 مايو 2009)»; the Gregorian year after a Hijri one,
// «1250 هـ / 1834»; «بدءا من 1820 وحتى 1848»; «اعتبارا من 2018»; a census
// «إحصاء 2014»; a year closing its clause after في/منذ/حتى, «في 1798،».
func TestBareYearsOfHistory(t *testing.T) {
	checkNarrative(t, []row{
		{"كان المغني عادل (1937 - 4 مايو 2009) من رواد الطرب", "1937", "1937", Date},
		{"كانت الكاتبة سلمى (1951 -)، روائية", "1951", "1951", Date},
		{"ولد الشاعر سنة 1250 هـ / 1834 في القاهرة", "1834", "1834", Date},
		{"حكم الأمير بدءا من 1820 وحتى 1848 البلاد", "1820", "1820", Date},
		{"حكم الأمير بدءا من 1820 وحتى 1848 البلاد", "1848", "1848", Date},
		{"تطبق الضريبة اعتبارا من 2018 على الشركات", "2018", "2018", Date},
		{"بلغ عدد السكان 2,400,000 حسب إحصاء 2014", "2014", "2014", Date},
		{"دخلت الحملة الفرنسية مصر في 1798، ثم خرجت", "1798", "1798", Date},
		{"ظلت المدينة تحت حكمهم حتى 1830.", "1830", "1830", Date},
		{"تتراوح الأسعار بين 1000 و3000 دينار", "", "", ""},
	})
}

// TestWholeAndAfterMidnight: "كاملا" after an accusative unit is in its
// span (as "يوم كامل" is: the unit alone would be no duration), not after
// a number or a dual (سنتين كاملتين is "سنتين", as in the gold); an hour "بعد منتصف الليل" is one TIME span of the small hours.
func TestWholeAndAfterMidnight(t *testing.T) {
	checkNarrative(t, []row{
		{"أغلقت المدارس خمسة أيام كاملة بسبب الثلوج", "خمسة أيام", "P5D", Duration},
		{"دام الحصار شهرين كاملين", "شهرين", "P2M", Duration},
		{"بقي في المستشفى أسبوعا كاملا", "أسبوعا كاملا", "P1W", Duration},
		{"اندلع الحريق حوالي الساعة الثالثة بعد منتصف الليل", "الساعة الثالثة بعد منتصف الليل", "XXXX-XX-XXT03:00", Time},
		{"وقع الانفجار عند منتصف الليل", "منتصف الليل", "XXXX-XX-XXT24:00", Time},
	})
}

// TestFollowingAndCounted: Maghrebi الموالي/الموالية (the following) on a
// month or a year counts from the one named last; days counted from the
// last day named also after و (وبعد ذلك بيومين، وبعدها بأسبوع); a unit
// after مرور is a duration of one.
func TestFollowingAndCounted(t *testing.T) {
	checkNarrative(t, []row{
		{"انطلقت الأشغال في شهر مارس 2013 وانتهت في الشهر الموالي", "الشهر الموالي", "2013-04", Date},
		{"زار الوفد تونس سنة 2012 وعاد في السنة الموالية", "السنة الموالية", "2013", Date},
		{"اجتمع المجلس يوم 3 جوان 2016، وبعد ذلك بيومين أعلن قراره", "بعد ذلك بيومين", "2016-06-05", Date},
		{"اجتمع المجلس يوم 3 جوان 2016، وبعدها بأسبوع أعلن قراره", "بعدها بأسبوع", "2016-06-10", Date},
		{"بعد مرور عام على الاتفاق عادت الاشتباكات", "عام", "P1Y", Duration},
		{"نظمت الحفل بمرور قرن على تأسيس المدينة", "قرن", "P1CE", Duration},
		{"أعلن الحزب الموالي للحكومة انسحابه", "", "", ""},
	})
}

// TestScoreBeforeDay: the second number of a score (3-1) is no count of
// the يوم that heads the weekday after it.
func TestScoreBeforeDay(t *testing.T) {
	checkNarrative(t, []row{
		{"فاز النادي الإفريقي 2-1 يوم الأحد على ملعبه", "يوم الأحد", "XXXX-WXX-7", Date},
	})
	if got := Tag("فاز النادي الإفريقي 2-1 يوم الأحد على ملعبه", Options{Narrative: true}); len(got) != 1 {
		t.Errorf("want the weekday alone, got %s", describe(got))
	}
}

// TestNightBetween: "الليلة الفاصلة بين 10 و11 أفريل" is one TIME span,
// the night of the first day; likewise between two weekdays.
func TestNightBetween(t *testing.T) {
	checkNarrative(t, []row{
		{"أوقفت الوحدات خلال الليلة الفاصلة بين 20 و21 مارس 2016 ثلاثة أشخاص", "الليلة الفاصلة بين 20 و21 مارس 2016", "2016-03-20TNI", Time},
		{"حجزت الوحدات في الليلة الفاصلة بين الجمعة والسبت كمية من البنزين", "الليلة الفاصلة بين الجمعة والسبت", "XXXX-WXX-5TNI", Time},
		{"تبث المباراة الليلة على الساعة 20:00", "الليلة", "XXXX-XX-XXTNI", Time},
	})
}

// TestPodWeekdayMuwafiq: a part of the day of a weekday followed by its
// date (صباح يوم الجمعة الموافق 21 أكتوبر 2011) takes that date; a clock
// time in four digits after الساعة before a bracket (military time).
func TestPodWeekdayMuwafiq(t *testing.T) {
	checkNarrative(t, []row{
		{"توفي صباح يوم الأحد الموافق 9 مارس 2014 في المستشفى", "صباح يوم الأحد", "2014-03-09TMO", Time},
		{"بدأ الهجوم في تمام الساعة 0530 (بتوقيت غرينتش)", "الساعة 0530", "XXXX-XX-XXT05:30", Time},
	})
}

// TestPartsOfYearsMaghrebi: Tunisian الثلاثي (quarter) and السداسي (half)
// of a year; the n-th decade of a century; a spelled-out Hijri year after
// a day and a month, one span.
func TestPartsOfYearsMaghrebi(t *testing.T) {
	checkNarrative(t, []row{
		{"تطور الإنتاج خلال الثلاثي الأول من سنة 2016", "الثلاثي الأول من سنة 2016", "2016-Q1", Date},
		{"تراجعت الصادرات في السداسي الثاني من 2015", "السداسي الثاني من 2015", "2015-H2", Date},
		{"عقد الاجتماع الثلاثي الأول في الجزائر", "", "", ""},
		{"هاجر إلى فرنسا في العقد الأخير من القرن العشرين", "العقد الأخير من القرن العشرين", "199", Date},
		{"توفي في الحادي عشر من شوال سنة ألف وأربعمائة وأربعين للهجرة", "الحادي عشر من شوال سنة ألف وأربعمائة وأربعين للهجرة", "2019-06-14", Date},
	})
}

// TestTimesPer: "مرتين في الأسبوع", "ثلاث مرات في اليوم" are SETs; a
// vague plural after a verb of duration (تأخرت الرحلة دقائق) a duration.
func TestTimesPer(t *testing.T) {
	checkNarrative(t, []row{
		{"يجتمع المكتب التنفيذي مرتين في الشهر", "مرتين في الشهر", "P1M", Set},
		{"يؤخذ الدواء ثلاث مرات في اليوم", "ثلاث مرات في اليوم", "P1D", Set},
		{"تأخر القطار دقائق عن موعده", "دقائق", "PTXM", Duration},
		{"تدوم الأشغال أسابيع", "أسابيع", "PXW", Duration},
	})
}

// TestLaterEarlierOf: "في وقت لاحق/سابق من هذا الأسبوع" is one span, the
// week (or day) it is in; "وقت لاحق" alone stays FUTURE_REF.
func TestLaterEarlierOf(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"سيعقد الاجتماع في وقت لاحق من هذا الأسبوع", "وقت لاحق من هذا الأسبوع", "2016-W48", Date},
		{"أعلنت الوزارة في وقت سابق من اليوم عن الإجراءات", "وقت سابق من اليوم", "2016-11-29", Date},
		{"سيعلن عن القائمة في وقت لاحق", "وقت لاحق", "FUTURE_REF", Date},
	})
}

// TestNarrativeTodayWeekday: in an undated text, "اليوم الثلاثاء" after a
// reported date of another weekday (the strike «يوم الخميس 23 فيفري
// 2017») is not that date: the weekday alone (XXXX-WXX-2); outlets named
// "… اليوم" are no dates.
func TestNarrativeTodayWeekday(t *testing.T) {
	checkNarrative(t, []row{
		{"دعت النقابة إلى إضراب يوم الخميس 23 فيفري 2017، حسب بلاغ لها اليوم الثلاثاء", "اليوم الثلاثاء", "XXXX-WXX-2", Date},
		{"أجلت المحكمة القضية إلى يوم 27 ديسمبر 2016، عشية اليوم الجمعة", "عشية اليوم الجمعة", "XXXX-WXX-5TAF", Time},
		{"انطلقت اليوم الاثنين 20 فيفري 2017 الاحتجاجات التي أعلن عنها أمس الأحد", "أمس الأحد", "2017-02-19", Date},
		{"أفادت قناة روسيا اليوم أن الطائرة سقطت", "", "", ""},
	})
}

// TestApproxMods: ما يقارب / ما يناهز before and تقريبا after a measure
// give mod APPROX (the quantifier stays outside the span).
func TestApproxMods(t *testing.T) {
	for _, c := range []struct{ text, span string }{
		{"توقف المشروع منذ ما يقارب عشر سنوات", "ما يقارب عشر سنوات"}, // quantifier inside (ninth pass)
		{"حكم البلاد ما يناهز ثلاثة عقود", "ما يناهز ثلاثة عقود"},
		{"دامت الأشغال ثلاث سنوات تقريبا", "ثلاث سنوات"},
	} {
		st, en := spanOf(t, c.text, c.span)
		ok := false
		for _, e := range Tag(c.text, Options{Narrative: true}) {
			if e.Start == st && e.End == en {
				ok = e.Mod == "APPROX"
			}
		}
		if !ok {
			t.Errorf("%q: %q not APPROX: %s", c.text, c.span, describe(Tag(c.text, Options{Narrative: true})))
		}
	}
}

// TestWeekdayDayLists: a weekday and day opening a list or range closed by
// a dated day is one span with that month and year.
func TestWeekdayDayLists(t *testing.T) {
	checkNarrative(t, []row{
		{"تنخفض الحرارة يومي الجمعة 13 والسبت 14 جانفي 2017", "يومي الجمعة 13", "2017-01-13", Date},
		{"يفتح التسجيل من الاثنين 3 إلى الجمعة 7 أفريل 2017", "الاثنين 3", "2017-04-03", Date},
		{"يلعب الفريق الجمعة 15 في رادس", "الجمعة", "XXXX-WXX-5", Date},
	})
}

// TestPodEveryWeekday: "مساء كل سبت" is a weekly SET in that part of the
// day.
func TestPodEveryWeekday(t *testing.T) {
	checkNarrative(t, []row{
		{"تبث الحلقة مساء كل سبت على القناة الوطنية", "مساء كل سبت", "XXXX-WXX-6TEV", Set},
		{"ينتصب السوق صباح كل خميس", "صباح كل خميس", "XXXX-WXX-4TMO", Set},
	})
}

// TestToThisDay: in an undated text حتى اليوم / إلى يومنا هذا mean "to
// this day" (PRESENT_REF), not the day of the last date it reports; with a
// DCT اليوم is that day.
func TestToThisDay(t *testing.T) {
	checkNarrative(t, []row{
		{"بني الجامع في 3 مارس 1650 وما زال قائما حتى اليوم", "اليوم", "PRESENT_REF", Date},
		{"تتواصل هذه العادة إلى يومنا هذا", "يومنا هذا", "PRESENT_REF", Date},
	})
	checkRows(t, refDCT, []row{
		{"يتواصل الإضراب حتى اليوم في المصنع", "اليوم", "2016-11-29", Date},
	})
}
