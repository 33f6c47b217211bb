package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDetectDCT(t *testing.T) {
	tests := []struct {
		text, span string
		want       time.Time
	}{
		{"عنوان الخبر\n\nالثلاثاء 29 نوفمبر 2016 11:11 ص\n\nنص الخبر", "الثلاثاء 29 نوفمبر 2016 11:11 ص", time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)},
		{"الرياض - 15 شوال 1436 هـ\nأعلنت الوزارة", "15 شوال 1436 هـ", time.Date(2015, 7, 31, 0, 0, 0, 0, time.UTC)},
		{"نشر في: 2016-11-29\nنص", "2016-11-29", time.Date(2016, 11, 29, 0, 0, 0, 0, time.UTC)},
		{"مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "10 أغسطس 2015 م", time.Date(2015, 8, 10, 0, 0, 0, 0, time.UTC)},
		{"نشر بتاريخ ٢٩/١١/٢٠١٦ - ١٥:٣٠", "٢٩/١١/٢٠١٦ - ١٥:٣٠", time.Date(2016, 11, 29, 15, 30, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		dct, st, en, ok := DetectDCT(tt.text)
		if !ok {
			t.Errorf("%q: no DCT", tt.text)
			continue
		}
		ws, we := spanOf(t, tt.text, tt.span)
		if !dct.Equal(tt.want) || st != ws || en != we {
			t.Errorf("%q: got %v [%d,%d), want %v [%d,%d)", tt.text, dct, st, en, tt.want, ws, we)
		}
	}
	if _, _, _, ok := DetectDCT("قال الوزير إن الاجتماع كان أمس الثلاثاء"); ok {
		t.Error("found a DCT in a text without a dateline")
	}
}

func TestDetectDCTSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/articles/seed_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	dct, st, en, ok := DetectDCT(string(b))
	want := time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)
	if !ok || !dct.Equal(want) || st != 55 || en != 86 {
		t.Errorf("got %v [%d,%d) %v", dct, st, en, ok)
	}
}

func TestReadable(t *testing.T) {
	tests := []struct {
		e    Expression
		g, h string
	}{
		{Expression{Type: Date, Value: "2016-11-29"}, "الثلاثاء 29 نوفمبر 2016", "29 صفر 1438 هـ"},
		{Expression{Type: Date, Value: "2016-11-28", Hijri: "1438-02-28", Calendar: Hijri}, "الاثنين 28 نوفمبر 2016", "28 صفر 1438 هـ"},
		{Expression{Type: Date, Value: "2016-06"}, "يونيو 2016", ""},
		{Expression{Type: Date, Value: "", Hijri: "1436-10", Calendar: Hijri}, "", "شوال 1436 هـ"},
		{Expression{Type: Date, Value: "", Hijri: "1436", Calendar: Hijri}, "", "1436 هـ"},
		{Expression{Type: Time, Value: "2016-11-29T11:11"}, "الثلاثاء 29 نوفمبر 2016 11:11", "29 صفر 1438 هـ"},
		{Expression{Type: Duration, Value: "P6M"}, "مدة: 6 شهر", ""},
		{Expression{Type: Date, Value: "XXXX-WXX-2"}, "الثلاثاء", ""},
		{Expression{Type: Duration, Value: "P20Y", Mod: "APPROX"}, "مدة: نحو 20 سنة", ""},
		{Expression{Type: Date, Value: "2016", Mod: "START"}, "مطلع 2016", ""},
		{Expression{Type: Date, Value: "", Hijri: "1436-10", Calendar: Hijri, Mod: "END"}, "", "أواخر شوال 1436 هـ"},
	}
	for _, tt := range tests {
		g, h := Readable(tt.e)
		if g != tt.g || h != tt.h {
			t.Errorf("Readable(%+v) = %q, %q; want %q, %q", tt.e, g, h, tt.g, tt.h)
		}
	}
}

// TestDetectDCTArticles: only the articles whose gold DCT comes from a
// dateline in the text get one; body dates in the first paragraph (e.g.
// "في 10 افريل 2017") are not taken for a dateline.
func TestDetectDCTArticles(t *testing.T) {
	want := map[string]string{
		"01_snn-spa.txt":   "2015-08-10",
		"seed_article.txt": "2016-11-29",
	}
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatal("no articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dct, _, _, ok := DetectDCT(string(b))
		name := filepath.Base(p)
		if w, has := want[name]; has != ok || ok && dct.Format("2006-01-02") != w {
			t.Errorf("%s: got %v %v, want %q", name, dct, ok, w)
		}
	}
}

func TestReadableMore(t *testing.T) {
	tests := []struct {
		e Expression
		g string
	}{
		{Expression{Type: Time, Value: "2016-11-28TEV"}, "الاثنين 28 نوفمبر 2016 مساءً"},
		{Expression{Type: Date, Value: "PAST_REF"}, "في الماضي"},
		{Expression{Type: Date, Value: "XXXX-WXX-2"}, "الثلاثاء"},
		{Expression{Type: Set, Value: "XXXX-WXX-5"}, "كل جمعة"},
		{Expression{Type: Date, Value: "2016-W47"}, "الأسبوع 47 من 2016"},
		{Expression{Type: Date, Value: "2015-Q1"}, "الربع الأول 2015"},
		{Expression{Type: Set, Value: "P1Y"}, "كل سنة"},
		{Expression{Type: Set, Value: "P2W"}, "كل 2 أسبوع"},
	}
	for _, tt := range tests {
		if g, _ := Readable(tt.e); g != tt.g {
			t.Errorf("Readable(%+v) = %q, want %q", tt.e, g, tt.g)
		}
	}
}

// TestScannedSame: one Scan gives what DetectDCT and Tag give, whatever
// the options, on texts shorter and longer than the dateline window.
func TestScannedSame(t *testing.T) {
	long := strings.Repeat("وقال المتحدث إن الاجتماع المقبل سيعقد بعد أسبوعين. ", 20)
	texts := []string{
		"",
		"القاهرة - 5 مارس 2019: أعلنت وزارة الصحة يوم الأحد الماضي أنها ستبدأ بعد ثلاثة أيام.",
		"الثلاثاء 29 نوفمبر 2016 11:11 ص\nقال مسؤول أمس إن المفاوضات ستستأنف في 3 ديسمبر.",
		"الرياض - 15 شوال 1436 هـ\nفي عام 2010 … وفي 5 مارس عقد الاجتماع، ومساء أمس حتى الساعة الثانية فجرا.",
		"نشر في: 12/04/2021\n" + long + "وفي الأسبوع المقبل",
		long + "الثلاثاء 29 نوفمبر 2016",
		"عام ألفين وسبعة عشر، سنة ألف وأربعمائة واثنين وأربعين للهجرة، غدا",
	}
	dct := time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)
	for _, text := range texts {
		sc := Scan(text)
		for _, opt := range []Options{{}, {Narrative: true}, {DCT: dct}, {DCT: dct, Narrative: true}} {
			if got, want := sc.Tag(opt), Tag(text, opt); !reflect.DeepEqual(got, want) {
				t.Errorf("%.40q %+v: Scan().Tag\n%+v\nTag\n%+v", text, opt, got, want)
			}
		}
		d1, s1, e1, ok1 := sc.DetectDCT()
		d2, s2, e2, ok2 := DetectDCT(text)
		if !d1.Equal(d2) || s1 != s2 || e1 != e2 || ok1 != ok2 {
			t.Errorf("%.40q: Scan().DetectDCT %v %d %d %v, DetectDCT %v %d %d %v", text, d1, s1, e1, ok1, d2, s2, e2, ok2)
		}
	}
}
