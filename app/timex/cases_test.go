package timex

import (
	"strings"
	"testing"
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

func TestCaseB19ExplicitEquivalentWins(t *testing.T) {
	es := Tag("12 رمضان 1440ه الموافق 18 ماي 2019", Options{DCT: refDCT})
	if len(es) != 2 {
		t.Fatalf("want two spans, got %s", describe(es))
	}
	h, g := es[0], es[1]
	if h.Text != "12 رمضان 1440ه" || g.Text != "18 ماي 2019" {
		t.Fatalf("spans %q %q", h.Text, g.Text)
	}
	if h.Link != 1 || g.Link != 0 {
		t.Errorf("links %d %d", h.Link, g.Link)
	}
	if h.Value != "2019-05-18" || h.Hijri != "1440-09-12" || g.Value != "2019-05-18" {
		t.Errorf("values %+v %+v", h, g)
	}
	if !strings.Contains(h.Note, "2019-05-17") {
		t.Errorf("note should give the table date: %q", h.Note)
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

func TestCaseB16MonthPairs(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"في يونيو/حزيران الماضي", "يونيو/حزيران الماضي", "2016-06", Date},
		{"في مارس (آذار)", "مارس (آذار)", "2016-03", Date},
		{"في 14 يوليو تموز 2017", "14 يوليو تموز 2017", "2017-07-14", Date},
		{"في آب/أغسطس", "آب/أغسطس", "2016-08", Date},
		{"في أفريل/ أبريل", "أفريل/ أبريل", "2016-04", Date},
	})
	// without a DCT the year stays unknown
	es := Tag("في مارس (آذار)", Options{})
	if len(es) != 1 || es[0].Value != "XXXX-03" {
		t.Errorf("no DCT: got %s", describe(es))
	}
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
