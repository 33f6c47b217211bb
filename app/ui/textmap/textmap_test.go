package textmap

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// u16 returns the UTF-16 offset of the first occurrence of sub in s, as a
// browser would report it, and the UTF-16 offset of its end.
func u16(t *testing.T, s, sub string) (int, int) {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, s)
	}
	a := len(utf16.Encode([]rune(s[:i])))
	return a, a + len(utf16.Encode([]rune(sub)))
}

func TestOffsetCases(t *testing.T) {
	for _, c := range []struct {
		id, text, sub string
		start, end    int
	}{
		{"A1", "🔴 عاجل: وزير الخارجية يصل إلى عمّان", "عمّان", 30, 35},
		{"A10", "الفريق فاز 😀 بالمباراة", "بالمباراة", 13, 22},
		{"A11", "👩🏽\u200d⚕️ الطبيبة في المستشفى", "المستشفى", 17, 25},
		{"A13", "سجلت الوزارة 1,250 إصابة جديدة", "1,250", 13, 18},
		{"A20", "كَتَبَ الطالبُ الدرسَ", "الطالبُ", 7, 14},
		{"A2", "القاهرة\nالإسكندرية", "الإسكندرية", 8, 18},
		{"A2 first line", "القاهرة\nالإسكندرية", "القاهرة", 0, 7},
		{"CRLF", "🔴 أ\r\n😀 القاهرة", "القاهرة", 7, 14},
	} {
		m := New(c.text)
		// The browser reports (paragraph, UTF-16 offset in its text node).
		var para int
		for i, p := range m.Paras {
			if strings.Contains(p.Text, c.sub) {
				para = i
			}
		}
		a, b := u16(t, m.Paras[para].Text, c.sub)
		s, e := m.Offset(para, a, false), m.Offset(para, b, true)
		if s != c.start || e != c.end {
			t.Errorf("%s: DOM (%d,%d..%d) → [%d,%d), want [%d,%d)", c.id, para, a, b, s, e, c.start, c.end)
		}
		if got := string([]rune(c.text)[s:e]); got != c.sub {
			t.Errorf("%s: slice %q", c.id, got)
		}
		// And back.
		if p, x := m.Point(c.start, false); p != para || x != a {
			t.Errorf("%s: Point(%d) = %d,%d want %d,%d", c.id, c.start, p, x, para, a)
		}
		if p, x := m.Point(c.end, true); p != para || x != b {
			t.Errorf("%s: Point(%d,end) = %d,%d want %d,%d", c.id, c.end, p, x, para, b)
		}
	}
}

func TestParagraphs(t *testing.T) {
	m := New(" قال\n\nمحمد\r\nهنا\r")
	want := []Para{{0, 4, " قال"}, {5, 5, ""}, {6, 10, "محمد"}, {12, 15, "هنا"}, {16, 16, ""}}
	if len(m.Paras) != len(want) || m.Len != 16 {
		t.Fatalf("Paras = %+v Len %d", m.Paras, m.Len)
	}
	for i := range want {
		if m.Paras[i] != want[i] {
			t.Errorf("para %d = %+v want %+v", i, m.Paras[i], want[i])
		}
	}
	// A leading space is kept and counted (A7).
	if m.Paras[0].Text[0] != ' ' {
		t.Error("leading space lost")
	}
	// Boundaries on breaks.
	for _, c := range []struct {
		cp       int
		end      bool
		para, u6 int
	}{
		{4, false, 1, 0}, {4, true, 0, 4}, {5, true, 0, 4}, {6, true, 1, 0}, {6, false, 2, 0},
		{10, true, 2, 4}, {11, false, 3, 0}, {11, true, 2, 4}, {12, false, 3, 0}, {16, true, 3, 3}, {99, true, 3, 3},
		{-3, false, 0, 0},
	} {
		if p, u := m.Point(c.cp, c.end); p != c.para || u != c.u6 {
			t.Errorf("Point(%d,%v) = %d,%d want %d,%d", c.cp, c.end, p, u, c.para, c.u6)
		}
	}
}

