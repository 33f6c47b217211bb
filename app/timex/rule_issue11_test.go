package timex

import (
	"strings"
	"testing"
)

// Rows for the families of issue 11, at DCT Tuesday 2016-11-29 11:11
// unless a test says otherwise.

// TestColloquialDays: the Gulf and Egyptian day words of words.go were
// once swallowed by a trailing // comment.
func TestColloquialDays(t *testing.T) {
	checkRule(t, refDCT, ruleNamed(t, "relday"), []row{
		{"راح نسافر باجر الصبح", "باجر", "2016-11-30", Date},
		{"النهارده الصبح", "النهارده", "2016-11-29", Date},
		{"قال النهاردة إن", "النهاردة", "2016-11-29", Date},
		{"بكرا بنشوف", "بكرا", "2016-11-30", Date},
		{"بكرة أحلى", "", "", ""}, // ب + كرة
	})
}

// TestPodNeedsDay: a part of the day before a month is no TIME
// (ليلة مارس 2016 once gave 2016-03TNI, emptied by the value guard).
func TestPodNeedsDay(t *testing.T) {
	for _, text := range []string{"ليلة مارس 2016", "صباح مارس 2016", "مساء يناير"} {
		for _, e := range Tag(text, Options{DCT: refDCT}) {
			if e.Type == Time || e.Value == "" || strings.HasPrefix(e.Note, invalidValueNote) {
				t.Errorf("%q: %s", text, describe([]Expression{e}))
			}
		}
	}
	checkRows(t, refDCT, []row{
		{"ليلة مارس 2016", "مارس 2016", "2016-03", Date},
		{"ليلة 28 جوان 2016", "ليلة 28 جوان 2016", "2016-06-28TNI", Time},
	})
}

// TestFalseAlarms: a hamza-less امس read after a proclitic that belongs to
// another word, and date words inside a quoted title.
func TestFalseAlarms(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"لامس الكرة بيده", "", "", ""},
		{"ولامسوا السماء", "", "", ""},
		{"نحن بأمس الحاجة إلى الدعم", "", "", ""},
		{"وعاد امس إلى بلاده", "امس", "2016-11-28", Date},
		{"وأمس قال الوزير", "أمس", "2016-11-28", Date},
		{"عرض فيلم \"بكرة أحلى\" في القاهرة", "", "", ""},
		{"مسرحية «غدا نلتقي» على الخشبة", "", "", ""},
		{"في برنامج \"صباح الخير يا مصر\" الذي يبث", "", "", ""},
		{"أطلقت الوزارة حملة «رمضان أحلى»", "", "", ""},
		{"قال إن «الاجتماع سيعقد غدا» في تونس", "غدا", "2016-11-30", Date}, // reported speech, no title
		{"برنامج \"صباح الخير\" اليوم", "اليوم", "2016-11-29", Date},
	})
}

// TestNarrative: with no DCT, narrative mode anchors relative expressions
// on the latest explicit day date before them; before any, they keep X
// placeholders (a weekday keeps its weekday).
func TestNarrative(t *testing.T) {
	text := "قال الوزير أمس الثلاثاء إن الاجتماع سيعقد الأحد المقبل. وفي 3 مارس 2011 أعلن أن الانتخابات ستجرى غدا، وأكد أن ذلك تم الأسبوع الماضي، ومساء أمس التقى الوفد. وفي 14 رجب 1433 هـ أعلن أن الجلسة عقدت أمس."
	es := Tag(text, Options{Narrative: true})
	want := map[string]string{
		"أمس الثلاثاء": "XXXX-WXX-2", "الأحد المقبل": "XXXX-WXX-7", "3 مارس 2011": "2011-03-03",
		"غدا": "2011-03-04", "الأسبوع الماضي": "2011-W08", "مساء أمس": "2011-03-02TEV",
		"14 رجب 1433 هـ": "2012-06-04", "أمس": "2012-06-03",
	}
	for _, e := range es {
		if v, ok := want[e.Text]; ok && e.Value != v {
			t.Errorf("%s = %q, want %q", e.Text, e.Value, v)
		}
	}
	if e := find(Tag(text, Options{}), "غدا"); e == nil || e.Value != "XXXX-XX-XX" {
		t.Errorf("without narrative mode غدا stays underspecified: %+v", e)
	}
	if e := find(Tag(text, Options{DCT: refDCT, Narrative: true}), "غدا"); e == nil || e.Value != "2016-11-30" {
		t.Errorf("a DCT wins over narrative mode: %+v", e)
	}
}

