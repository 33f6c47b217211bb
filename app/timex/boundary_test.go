package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/arabic"
)

// joined reports whether a and b belong to one word or one number: both
// letters (tashkeel and tatweel included) or both digits.
func joined(a, b rune) bool {
	return arabic.IsLetter(a) && arabic.IsLetter(b) || arabic.DigitValue(a) >= 0 && arabic.DigitValue(b) >= 0
}

// procliticPrefix reports whether the letters p, cut off before the span
// starting with stem inside one word, are a proclitic sequence of the gold
// guidelines: و or ف, then ب، ل or ك (each optional, at least one), with
// tashkeel and tatweel ignored. "للربع" = ل + الربع counts: the span keeps
// the article's ل ("لربع", as the gold of article 13 has it). The Darija
// genitive د before an ال word (دالسيمانة) is excluded too, as in the gold
// of article 35.
func procliticPrefix(p, stem []rune) bool {
	f := []rune(arabic.FoldString(string(p)))
	if len(f) == 1 && f[0] == 'د' && len(stem) > 1 && stem[0] == 'ا' && stem[1] == 'ل' {
		return true
	}
	if fi := string(f); fi == "في" || fi == "وفي" || fi == "ففي" {
		return true // وفيتشرين الثاني: في typed without its space (scan.analyze, months only)
	}
	if len(f) > 0 && (f[0] == 'و' || f[0] == 'ف') {
		f = f[1:]
		if len(f) == 0 {
			return true
		}
	}
	return len(f) == 1 && (f[0] == 'ب' || f[0] == 'ل' || f[0] == 'ك')
}

// spanBoundaryError returns why [st, en) of rs splits a word, or "": the
// span must start at a word start or right after an attached proclitic,
// and end at a word end.
func spanBoundaryError(rs []rune, st, en int) string {
	if st > 0 && joined(rs[st-1], rs[st]) {
		w := st
		for w > 0 && joined(rs[w-1], rs[st]) {
			w--
		}
		if !procliticPrefix(rs[w:st], rs[st:min(st+2, len(rs))]) {
			return "starts inside the word after " + string(rs[w:st])
		}
	}
	if en < len(rs) && joined(rs[en-1], rs[en]) && !gluedModifier(rs, en) {
		return "ends inside a word"
	}
	return ""
}

// gluedModifier reports whether the rest of the word from en is a modifier
// or weekday with ال written without the space before it (سبتمبرالمقبل,
// يومالتالي): the scanner splits such words (scan.addWord), so the
// expression may end at the missing space.
func gluedModifier(rs []rune, en int) bool {
	w := en
	for w < len(rs) && joined(rs[w-1], rs[w]) {
		w++
	}
	rest := arabic.FoldString(string(rs[en:w]))
	if !strings.HasPrefix(rest, "ال") {
		return false
	}
	lx := getLexicon()
	k, ok := lx.words[rest]
	return ok && (lx.senses[k].mod != 0 || lx.senses[k].wday > 0)
}

func TestSpanBoundaryHelper(t *testing.T) {
	for _, c := range []struct {
		text, span string
		ok         bool
	}{
		{"للربع الأول", "لربع الأول", true},
		{"وبالأمس", "الأمس", true},
		{"فغشت", "غشت", true},
		{"ف28 يناير 2020", "28 يناير 2020", true},
		{"بالأمس", "لأمس", false},
		{"الأحد", "أحد", false},
		{"سبتمبرات", "سبتمبر", false},
		{"دالسيمانة اللي فاتت", "السيمانة اللي فاتت", true},
		{"عيد السيمانة", "يد السيمانة", false},
		{"في سبتمبرالمقبل", "سبتمبر", true},
		{"في الاستقبال", "الاستقب", false},
	} {
		rs := []rune(c.text)
		st, en := spanOf(t, c.text, c.span)
		if got := spanBoundaryError(rs, st, en) == ""; got != c.ok {
			t.Errorf("%q in %q: ok %v, want %v", c.span, c.text, got, c.ok)
		}
	}
}

// TestSpanBoundaries tags every test article, held-out item and
// Recognizers-Text spec input and checks that no span splits a word: each
// starts at a word start or right after an attached proclitic (و ف ب ل ك;
// لل = ل + ال keeps the article's ل) and ends at a word end; and that
// every value is a valid TIMEX3 value that the last guard of build did not
// have to drop.
func TestSpanBoundaries(t *testing.T) {
	type doc struct {
		name, text string
		dct        time.Time
	}
	var docs []doc
	files, _ := filepath.Glob("testdata/articles/*.txt")
	if len(files) < 10 {
		t.Fatalf("%d articles", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{f, string(b), refDCT})
	}
	sets, _ := filepath.Glob("testdata/heldout*.json")
	if len(sets) < 5 {
		t.Fatalf("%d held-out sets", len(sets))
	}
	for _, f := range sets {
		for _, it := range loadHeldoutFile(t, f).Items {
			docs = append(docs, doc{f + ":" + it.ID, it.Text, heldoutDCT(it.DCT)})
		}
	}
	specs, _ := filepath.Glob("testdata/recognizers_text_ar/*.json")
	for _, f := range specs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []struct{ Input string }
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, c := range cases {
			docs = append(docs, doc{f, c.Input, refDCT})
		}
	}
	n := 0
	for _, d := range docs {
		rs := []rune(d.text)
		for _, opt := range []Options{{DCT: d.dct}, {}} {
			for _, e := range Tag(d.text, opt) {
				n++
				if why := spanBoundaryError(rs, e.Start, e.End); why != "" {
					t.Errorf("%s: %q [%d,%d) %s", d.name, e.Text, e.Start, e.End, why)
				}
				if !ValidValue(e.Value) || strings.HasPrefix(e.Note, invalidValueNote) {
					t.Errorf("%s: %q: invalid value %q (%s)", d.name, e.Text, e.Value, e.Note)
				}
			}
		}
	}
	if n < 2000 {
		t.Errorf("only %d spans checked", n)
	}
	t.Logf("%d spans in %d texts", n, len(docs))
}

// TestSpanBoundariesAffixed glues letters to one word at a time of every
// held-out item and spec input (a non-proclitic letter, ال, two
// proclitics, a suffix) and checks that no span then splits a word: a
// rule must not take part of a longer word for an expression.
func TestSpanBoundariesAffixed(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var texts []string
	sets, _ := filepath.Glob("testdata/heldout*.json")
	for _, f := range sets {
		for _, it := range loadHeldoutFile(t, f).Items {
			texts = append(texts, it.Text)
		}
	}
	specs, _ := filepath.Glob("testdata/recognizers_text_ar/*.json")
	for _, f := range specs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var cases []struct{ Input string }
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, c := range cases {
			texts = append(texts, c.Input)
		}
	}
	texts = append(texts, "يحتفل المسلمون بعيد الأضحى المبارك", "وبعيد الفطر")
	failed := map[string]bool{}
	for _, text := range texts {
		ws := strings.Fields(text)
		for _, aff := range []string{"ت", "ال", "فب", "لل", "+ه", "+ات"} {
			for k := range ws {
				v := append([]string(nil), ws...)
				if aff[0] == '+' {
					v[k] += aff[1:]
				} else {
					v[k] = aff + v[k]
				}
				s := strings.Join(v, " ")
				rs := []rune(s)
				for _, e := range Tag(s, Options{DCT: refDCT}) {
					if why := spanBoundaryError(rs, e.Start, e.End); why != "" && !failed[e.Text] {
						failed[e.Text] = true
						t.Errorf("%q in %q: %s", e.Text, s, why)
					}
				}
			}
		}
	}
}
