package timex

import "testing"

// Issue 11, third pass: examples of our own for families 2, 6 and 7.

// TestPastContext: a yearless date in a clause marked past by an auxiliary
// (كان، تم، لم، لقد) is the latest such date on or before the DCT; a
// reported clause (قال إن …) keeps the default.
func TestPastContext(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"كان المؤتمر قد عقد في 20 ديسمبر", "20 ديسمبر", "2015-12-20", Date},
		{"تم توقيع الاتفاق في 15 فبراير", "15 فبراير", "2016-02-15", Date},
		{"لم يحضر اجتماع 10 ديسمبر", "10 ديسمبر", "2015-12-10", Date},
		{"تم توقيع الاتفاق في 15 نوفمبر", "15 نوفمبر", "2016-11-15", Date},
		{"قال الوزير إن القمة في 20 ديسمبر", "20 ديسمبر", "2016-12-20", Date},
		{"من المقرر أن تعقد القمة في 20 فبراير", "20 فبراير", "2017-02-20", Date},
	})
}

// TestCountedFromLastDay: بعد ذلك / قبل ذلك + ب + days or weeks counts from
// the last day named (DCT when none).
func TestCountedFromLastDay(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"وصل الوفد في 12 مارس 2016 وغادر بعد ذلك بثلاثة أيام", "بعد ذلك بثلاثة أيام", "2016-03-15", Date},
		{"وقع في 12 مارس 2016 وكان قد زارها قبل ذلك بيومين", "قبل ذلك بيومين", "2016-03-10", Date},
		{"وصل في 12 مارس 2016 ثم عاد بعد ذلك بأسبوعين", "بعد ذلك بأسبوعين", "2016-03-26", Date},
		{"وصل بعد ذلك بيوم", "بعد ذلك بيوم", "2016-11-30", Date},
		{"وصل في 12 مارس 2016 وعاد بعدها بأسبوعين", "بعدها بأسبوعين", "2016-03-26", Date},
		{"وقع في 12 مارس 2016 وكان قد زارها قبلها بيومين", "قبلها بيومين", "2016-03-10", Date},
		{"وعاد بعدها بقليل", "", "", ""},
	})
}

// TestVaguePlurals: a plural unit with a verb of duration a few words
// before, in the accusative, or with an adjective of number is an
// unspecified number of units; منذ عقد is P10Y, but عقد "contract" is not.
func TestVaguePlurals(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"بقي الجنود هناك أياما ثم غادروا", "أياما", "PXD", Duration},
		{"استمرت المفاوضات أسابيع دون نتيجة", "أسابيع", "PXW", Duration},
		{"قضى أعواما في المنفى", "أعواما", "PXY", Duration},
		{"عاش في المدينة سنوات طويلة", "سنوات طويلة", "PXY", Duration},
		{"غادر البلاد منذ عقد.", "عقد", "P10Y", Duration},
		{"غادر البلاد منذ عقد من الزمن", "عقد من الزمن", "P10Y", Duration},
		{"وقع عقدا مع الشركة", "", "", ""},
		{"منذ عقد اتفاق السلام", "", "", ""},
		{"نشر أخبارا كثيرة", "", "", ""},
	})
}

// TestJoinedParts: what belongs to an expression is inside it (family 8).
func TestJoinedParts(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"وقع الانفجار أواخر يوم السبت الماضي", "أواخر يوم السبت الماضي", "2016-11-26", Date},
		{"أعلن في وقت متأخر من الشهر الماضي", "وقت متأخر من الشهر الماضي", "2016-10", Date},
		{"وصل في وقت مبكر من صباح اليوم", "وقت مبكر من صباح اليوم", "2016-11-29TMO", Time},
		{"بدأ الهجوم الساعة الثامنة والربع من صباح يوم الأحد", "الساعة الثامنة والربع من صباح يوم الأحد", "2016-11-27T08:15", Time},
		{"وصل العاشرة من مساء أمس", "العاشرة من مساء أمس", "2016-11-28T22:00", Time},
		{"انطلقت المسيرة مساء الخميس 3 نوفمبر 2016 من الساحة", "مساء الخميس 3 نوفمبر 2016", "2016-11-03TEV", Time},
		{"في آخر يوم الأحد", "يوم الأحد", "2016-11-27", Date}, // آخر: also "last"
	})
	for _, c := range []struct{ text, span, mod string }{
		{"وقع الانفجار أواخر يوم السبت الماضي", "أواخر يوم السبت الماضي", "END"},
		{"أعلن في وقت متأخر من الشهر الماضي", "وقت متأخر من الشهر الماضي", "END"},
		{"وصل في وقت مبكر من صباح اليوم", "وقت مبكر من صباح اليوم", "START"},
		{"في منتصف يوم الأحد", "منتصف يوم الأحد", "MID"},
	} {
		if e := find(Tag(c.text, Options{DCT: refDCT}), c.span); e == nil || e.Mod != c.mod {
			t.Errorf("%s: %+v, want mod %s", c.text, e, c.mod)
		}
	}
}