// TestMod: the TIMEX3 mod of a quantifier before (or inside) a span.
func TestMod(t *testing.T) {
	for _, r := range []struct{ text, span, mod string }{
		{"استمرت لأكثر من عشر ساعات", "عشر ساعات", "MORE_THAN"},
		{"غادرها قبل نحو عقدين", "قبل نحو عقدين", "APPROX"},
		{"وقع حوالي الساعة الرابعة مساء", "الساعة الرابعة مساء", "APPROX"},
		{"في أقل من ثلاثة أيام", "ثلاثة أيام", "LESS_THAN"},
		{"ما يزيد على خمس سنوات", "ما يزيد على خمس سنوات", "MORE_THAN"}, // the quantifier inside since the ninth pass
		{"مطلع عام 2019", "مطلع عام 2019", "START"},
		{"أكثر من 2000 طائرة عام 1944", "عام 1944", ""},
		{"أمضى خمس سنوات", "خمس سنوات", ""},
	} {
		e := find(Tag(r.text, Options{DCT: refDCT}), r.span)
		if e == nil || e.Mod != r.mod {
			t.Errorf("%q: %q mod %+v, want %q", r.text, r.span, e, r.mod)
		}
	}
}

// TestBareYears: years used as dates without عام (ranges, brackets, events
// named by their year), not page, reference or price numbers.
func TestBareYears(t *testing.T) {
	checkRule(t, refDCT, ruleNamed(t, "year"), []row{
		{"حرب 1967 غيرت المنطقة", "1967", "1967", Date},
		{"بعد ثورة 1952", "1952", "1952", Date},
		{"حكم فترتين (1903-1907 و 1911-1915)", "1903", "1903", Date},
		{"حكم فترتين (1903-1907 و 1911-1915)", "1907", "1907", Date},
		{"حكم فترتين (1903-1907 و 1911-1915)", "1915", "1915", Date},
		{"الحرب الأهلية (1936 - 1939)", "1939", "1939", Date},
		{"في الفترة 2008 – 2012", "2012", "2012", Date},
		{"2014 – حتى الآن", "2014", "2014", Date},
		{"شهادة الدكتوراه من جامعة لندن (1955).", "1955", "1955", Date},
		{"ولد عام ( 1956 ) في القاهرة", "عام ( 1956 )", "1956", Date},
		{"انظر الصفحات 1200-1250", "", "", ""},
		{"اتصل على الرقم (1955)", "", "", ""},
		{"بسعر 2000 دولار", "", "", ""},
		{"أكثر من 2000 طائرة", "", "", ""},
		{"قرابة (1500) شخص", "", "", ""},
	})
}

// TestSpanRuns: a deictic day run into its weekday and date is one span;
// a year phrase after a day-month belongs to the date.
func TestSpanRuns(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"ويعقد غدا الخميس 12 مارس 2020 اجتماع", "غدا الخميس 12 مارس 2020", "2020-03-12", Date},
		{"أكد أمس الأربعاء 9 سبتمبر 2015 أن", "أمس الأربعاء 9 سبتمبر 2015", "2015-09-09", Date},
		{"في الخامس من مارس آذار العام الماضي", "الخامس من مارس آذار العام الماضي", "2015-03-05", Date},
		{"في 5 مارس العام المقبل", "5 مارس العام المقبل", "2017-03-05", Date},
		{"الأيام العشرة الأخيرة", "الأيام العشرة الأخيرة", "P10D", Duration},
	})
}

// TestRecordsAndEventAnchors: منذ after a record cue measures a duration
// (span without منذ); a measure from an event is a duration; a vague
// plural is an unspecified number of units.
func TestRecordsAndEventAnchors(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"للمرة الأولى منذ أكثر من عشرين عاما", "أكثر من عشرين عاما", "P20Y", Duration},
		{"وسجل أعلى مستوى له منذ عشر سنوات", "عشر سنوات", "P10Y", Duration},
		{"سجل أعلى مستوى في عام", "عام", "P1Y", Duration},
		{"بعد أسابيع من المفاوضات", "أسابيع", "PXW", Duration},
		{"قبل أسبوع من الاقتراع", "أسبوع", "P1W", Duration},
		{"قبل بضعة أيام من الاقتراع", "بضعة أيام", "PXD", Duration},
		{"قبل عامين من الانتخابات", "عامين", "P2Y", Duration},
		{"وصل منذ يومين", "منذ يومين", "2016-11-27", Date},
		{"منذ سنوات", "منذ سنوات", "PAST_REF", Date},
	})
	if e := find(Tag("للمرة الأولى منذ أكثر من عشرين عاما", Options{DCT: refDCT}), "أكثر من عشرين عاما"); e == nil || e.Mod != "MORE_THAN" {
		t.Errorf("mod: %+v", e)
	}
}

