package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzTag checks that Tag never panics and always returns well-formed,
// sorted spans whose Text is the exact slice of the input, that split no
// word (spanBoundaryError), and whose Value is a valid TIMEX3 value
// (ValidValue) — at the reference DCT and with none, without the last
// guard of build having to drop a value, and also at the extreme DCTs
// 0001-01-01 and 9999-12-31, where the guard may fire.
//
//	go test ./app/timex -run '^$' -fuzz FuzzTag -fuzztime 30s
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"الثلاثاء 29 نوفمبر 2016 11:11 ص", "١١\u200f/١١\u200f/٢٠٠١", "1437ـ1441هـ", "الأحد10شوال 1436هـ",
		"30 ذو الحجة 1433 هـ", "12 رمضان 1440ه الموافق 18 ماي 2019", "قبل 5 ساعة", "ف28 يناير 2020",
		"يونيو/حزيران الماضي", "من 5 إلى 7 مساء", "31/02/2016", "عام 99999", "ﻻ", "\xff\xfe", "كل يوم جمعة",
		"الساعة 10 والنصف", "(", "))((", "9999/99/99", "0:00", "منتصف-", "و", "ف1", "يومي 7 و14 أكتوبر",
		"لغدليه 14 مارس 2020", "عيد الأضحى المبارك", "منتصف ليل السبت 25 مارس 2017", "سنة وشهرين",
		"الساعة 10 بتوقيت مكة المكرمة", "16/04/21", "الأول من يناير من كل عام", "السادسة من صباح اليوم التالي",
		"قبل 9999999999999 ساعة", "قبل 99999999999999999999 يوما", "بعد 99999999999999999999 يوما من الآن",
		"خلال 99999999999999999999 سنة", "قبل 99999999999 يوما", "كل 1,250 يوما", "للربع الأول لـ2015",
		"دالسيمانة اللي فاتت", "آب/أغسطس", "أفريل/ أبريل", "31 ديسمبر 9999 واليوم التالي",
	} {
		f.Add(s)
	}
	dct := refDCT
	lo, hi := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 23, 59, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, opt := range []Options{{}, {DCT: dct}, {DCT: lo}, {DCT: hi}} {
			es := Tag(s, opt)
			n := utf8.RuneCountInString(s)
			rs := []rune(s)
			prev := -1
			for k, e := range es {
				if e.Start < 0 || e.End > n || e.Start >= e.End {
					t.Fatalf("%q: bad span %+v", s, e)
				}
				if e.Start < prev {
					t.Fatalf("%q: not sorted", s)
				}
				prev = e.Start
				if e.Text != string(rs[e.Start:e.End]) {
					t.Fatalf("%q: Text %q != slice %q", s, e.Text, string(rs[e.Start:e.End]))
				}
				if e.Link != -1 && (e.Link < 0 || e.Link >= len(es) || e.Link == k) {
					t.Fatalf("%q: bad link %d", s, e.Link)
				}
				if !ValidValue(e.Value) {
					t.Fatalf("%q: %q: invalid value %q", s, e.Text, e.Value)
				}
				if (opt.DCT.IsZero() || opt.DCT == dct) && strings.HasPrefix(e.Note, invalidValueNote) {
					t.Fatalf("%q: %q: value dropped by the guard: %s", s, e.Text, e.Note)
				}
				if why := spanBoundaryError(rs, e.Start, e.End); why != "" {
					t.Fatalf("%q: %q [%d,%d) %s", s, e.Text, e.Start, e.End, why)
				}
			}
			DetectDCT(s)
			for _, e := range es {
				Readable(e)
			}
		}
	})
}

// TestAdversarialInputs tags long texts made of one repeated pattern (all
// times, all years, one long number…): tagging stays linear, so these
// finish quickly; a quadratic pass would hang the test run.
func TestAdversarialInputs(t *testing.T) {
	for _, unit := range []string{
		"الساعة 10 ", "2015/", "1.", "رمضان المبارك ", "منذ ", "في 2014 و", "من 5 إلى ", "يومي 7 و",
		"الأحد ", "(", "1437ـ", "الـ", "ف", "٢٩/١١/٢٠١٦ ",
		"لغدليه ", "اليوم التالي ", "عيد الفطر ", "بعيد ", "منتصف ليل ", "صيف ", "القرن ", "بتوقيت ",
		"عند السابعة ", "سنة و", "منذ سنوات ", "16/04/", "نهاية الربع ",
	} {
		text := strings.Repeat(unit, 200000/len(unit))
		es := Tag(text, Options{DCT: refDCT})
		if len(es) > len([]rune(text)) {
			t.Errorf("%q: %d expressions", unit, len(es))
		}
	}
	Tag(strings.Repeat("1", 300000), Options{DCT: refDCT})
}
