package timex

import (
	"strings"
	"testing"
	"time"
)

// Cases B1–B19 of shared/cases/README.md part B (DCT 2016-11-29T11:11).

func TestCaseB1RelativeHours(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"غادر الوفد قبل 4 ساعات", "قبل 4 ساعات", "2016-11-29T07:11", Time},
		{"غادر الوفد قبل ٥ ساعات", "قبل ٥ ساعات", "2016-11-29T06:11", Time},
		{"غادر الوفد قبل 5 ساعة", "قبل 5 ساعة", "2016-11-29T06:11", Time},
	})
}

func TestCaseB2Relative(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"زارها قبل ستة أشهر", "قبل ستة أشهر", "2016-05", Date},
		{"وصل منذ أسبوعين", "منذ أسبوعين", "2016-11-15", Date},
		{"وصل أول أمس", "أول أمس", "2016-11-27", Date},
		{"في العام الماضي", "العام الماضي", "2015", Date},
	})
}

func TestCaseB3DaysAgo(t *testing.T) {
	checkRows(t, refDCT, []row{{"وقع ذلك 5 أيام مضت", "5 أيام مضت", "2016-11-24", Date}})
}

func TestCaseB4HijriDay(t *testing.T) {
	for _, text := range []string{"28 صفر 1438 هـ", "٢٨ صفر ١٤٣٨"} {
		es := Tag(text, Options{DCT: refDCT})
		if len(es) != 1 || es[0].Start != 0 || es[0].End != len([]rune(text)) {
			t.Fatalf("%q: got %s", text, describe(es))
		}
		e := es[0]
		if e.Type != Date || e.Calendar != Hijri || e.Hijri != "1438-02-28" || e.Value != "2016-11-28" {
			t.Errorf("%q: got %+v", text, e)
		}
	}
}

func TestCaseB5HijriYearOutOfTable(t *testing.T) {
	for _, c := range []struct{ text, span, hijri string }{
		{"في سنة 1350 هـ", "سنة 1350 هـ", "1350"},
		{"في 1501 هـ", "1501 هـ", "1501"},
		{"في 5 رجب 1650 هـ", "5 رجب 1650 هـ", "1650-07-05"},
	} {
		e := find(Tag(c.text, Options{DCT: refDCT}), c.span)
		if e == nil {
			t.Fatalf("%q: %q not found", c.text, c.span)
		}
		if e.Calendar != Hijri || e.Hijri != c.hijri || e.Value != "" || e.Note == "" {
			t.Errorf("%q: got %+v", c.text, *e)
		}
	}
	// 1501 AH is inside the Umm al-Qura table (1300–1600 AH); 1650 is not.
	e := find(Tag("في 5 رجب 1650 هـ", Options{DCT: refDCT}), "5 رجب 1650 هـ")
	if !strings.Contains(e.Note, "outside") {
		t.Errorf("note should say the date is outside the table: %q", e.Note)
	}
}

func TestCaseB6NumericDates(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"٢٠١٦/١١/٢٩", "٢٠١٦/١١/٢٩", "2016-11-29", Date},
		{"الاجتماع يوم ٢٩/١١/٢٠١٦", "يوم ٢٩/١١/٢٠١٦", "2016-11-29", Date},
		{"٢٠١٦-١١-٢٩", "٢٠١٦-١١-٢٩", "2016-11-29", Date},
	})
}

func TestCaseB7FutureDuration(t *testing.T) {
	checkRows(t, refDCT, []row{{"خلال الأعوام الثلاثة المقبلة", "الأعوام الثلاثة المقبلة", "P3Y", Duration}})
}

func TestCaseB8InvalidHijriDay(t *testing.T) {
	e := find(Tag("30 ذو الحجة 1433 هـ", Options{DCT: refDCT}), "30 ذو الحجة 1433 هـ")
	if e == nil {
		t.Fatal("not recognized")
	}
	if e.Hijri != "1433-12-30" || e.Value != "" || !strings.Contains(e.Note, "day 30") {
		t.Errorf("got %+v", *e)
	}
}

func TestCaseB9B10HijriConversion(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"1 جمادى الآخرة 1446 هـ", "1 جمادى الآخرة 1446 هـ", "2024-12-02", Date},
		{"30 صفر 1442", "30 صفر 1442", "2020-10-17", Date},
		{"1 جمادي الاخرة 1446ه", "1 جمادي الاخرة 1446ه", "2024-12-02", Date},
	})
}

