package anchor

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// occurrence returns the code-point span of the n-th (1-based) occurrence
// of quote in text.
func occurrence(t *testing.T, text, quote string, n int) (int, int) {
	t.Helper()
	from := 0
	for i := 1; ; i++ {
		j := strings.Index(text[from:], quote)
		if j < 0 {
			t.Fatalf("occurrence %d of %q not in %q", n, quote, text)
		}
		if i == n {
			s := utf8.RuneCountInString(text[:from+j])
			return s, s + utf8.RuneCountInString(quote)
		}
		from += j + len(quote)
	}
}

type golden struct {
	Cases []struct {
		Name  string `json:"name"`
		Old   string `json:"old"`
		New   string `json:"new"`
		Spans []struct {
			Quote string `json:"quote"`
			N     int    `json:"n"`
			Want  *struct {
				Quote  string `json:"quote"`
				N      int    `json:"n"`
				Method string `json:"method"`
			} `json:"want"`
		} `json:"spans"`
	} `json:"cases"`
}

func TestGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/reanchor.json")
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	for _, c := range g.Cases {
		t.Run(c.Name, func(t *testing.T) {
			nt := NewText(c.New)
			for _, sp := range c.Spans {
				s, e := occurrence(t, c.Old, sp.Quote, sp.N)
				sel, err := Describe(c.Old, s, e)
				if err != nil {
					t.Fatal(err)
				}
				m := nt.Anchor(sel)
				if sp.Want == nil {
					if m.Method != Orphan {
						t.Errorf("%s#%d: anchored at [%d,%d) %q by %s, want orphan", sp.Quote, sp.N, m.Start, m.End, string([]rune(c.New)[m.Start:m.End]), m.Method)
					}
					continue
				}
				ws, we := occurrence(t, c.New, sp.Want.Quote, sp.Want.N)
				if m.Start != ws || m.End != we || m.Method.String() != sp.Want.Method {
					t.Errorf("%s#%d: got [%d,%d) %s (score %.2f), want [%d,%d) %s", sp.Quote, sp.N, m.Start, m.End, m.Method, m.Score, ws, we, sp.Want.Method)
				}
			}
		})
	}
}

// Case A17 with its offsets: the second أحمد [12,16) is orphaned.
func TestA17(t *testing.T) {
	old, now := "قال أحمد إن أحمد سيزور دمشق", "قال أحمد إن خالد سيزور دمشق"
	sel, _ := Describe(old, 12, 16)
	if sel.Exact != "أحمد" || sel.Prefix != "قال أحمد إن " || sel.Suffix != " سيزور دمشق" {
		t.Fatalf("selector %+v", sel)
	}
	if m := NewText(now).Anchor(sel); m.Method != Orphan {
		t.Fatalf("anchored at %+v, want orphan", m)
	}
}

// On an unchanged text Describe and Anchor are inverse for every range:
// every word, every pair of words, and ranges that cut graphemes.
func TestSymmetric(t *testing.T) {
	texts := []string{
		"قال أحمد إن أحمد سيزور دمشق",
		"🔴 عاجل: وزير الخارجية يصل إلى عمّان",
		"👩🏽\u200d⚕️ الطبيبة في المستشفى",
		"كَتَبَ الطالبُ الدرسَ",
		"م\u0651\u064C م\u064C\u0651",
		"أحمد أحمد أحمد أحمد",
		"في شهر \u0627\u0653ب الماضي\r\nزار الـــقـــاهـــرة",
	}
	for _, text := range texts {
		nt := NewText(text)
		n := utf8.RuneCountInString(text)
		if nt.Len() != n {
			t.Fatalf("Len %d, want %d", nt.Len(), n)
		}
		for s := 0; s < n; s++ {
			for e := s + 1; e <= n; e++ {
				sel, err := Describe(text, s, e)
				if err != nil {
					t.Fatal(err)
				}
				if m := nt.Anchor(sel); m.Start != s || m.End != e || m.Method != Position {
					t.Fatalf("%q [%d,%d): anchored %+v", text, s, e, m)
				}
			}
		}
	}
}

