package arabic

import (
	"reflect"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أحمد إبراهيم آمنة", "احمد ابراهيم امنه"},
		{"مستشفى", "مستشفي"},
		{"كَتَبَ الطالبُ", "كتب الطالب"},
		{"الـــقـــاهـــرة", "القاهره"},
		{"٢٩/١١/٢٠١٦", "29/11/2016"},
		{"۲۹", "29"},
		{"١١\u200f/١١\u200f/٢٠٠١", "11/11/2001"},
		{"الثلاثاء، ٢٩", "الثلاثاء, 29"},
		{"مسؤول رئيس", "مسوول رييس"},
		{"\uFEFBحب", "لاحب"},                        // lam-alef ligature presentation form
		{"\uFE8D\uFEDF\uFEE8\uFEEE\uFEAD", "النور"}, // isolated/initial/medial forms
	}
	for _, tt := range tests {
		if got := FoldString(tt.in); got != tt.want {
			t.Errorf("FoldString(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Fold(tt.in).String(); got != tt.want {
			t.Errorf("Fold(%q).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldSpan(t *testing.T) {
	// Case A22: tatweel is matched as القاهرة and the span covers the
	// original characters [4,20).
	s := "زار الـــقـــاهـــرة"
	f := Fold(s)
	folded := f.String()
	i := indexRunes([]rune(folded), []rune("القاهره"))
	if i < 0 {
		t.Fatalf("folded %q lacks القاهره", folded)
	}
	if st, en := f.Span(i, i+7); st != 4 || en != 20 {
		t.Errorf("Span = [%d,%d), want [4,20)", st, en)
	}
	// Case A14: trailing tanween and shadda are kept in the span.
	s = "زارَ وفدٌ رسميٌّ القاهرةَ"
	f = Fold(s)
	i = indexRunes(f.Runes, []rune("رسمي"))
	if st, en := f.Span(i, i+4); st != 10 || en != 16 {
		t.Errorf("Span(رسمي) = [%d,%d), want [10,16)", st, en)
	}
	// A bidi mark after a word is not swallowed.
	s = "11\u200f/"
	f = Fold(s)
	if st, en := f.Span(0, 2); st != 0 || en != 2 {
		t.Errorf("Span(11) = [%d,%d), want [0,2)", st, en)
	}
	// Clamping and empty text.
	if st, en := Fold("").Span(0, 5); st != 0 || en != 0 {
		t.Errorf("empty Span = [%d,%d)", st, en)
	}
	if st, en := Fold("abc").Span(-3, 99); st != 0 || en != 3 {
		t.Errorf("clamped Span = [%d,%d)", st, en)
	}
}

func indexRunes(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if reflect.DeepEqual(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func TestDigitValue(t *testing.T) {
	for r, want := range map[rune]int{'0': 0, '9': 9, '٠': 0, '٥': 5, '۷': 7, 'a': -1, 'ه': -1} {
		if got := DigitValue(r); got != want {
			t.Errorf("DigitValue(%q) = %d, want %d", r, got, want)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "سجلت الوزارة 1,250 إصابة، الأحد10شوال «حفتر» 😀 x"
	var got []string
	for _, tk := range Tokenize(s) {
		if tk.Text != string([]rune(s)[tk.Start:tk.End]) {
			t.Errorf("token %q does not match its offsets [%d,%d)", tk.Text, tk.Start, tk.End)
		}
		got = append(got, tk.Kind.String()+":"+tk.Text)
	}
	want := []string{"word:سجلت", "word:الوزارة", "number:1,250", "word:إصابة", "punct:،",
		"word:الأحد", "number:10", "word:شوال", "punct:«", "word:حفتر", "punct:»", "punct:😀", "word:x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize =\n%q\nwant\n%q", got, want)
	}
	// Case A13: the number's code-point span.
	for _, tk := range Tokenize("سجلت الوزارة 1,250 إصابة جديدة") {
		if tk.Kind == Number && (tk.Start != 13 || tk.End != 18) {
			t.Errorf("1,250 at [%d,%d), want [13,18)", tk.Start, tk.End)
		}
	}
}

func TestProclitics(t *testing.T) {
	tests := []struct {
		word string
		want []int
	}{
		{"وبالقاهرة", []int{0, 1, 2, 4}},
		{"القاهرة", []int{0, 2}},
		{"موسكو", []int{0}},
		{"بموسكو", []int{0, 1}},
		{"وللحكومة", []int{0, 1, 2, 3}},
		{"فغشت", []int{0, 1}},
		{"ول", []int{0}},
		{"", []int{0}},
	}
	for _, tt := range tests {
		if got := Proclitics([]rune(tt.word)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Proclitics(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "زار الـــقـــاهـــرة", "١١\u200f/١١", "\uFEFB", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fd := Fold(s)
		n := len([]rune(s))
		if len(fd.Orig) != len(fd.Runes)+1 || fd.Orig[len(fd.Runes)] != n {
			t.Fatalf("bad map for %q", s)
		}
		for i := range fd.Runes {
			st, en := fd.Span(i, i+1)
			if st < 0 || en > n || st >= en {
				t.Fatalf("Span(%d) = [%d,%d) for %q", i, st, en, s)
			}
		}
		for _, tk := range Tokenize(s) {
			if tk.Start < 0 || tk.End > n || tk.Start >= tk.End {
				t.Fatalf("bad token %+v", tk)
			}
		}
		Proclitics([]rune(s))
	})
}

func BenchmarkFold(b *testing.B) {
	s := "التقى وزير الخارجية الروسي «سيرغي لافروف»، الثلاثاء، الجنرال الليبي «خليفة حفتر»، في العاصمة الروسية موسكو. "
	for len(s) < 1<<16 {
		s += s
	}
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

func TestProcliticSplit(t *testing.T) {
	tests := []struct {
		word         string
		clitic, core int
	}{
		{"وبالقاهرة", 2, 4},
		{"القاهرة", 0, 2},
		{"للعروبة", 1, 2},
		{"وللعروبة", 2, 3},
		{"بغداد", 1, 1}, // a candidate only
		{"موسكو", 0, 0},
		{"فلسطين", 2, 2},
		{"ab", 0, 0},
	}
	for _, tc := range tests {
		c, k := ProcliticSplit([]rune(FoldString(tc.word)))
		if c != tc.clitic || k != tc.core {
			t.Errorf("%s: clitic %d core %d, want %d %d", tc.word, c, k, tc.clitic, tc.core)
		}
	}
}