// TestEra: millennia and dates before Christ (TIMEX3 BC values).
func TestEra(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"ولد في الألفية الثالثة قبل الميلاد", "الألفية الثالثة قبل الميلاد", "BC2", Date},
		{"مع مطلع الألفية الثالثة", "مطلع الألفية الثالثة", "2", Date},
		{"في الألفية الثانية للميلاد", "الألفية الثانية للميلاد", "1", Date},
		{"يعود إلى حوالي 3000 سنة قبل الميلاد", "3000 سنة قبل الميلاد", "BC3000", Date},
		{"توفي عام 500 قبل الميلاد", "عام 500 قبل الميلاد", "BC0500", Date},
		{"بني سنة 250 ق.م في روما", "سنة 250 ق.م", "BC0250", Date},
		{"في القرن الخامس قبل الميلاد", "القرن الخامس قبل الميلاد", "BC04", Date},
		{"عاش 3000 سنة قبل أن يموت", "", "", ""},
		{"أهداف الألفية للتنمية", "", "", ""},
	})
	for _, v := range []string{"BC2", "BC04", "BC0500", "2"} {
		if !ValidValue(v) {
			t.Errorf("ValidValue(%q) = false", v)
		}
	}
	for _, v := range []string{"BC", "BC05000", "BCX1", "BC-1"} {
		if ValidValue(v) {
			t.Errorf("ValidValue(%q) = true", v)
		}
	}
	if g, _ := Readable(Expression{Type: Date, Value: "BC0500"}); g != "500 ق.م" {
		t.Errorf("Readable(BC0500) = %q", g)
	}
}

// TestTwoDigitYears: a year written with two digits after a year head, an
// event noun or opening a range closed by a four-digit year.
func TestTwoDigitYears(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"في عام 85 انتقل إلى القاهرة", "عام 85", "1985", Date},
		{"ولد سنة 48.", "سنة 48", "1948", Date},
		{"بعد نكسة 67 مباشرة", "67", "1967", Date},
		{"شارك في حرب 73.", "73", "1973", Date},
		{"في انتخابات 05 فاز الحزب", "05", "2005", Date},
		{"الفترة 98 - 2001م", "98", "1998", Date},
		{"وفي عام 330 بعد الميلاد صارت", "عام 330 بعد الميلاد", "0330", Date},
		{"سنة 36 للهجرة", "سنة 36 للهجرة", "", Date},
		{"حرب 40 يوما", "40 يوما", "P40D", Duration},
		{"في 85 دولة", "", "", ""},
		{"عام 15 مليون", "", "", ""},
	})
}

// TestClockForms: clock times written as one number, with a meal, in
// words with minutes, mid-morning; a part of the day after a future verb;
// every 15 April; compound durations of three parts.
func TestClockForms(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"سأعود 340 مساءً", "340 مساءً", "2016-11-29T15:40", Time},
		{"سأعود 1140 صباحا", "1140 صباحا", "2016-11-29T11:40", Time},
		{"قتل 340 مساء الأحد", "مساء الأحد", "2016-11-27TEV", Time},
		{"في 12 مارس 2015 مساء", "12 مارس 2015", "2015-03-12", Date},
		{"نلتقي الساعة 1 وقت الغداء", "الساعة 1 وقت الغداء", "2016-11-29T13:00", Time},
		{"وصل في الثامنة عشرين مساء", "الثامنة عشرين مساء", "2016-11-29T20:20", Time},
		{"قتل خمسة عشر شخصا مساء", "", "", ""},
		{"منتصف الصباح", "منتصف الصباح", "2016-11-29T10:00", Time},
		{"سأعود الظهر", "الظهر", "2016-11-29T12:00", Time},
		{"طعنه في الظهر", "", "", ""},
		{"يحتفلون كل 15 أبريل", "كل 15 أبريل", "XXXX-04-15", Set},
		{"سأغادر كل 4/15", "كل 4/15", "XXXX-04-15", Set},
		{"سأغادر لمدة عام واحد و شهر و 21 يوما", "عام واحد و شهر و 21 يوما", "P1Y1M21D", Duration},
		{"سأغادر لمدة 2 أيام و شهر واحد", "2 أيام و شهر واحد", "P1M2D", Duration},
		{"ثلاثة أيام وشهر رمضان", "ثلاثة أيام", "P3D", Duration},
	})
}

// TestRelativeClause: الذي سبقه / الذي تلاه count from the last date the
// text named, at its own granularity (family 2).
func TestRelativeClause(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"وفي يوليو 2015 ارتفعت الأسعار مقارنة بالشهر الذي سبقه", "الشهر الذي سبقه", "2015-06", Date},
		{"وفي عام 2010 وقع الزلزال وفي العام الذي تلاه أعيد البناء", "العام الذي تلاه", "2011", Date},
		{"وصل في 5 مارس 2016 وكان قد غادر في اليوم الذي سبقه", "اليوم الذي سبقه", "2016-03-04", Date},
		{"وفي 5 مارس 2019 وصل الوفد، وفي الشهر التالي غادر", "الشهر التالي", "2019-04", Date},
		{"وفي عام 2010 وقع الزلزال وفي الشهر التالي", "الشهر التالي", "2016-12", Date}, // a year is no base for a month
		{"خلفه الرجل الذي سبقه", "", "", ""},
	})
}