// TestCaseB19ExplicitEquivalentWins: a Hijri date and its Gregorian
// equivalent stated in the text are linked, and what the text states wins
// over the Umm al-Qura table in both directions, whichever comes first: the
// Hijri span takes the stated Gregorian value (the table gives 2019-05-17)
// and the Gregorian span the stated Hijri date 1440-09-12 (the table gives
// 1440-09-13), each with a Note naming the table's figure.
func TestCaseB19ExplicitEquivalentWins(t *testing.T) {
	for _, text := range []string{
		"12 رمضان 1440ه الموافق 18 ماي 2019",
		"18 ماي 2019 الموافق 12 رمضان 1440ه",
		"السبت 18 ماي 2019 (12 رمضان 1440ه)",
	} {
		es := Tag(text, Options{DCT: refDCT})
		h, g := find(es, "12 رمضان 1440ه"), find(es, "18 ماي 2019")
		if g == nil {
			g = find(es, "السبت 18 ماي 2019")
		}
		if len(es) != 2 || h == nil || g == nil {
			t.Fatalf("%q: want the two spans, got %s", text, describe(es))
		}
		if es[h.Link].Text != g.Text || es[g.Link].Text != h.Text {
			t.Errorf("%q: links %d %d", text, h.Link, g.Link)
		}
		if h.Calendar != Hijri || h.Value != "2019-05-18" || h.Hijri != "1440-09-12" {
			t.Errorf("%q: Hijri span %+v", text, *h)
		}
		if g.Calendar != Gregorian || g.Value != "2019-05-18" || g.Hijri != "1440-09-12" {
			t.Errorf("%q: Gregorian span %+v", text, *g)
		}
		if !strings.Contains(h.Note, "2019-05-17") {
			t.Errorf("%q: the Hijri span's note should give the table date: %q", text, h.Note)
		}
		if !strings.Contains(g.Note, "1440-09-13") {
			t.Errorf("%q: the Gregorian span's note should give the table date: %q", text, g.Note)
		}
	}
	// When the statement agrees with the table nothing is overridden.
	es := Tag("13 رمضان 1440ه الموافق 18 ماي 2019", Options{DCT: refDCT})
	if g := find(es, "18 ماي 2019"); g == nil || g.Hijri != "1440-09-13" || g.Note != "" {
		t.Errorf("agreeing equivalent: %s", describe(es))
	}
	// Unlinked, a Gregorian day keeps the table's Hijri.
	es = Tag("وصل في 18 ماي 2019", Options{DCT: refDCT})
	if g := find(es, "18 ماي 2019"); g == nil || g.Hijri != "1440-09-13" || g.Link != -1 {
		t.Errorf("unlinked: %s", describe(es))
	}
}

func TestCaseB11B12B13Separators(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"٢٩/١١/2016", "٢٩/١١/2016", "2016-11-29", Date},
		{"الثلاثاء، ٢٩ نوفمبر، ٢٠١٦", "الثلاثاء، ٢٩ نوفمبر، ٢٠١٦", "2016-11-29", Date},
		{"29 نوفمبر، 2016", "29 نوفمبر، 2016", "2016-11-29", Date},
		{"١١/١١/٢٠٠١", "١١/١١/٢٠٠١", "2001-11-11", Date},
		{"في \u200f١١\u200f/\u200f١١\u200f/\u200f٢٠٠١\u200f.", "١١\u200f/\u200f١١\u200f/\u200f٢٠٠١", "2001-11-11", Date},
	})
}

func TestCaseB14B15(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"في عام ٢٠١٦", "عام ٢٠١٦", "2016", Date},
		{"وصل الأحد", "الأحد", "2016-11-27", Date},
	})
}

// TestCaseB16MonthPairs: a month pair is one span. The case allows "the
// year from context" for a bare month; with a DCT the year is the DCT's
// (unless that puts the month more than nine months ahead), which is what
// the project gold does for bare months in running text: "سبتمبر" and
// "شهر أغسطس" → 2016-09 / 2016-08 (heldout4.json sa-inflation, ae-heat),
// "نوفمبر" → 2016-11 (heldout5.json ly-salaries), "شهر تموز" → 2015-07
// (gold 17, DCT 2015-08-03). Without a DCT the year is the last one the
// text stated, else XXXX.
func TestCaseB16MonthPairs(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"في يونيو/حزيران الماضي", "يونيو/حزيران الماضي", "2016-06", Date},
		{"في مارس (آذار)", "مارس (آذار)", "2016-03", Date},
		{"في 14 يوليو تموز 2017", "14 يوليو تموز 2017", "2017-07-14", Date},
		{"في آب/أغسطس", "آب/أغسطس", "2016-08", Date},
		{"في أفريل/ أبريل", "أفريل/ أبريل", "2016-04", Date},
	})
	checkRows(t, time.Time{}, []row{
		{"في مارس (آذار)", "مارس (آذار)", "XXXX-03", Date},
		{"في آب/أغسطس", "آب/أغسطس", "XXXX-08", Date},
		{"في أفريل/ أبريل", "أفريل/ أبريل", "XXXX-04", Date},
		{"انطلق المشروع عام 2015 وانتهى في آب/أغسطس", "آب/أغسطس", "2015-08", Date},
		{"في عام 2019، وتحديدا في أفريل/ أبريل", "أفريل/ أبريل", "2019-04", Date},
	})
}