// TestDecadesOfCenturies: a decade in construct with its century.
func TestDecadesOfCenturies(t *testing.T) {
	checkRule(t, refDCT, ruleNamed(t, "century"), []row{
		{"في سبعينيات القرن السادس عشر الميلادي", "سبعينيات القرن السادس عشر الميلادي", "157", Date},
		{"منذ ستينيات القرن الماضي", "ستينيات القرن الماضي", "196", Date},
		{"مطلع ثمانينيات القرن العشرين", "مطلع ثمانينيات القرن العشرين", "198", Date},
		{"القرن التاسع عشر", "القرن التاسع عشر", "18", Date},
	})
}

// TestAnchoredOnDates: "the next month", "the same day" count from the
// last day the text named, not from the DCT.
func TestAnchoredOnDates(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"وفي 5 مارس 2019 وصل الوفد، وظهر اليوم ذاته غادر", "ظهر اليوم ذاته", "2019-03-05T12:00", Time},
		{"وفي 5 مارس 2019 وصل الوفد، وفي الشهر التالي غادر", "الشهر التالي", "2019-04", Date},
		{"وفي 5 مارس 2019 وصل الوفد، وفي العام التالي غادر", "العام التالي", "2020", Date},
		{"وفي 5 مارس 2019 وصل، وفي الأسبوع التالي غادر", "الأسبوع التالي", "2019-W11", Date},
		{"وفي الشهر التالي غادر", "الشهر التالي", "2016-12", Date},                       // no date before: the DCT
		{"وفي 5 مارس 2019 وصل، وفي الشهر المقبل يغادر", "الشهر المقبل", "2016-12", Date}, // المقبل is deictic
	})
}

func TestRuleLastOf(t *testing.T) {
	checkRule(t, refDCT, ruleNamed(t, "lastof"), []row{
		{"آخر جمعة من هذا الشهر", "آخر جمعة من هذا الشهر", "2016-11-25", Date},
		{"آخر أحد من الشهر الماضي", "آخر أحد من الشهر الماضي", "2016-10-30", Date},
		{"آخر أسبوع في سبتمبر لعام 2014", "آخر أسبوع في سبتمبر لعام 2014", "2014-W39", Date},
		{"آخر أسبوع من فبراير 2015", "آخر أسبوع من فبراير 2015", "2015-W08", Date}, // the last full week: Feb 16–22 (23–28 run into March)
		{"آخر مرة في سبتمبر", "", "", ""},
	})
	if e := find(Tag("آخر جمعة من الشهر المقبل", Options{}), "آخر جمعة من الشهر المقبل"); e == nil || e.Value != "XXXX-WXX-5" {
		t.Errorf("no DCT: %+v", e)
	}
}

// TestSpelledYears: years written in words after عام/سنة.
func TestSpelledYears(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"في عام ألفين وسبعة عشر", "عام ألفين وسبعة عشر", "2017", Date},
		{"منذ عام ألف وتسعمائة وثمانية وأربعين", "عام ألف وتسعمائة وثمانية وأربعين", "1948", Date},
		{"دفع ألف دولار", "", "", ""},
	})
	e := find(Tag("سنة ألف وأربعمائة واثنين وأربعين للهجرة", Options{DCT: refDCT}), "سنة ألف وأربعمائة واثنين وأربعين للهجرة")
	if e == nil || e.Calendar != Hijri || e.Hijri != "1442" {
		t.Errorf("Hijri spelled year: %+v", e)
	}
}

// TestNearbyYear: a yearless date takes a year stated nearby in its
// paragraph rather than the DCT year; not across a paragraph, and not when
// a modifier or a future cue decides.
func TestNearbyYear(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"زار الرئيس باريس في عام 2010، والتقى نظيره في 5 مارس", "5 مارس", "2010-03-05", Date},
		{"في عام 2010 زار باريس.\nوفي 5 مارس التقى نظيره", "5 مارس", "2016-03-05", Date},
		{"في عام 2010 زار باريس، وفي مارس الماضي التقى نظيره", "مارس الماضي", "2016-03", Date},
	})
}