// Every code-point offset maps to a DOM point and back to itself.
func TestRoundTrip(t *testing.T) {
	text := "👩🏽\u200d⚕️ الطبيبة\nفي 😀 المستشفى\r\n\n🇸🇦 عمّان"
	m := New(text)
	for cp := 0; cp <= m.Len; cp++ {
		for _, end := range []bool{false, true} {
			p, u := m.Point(cp, end)
			back := m.Offset(p, u, end)
			r := []rune(text)
			// Offsets on a line break come back as the nearest line boundary.
			if back != cp && !(cp < len(r) && (r[cp] == '\n' || r[cp] == '\r' || r[cp-1] == '\n' || r[cp-1] == '\r')) {
				t.Errorf("cp %d end=%v → (%d,%d) → %d", cp, end, p, u, back)
			}
		}
	}
}

// Point gives the same UTF-16 offsets in paragraphs with and without code
// points outside the BMP (those without are not scanned), and in a Map
// built without New.
func TestPointBMP(t *testing.T) {
	text := "الطبيبة في المستشفى\nفي 😀 المستشفى\r\nعمّان\xffالأردن\n\n🇸🇦"
	m := New(text)
	plain := Map{Paras: m.Paras, Len: m.Len}
	for cp := 0; cp <= m.Len; cp++ {
		for _, end := range []bool{false, true} {
			p, u := m.Point(cp, end)
			p2, u2 := plain.Point(cp, end)
			if p != p2 || u != u2 {
				t.Errorf("Point(%d, %v) = (%d,%d), scanning gives (%d,%d)", cp, end, p, u, p2, u2)
			}
		}
	}
}

func TestSurrogateRounding(t *testing.T) {
	s := "a😀b"
	if UTF16ToCP(s, 2, false) != 1 || UTF16ToCP(s, 2, true) != 2 {
		t.Error("offset inside a surrogate pair not rounded")
	}
	if UTF16ToCP(s, 3, false) != 2 || UTF16ToCP(s, 99, false) != 3 || UTF16ToCP(s, -1, false) != 0 {
		t.Error("UTF16ToCP bounds")
	}
	if CPToUTF16(s, 2) != 3 || CPToUTF16(s, 9) != 4 || UTF16Len(s) != 4 {
		t.Error("CPToUTF16")
	}
}

func TestGraphemes(t *testing.T) {
	for _, c := range []struct {
		text string
		want []int
	}{
		{"عمّان", []int{0, 1, 3, 4, 5}},
		{"👩🏽\u200d⚕️x", []int{0, 5, 6}},
		{"☀️🌧️", []int{0, 2, 4}},
		{"🇸🇦🇪🇬", []int{0, 2, 4}},
		{"a\r\nb", []int{0, 1, 3, 4}},
		{"ب\u200dب", []int{0, 2, 3}}, // ZWJ between letters stays with the first, does not glue them
		{"", []int{0}},
	} {
		got := Graphemes([]rune(c.text))
		if len(got) != len(c.want) {
			t.Errorf("%q: %v want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: %v want %v", c.text, got, c.want)
				break
			}
		}
	}
}