func TestCaseB17Glued(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"فغشت", "غشت", "2016-08", Date},
		{"ف28 يناير 2020", "28 يناير 2020", "2020-01-28", Date},
		{"22 دجنبر2020", "22 دجنبر2020", "2020-12-22", Date},
		{"الأحد10شوال 1436هـ", "الأحد10شوال 1436هـ", "2015-07-26", Date},
		{"في26يوليو", "26يوليو", "2016-07-26", Date},
	})
}

func TestCaseB18Traps(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"أعلنت شركة نيسان عن أرباحها", "", "", ""},
		{"«نيسان» تعلن عن صافي إيرادات", "", "", ""},
		{"أرسل رسالة عبر واتس آب", "", "", ""},
		{"قال نواب قوى 14 آذار", "", "", ""},
		{"اجتمع فريق «8 آذار»", "", "", ""},
		{"سجلت الوزارة 1,250 إصابة جديدة", "", "", ""},
		{"خصص 30 مليون دولار", "", "", ""},
		{"يزور موسكو للمرة الأولى", "", "", ""},
		{"فتح باب الترشح", "", "", ""},
	})
}

// Two dates of different calendars side by side that are not the same day
// (here five years apart) are not linked as stated equivalents, and each
// keeps its own value.
func TestAdjacentDatesNotEquivalent(t *testing.T) {
	dct := time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)
	es := Tag("22 دجنبر2020، الأحد10شوال 1436هـ", Options{DCT: dct})
	if len(es) != 2 {
		t.Fatalf("got %d expressions: %+v", len(es), es)
	}
	if es[0].Link != -1 || es[1].Link != -1 {
		t.Errorf("linked: %+v", es)
	}
	if es[0].Value != "2020-12-22" || es[1].Value != "2015-07-26" || es[1].Hijri != "1436-10-10" {
		t.Errorf("values %q %q (hijri %q), want 2020-12-22, 2015-07-26 (1436-10-10)", es[0].Value, es[1].Value, es[1].Hijri)
	}
	// A stated equivalent a day off the table (moon sighting) is linked.
	es = Tag("12 رمضان 1440ه، 18 ماي 2019", Options{DCT: dct})
	if len(es) != 2 || es[0].Link != 1 || es[0].Value != "2019-05-18" {
		t.Errorf("sighting shift not linked: %+v", es)
	}
}

// TestCaseC16TwelveOClock: ص/م on hour 12 (shared/cases/README.md C16).
func TestCaseC16TwelveOClock(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"بدأت الجلسة الساعة 12:15 م وانتهت الساعة 1:30 م", "الساعة 12:15 م", "2016-11-29T12:15", Time},
		{"بدأت الجلسة الساعة 12:15 م وانتهت الساعة 1:30 م", "الساعة 1:30 م", "2016-11-29T13:30", Time},
		{"وقع الانفجار الساعة 12:15 ص", "الساعة 12:15 ص", "2016-11-29T00:15", Time},
	})
}

// TestCaseC18LastWeekdayOfMonth: آخر جمعة من هذا الشهر (C18).
func TestCaseC18LastWeekdayOfMonth(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"تنطلق المفاوضات آخر جمعة من هذا الشهر", "آخر جمعة من هذا الشهر", "2016-11-25", Date},
		{"آخر جمعة من الشهر المقبل", "آخر جمعة من الشهر المقبل", "2016-12-30", Date},
		{"آخر جمعة من الشهر الماضي", "آخر جمعة من الشهر الماضي", "2016-10-28", Date},
	})
}

// TestCaseC20LastWeekOfMonth: آخر أسبوع في سبتمبر لعام 2014 (C20).
func TestCaseC20LastWeekOfMonth(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"آخر أسبوع في سبتمبر لعام 2014", "آخر أسبوع في سبتمبر لعام 2014", "2014-W39", Date},
		{"أقرت الحكومة موازنة لعام 2017", "عام 2017", "2017", Date},
	})
	if es := Tag("آخر أسبوع في سبتمبر لعام 2014", Options{DCT: refDCT}); len(es) != 1 {
		t.Errorf("want one expression: %s", describe(es))
	}
	if es := Tag("أقرت الحكومة موازنة لعام 2017", Options{DCT: refDCT}); len(es) != 1 {
		t.Errorf("want one expression: %s", describe(es))
	}
}