// Annotations keeps the fields of placed annotations, refreshes their
// quote and context, flags a fuzzy placement whose words changed, lists the
// orphans and clears links to them.
func TestAnnotations(t *testing.T) {
	old := "قال أحمد إن أحمد سيزور دمشق في 28 صفر 1438 هـ"
	now := "🔴 قال أحمد إن خالد سيزور دمشق في 29 صفر 1438 هـ"
	mk := func(id string, s, e int, l annotation.Label) annotation.Annotation {
		a, err := annotation.Select(old, s, e, l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status, a.Note = id, annotation.Manual, annotation.Accepted, "ملاحظة "+id
		return a
	}
	first, second := mk("p1", 4, 8, annotation.PER), mk("p2", 12, 16, annotation.PER)
	second.Link = "p1"
	first.Link = "p2"
	city := mk("l1", 23, 27, annotation.LOC)
	s, e := occurrence(t, old, "28 صفر 1438 هـ", 1)
	date := mk("d1", s, e, annotation.DATE)
	date.Value = "2016-11-28"
	anns := []annotation.Annotation{first, second, city, date}
	r := Annotations(now, anns)
	if len(r.Orphans) != 1 || r.Orphans[0] != second || r.Count(Orphan) != 1 {
		t.Fatalf("orphans %+v", r.Orphans)
	}
	if len(r.Placed) != 3 || r.Count(Quote) != 2 || r.Count(Fuzzy) != 1 {
		t.Fatalf("placed %+v", r.Placed)
	}
	for _, p := range r.Placed {
		if err := p.Ann.Validate(now); err != nil {
			t.Error(err)
		}
		if p.Ann.Note != "ملاحظة "+p.Ann.ID || p.Ann.Label != anns[0].Label && p.Ann.ID == "p1" {
			t.Errorf("fields lost: %+v", p.Ann)
		}
	}
	if p := r.Placed[0]; p.Ann.ID != "p1" || p.Ann.Start != 6 || p.Ann.Link != "" || p.Ann.Status != annotation.Accepted {
		t.Errorf("p1 = %+v (want [6,10), link to the orphan cleared)", p.Ann)
	}
	if p := r.Placed[2]; p.Ann.ID != "d1" || p.Match.Method != Fuzzy || p.Ann.Quote != "29 صفر 1438 هـ" || p.Ann.Status != annotation.Suggested || p.Ann.Value != "2016-11-28" {
		t.Errorf("d1 = %+v %+v (want the new words, back to suggested for review)", p.Ann, p.Match)
	}
	if anns[0].Link != "p2" {
		t.Error("Annotations modified its argument")
	}
}

// A fuzzy placement that only adds tashkeel keeps the person's decision.
func TestFuzzyTashkeelKeepsStatus(t *testing.T) {
	old, now := "زار وفد رسمي القاهرة", "زارَ وفدٌ رسميٌّ القاهرةَ"
	a, _ := annotation.Select(old, 13, 20, annotation.LOC)
	a.ID, a.Source, a.Status = "l1", annotation.Manual, annotation.Accepted
	r := Annotations(now, []annotation.Annotation{a})
	if len(r.Placed) != 1 || r.Placed[0].Ann.Status != annotation.Accepted || arabic.FoldString(r.Placed[0].Ann.Quote) != "القاهره" {
		t.Fatalf("%+v", r)
	}
}

func BenchmarkAnnotations(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 120000 {
		sb.WriteString("وصل حفتر إلى موسكو أمس في زيارة رسمية هي الثانية من نوعها.\n")
	}
	old := sb.String()
	now := "🔴 عاجل\n" + strings.Replace(old, "موسكو", "روما", 50)
	var anns []annotation.Annotation
	for i := 0; len(anns) < 2000; i += 30 {
		a, _ := annotation.Select(old, i, i+4, annotation.PER)
		a.ID, a.Source, a.Status = string(rune('a'+i%26))+strings.Repeat("x", i%7)+string(rune(i)), annotation.Auto, annotation.Suggested
		anns = append(anns, a)
	}
	for b.Loop() {
		Annotations(now, anns)
	}
}

// Two places that fit a fuzzy quote about equally well: the annotation is
// orphaned, not moved to either (issue 10: only unique, close matches).
func TestFuzzyAmbiguousIsOrphan(t *testing.T) {
	old := "قال في 28 صفر 1438 هـ إن الوفد وصل"
	now := "قال في 29 صفر 1438 هـ إن الوفد وصل. ثم قال في 27 صفر 1438 هـ إن الوفد وصل"
	s, e := occurrence(t, old, "28 صفر 1438 هـ", 1)
	sel, err := Describe(old, s, e)
	if err != nil {
		t.Fatal(err)
	}
	if m := NewText(now).Anchor(sel); m.Method != Orphan {
		t.Fatalf("ambiguous fuzzy match placed: %+v", m)
	}
	// With one of the two places only, it is placed there.
	one := "قال في 29 صفر 1438 هـ إن الوفد وصل"
	if m := NewText(one).Anchor(sel); m.Method != Fuzzy || m.Start != s {
		t.Fatalf("unique fuzzy match: %+v", m)
	}
}

// The fuzzy search is bounded: many long quotes that do not match exactly
// cost at most MaxFuzzyCells in all (see BenchmarkFuzzyWorstCase).
func TestFuzzyBudget(t *testing.T) {
	text := NewText(strings.Repeat("وصل الوفد إلى القاهرة أمس. ", 2000))
	q := strings.Repeat("غادر الوفد دمشق اليوم. ", 11)
	m := utf8.RuneCountInString(q)
	for i := 0; i < 200; i++ {
		text.Anchor(Selector{Start: i * 100, End: i*100 + m, Exact: q, Prefix: "قبل", Suffix: "بعد"})
	}
	if one := (2*FuzzyWindow + m) * m; text.fuzzyCells < 0 || text.fuzzyCells >= one {
		t.Fatalf("budget not enforced: %d cells left (one search costs %d)", text.fuzzyCells, one)
	}
}

func BenchmarkFuzzyWorstCase(b *testing.B) {
	old := strings.Repeat("وصل الوفد إلى القاهرة أمس. ", 40000) // ~1 MB
	q := strings.Repeat("غادر الوفد دمشق اليوم. ", 11)          // 253 code points, never found
	for b.Loop() {
		text := NewText(old)
		for i := range 1000 {
			text.Anchor(Selector{Start: i * 1000, End: i*1000 + 253, Exact: q, Prefix: "قبل", Suffix: "بعد"})
		}
	}
}