func TestSnap(t *testing.T) {
	for _, c := range []struct {
		id, text   string
		start, end int // raw selection, code points
		want       string
		ws, we     int
		leave      bool // Options.LeaveProclitic
	}{
		{"A6 forward", "مرحبا بالعالم", 6, 13, "بالعالم", 6, 13, false},
		{"A6 backward", "مرحبا بالعالم", 13, 6, "بالعالم", 6, 13, false},
		{"A6 with space", "مرحبا بالعالم", 5, 13, "بالعالم", 6, 13, false},
		{"A6 partial word", "مرحبا بالعالم", 9, 11, "بالعالم", 6, 13, false},
		{"A6 after the preposition", "مرحبا بالعالم", 7, 13, "بالعالم", 6, 13, false},
		{"A6 after the preposition, left out", "مرحبا بالعالم", 7, 13, "العالم", 7, 13, true},
		{"press on the left half of و", "قال وزير الخارجية", 5, 8, "وزير", 4, 8, false},
		{"press on the left half of ف", "فقال إنه", 1, 4, "فقال", 0, 4, false},
		{"press on the left half of ل", "قال لمحمد", 5, 9, "لمحمد", 4, 9, false},
		{"press on the left half of ك", "كالبحر هادئ", 1, 6, "كالبحر", 0, 6, false},
		{"no false proclitic", "زار بريطانيا", 6, 9, "بريطانيا", 4, 12, false},
		{"A14 tanween and shadda", "زارَ وفدٌ رسميٌّ القاهرةَ", 10, 14, "رسميٌّ", 10, 16, false},
		{"A14 whole word with spaces", "زارَ وفدٌ رسميٌّ القاهرةَ", 9, 17, "رسميٌّ", 10, 16, false},
		{"A12 start inside emoji", "الطقس اليوم ☀️🌧️ متقلب", 13, 19, "☀️🌧️ متقلب", 12, 22, false},
		{"A12 end inside emoji", "الطقس اليوم ☀️🌧️ متقلب", 6, 13, "اليوم ☀️", 6, 14, false},
		{"A10", "الفريق فاز 😀 بالمباراة", 13, 22, "بالمباراة", 13, 22, false},
		{"A11 selection across the skin tone", "👩🏽\u200d⚕️ الطبيبة في المستشفى", 1, 3, "👩🏽\u200d⚕️", 0, 5, false},
		{"A13 number", "سجلت الوزارة 1,250 إصابة جديدة", 15, 17, "1,250", 13, 18, false},
		{"quotes trimmed", "التقى «خليفة حفتر»، في", 6, 20, "خليفة حفتر", 7, 17, false},
		{"proclitic kept with LeaveProclitic", "ووصل وبالقاهرة أمس", 7, 14, "القاهرة", 7, 14, true},
		{"proclitic in the word by default", "ووصل وبالقاهرة أمس", 7, 14, "وبالقاهرة", 5, 14, false},
		{"و alone left out", "ووصل وبالقاهرة أمس", 6, 14, "بالقاهرة", 6, 14, true},
		{"article kept", "ووصل وبالقاهرة أمس", 9, 14, "وبالقاهرة", 5, 14, true},
		{"inside the article", "ووصل وبالقاهرة أمس", 8, 14, "وبالقاهرة", 5, 14, true},
		{"mid stem", "ووصل وبالقاهرة أمس", 10, 12, "وبالقاهرة", 5, 14, false},
	} {
		s, e, ok := SnapWith([]rune(c.text), c.start, c.end, Options{LeaveProclitic: c.leave})
		if !ok || s != c.ws || e != c.we {
			t.Errorf("%s: Snap(%d,%d) = [%d,%d) %v, want [%d,%d)", c.id, c.start, c.end, s, e, ok, c.ws, c.we)
			continue
		}
		if got := string([]rune(c.text)[s:e]); got != c.want {
			t.Errorf("%s: %q want %q", c.id, got, c.want)
		}
	}
	for _, c := range [][2]int{{3, 3}, {4, 5}, {4, 4}} {
		if _, _, ok := Snap([]rune("أب ، ج"), c[0], c[1]); ok {
			t.Errorf("Snap(%v) on nothing selectable is ok", c)
		}
	}
}

func BenchmarkSnapLargeText(b *testing.B) {
	text := []rune(strings.Repeat("وذكر بيان صادر عن الخارجية الروسية أن اجتماعاً جرى في موسكو.\n", 2000))
	mid := len(text) / 2
	for b.Loop() {
		Snap(text, mid+3, mid+9)
	}
}

func BenchmarkMapLargeText(b *testing.B) {
	text := strings.Repeat("وذكر بيان صادر عن الخارجية الروسية أن اجتماعاً جرى في موسكو 😀.\n", 2000)
	for b.Loop() {
		m := New(text)
		m.Point(m.Len/2, false)
	}
}
