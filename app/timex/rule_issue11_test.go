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
