package textmap

import "testing"

// Case C2 and its kind: the word under a double-click, never the
// punctuation glued to it.
func TestWordAt(t *testing.T) {
	for _, c := range []struct {
		text string
		i    int
		want string // "" for ok=false
	}{
		{"هل وصل الوفد؟ نعم.", 11, "الوفد"}, // the last letter
		{"هل وصل الوفد؟ نعم.", 7, "الوفد"},
		{"هل وصل الوفد؟ نعم.", 12, "الوفد"}, // the question mark itself
		{"هل وصل الوفد؟ نعم.", 16, "نعم"},
		{"هل وصل الوفد؟ نعم.", 17, "نعم"},
		{"هل وصل الوفد؟ نعم.", 13, ""}, // the space
		{"قال (القدس) مدينة", 4, "القدس"},
		{"قال (القدس) مدينة", 10, "القدس"},
		{"وصل الوفد وبالقاهرة أمس", 10, "وبالقاهرة"}, // the proclitic stays
		{"وصل الوفد وبالقاهرة أمس", 18, "وبالقاهرة"},
		{"سجلت الوزارة 1,250 إصابة", 15, "1,250"},
		{"زارَ وفدٌ رسميٌّ القاهرةَ", 14, "رسميٌّ"},
		{"Hello, world!", 5, "Hello"},
		{"Hello, world!", 12, "world"},
		{"الطقس ☀️ متقلب", 6, ""}, // an emoji: the browser's choice
		{"قال: — نعم", 5, ""},     // a dash alone between spaces
		{"", 0, ""},
		{"نعم", 3, ""},
	} {
		rs := []rune(c.text)
		s, e, ok := WordAt(rs, c.i)
		got := ""
		if ok {
			got = string(rs[s:e])
		}
		if got != c.want {
			t.Errorf("WordAt(%q, %d) = %q [%d,%d), want %q", c.text, c.i, got, s, e, c.want)
		}
	}
}
