package anchor

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// Carry moves spans whose text the diff keeps, by the diff; an edited span
// goes to quote/context anchoring, and case A17 is still an orphan.
func TestCarry(t *testing.T) {
	old := "قال أحمد إن أحمد سيزور دمشق. وصل الوفد. وصل الوفد."
	now := "عاجل: قال أحمد إن خالد سيزور دمشق. وصل الوفد. وصل الوفد."
	mk := func(id string, n int, quote string, l annotation.Label) annotation.Annotation {
		s, e := occurrence(t, old, quote, n)
		a, err := annotation.Select(old, s, e, l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = id, annotation.Manual, annotation.Accepted
		return a
	}
	first, second := mk("p1", 1, "أحمد", annotation.PER), mk("p2", 2, "أحمد", annotation.PER)
	first.Link = "p2"
	city := mk("l1", 1, "دمشق", annotation.LOC)
	delegation := mk("o2", 2, "الوفد", annotation.ORG)
	r := Carry(old, now, []annotation.Annotation{first, second, city, delegation})
	if len(r.Orphans) != 1 || r.Orphans[0].ID != "p2" {
		t.Fatalf("orphans %+v", r.Orphans)
	}
	if len(r.Placed) != 3 || r.Count(Diff) != 3 {
		t.Fatalf("placed %+v", r.Placed)
	}
	for _, p := range r.Placed {
		if err := p.Ann.Validate(now); err != nil {
			t.Fatal(err)
		}
	}
	if p := r.Placed[2]; p.Ann.ID != "o2" || p.Ann.Start != delegation.Start+6 {
		t.Fatalf("second الوفد at %d, want %d", p.Ann.Start, delegation.Start+6)
	}
	if r.Placed[0].Ann.Link != "" {
		t.Fatal("link to the orphan kept")
	}
	// An edited span falls back to quote and context.
	edited := strings.Replace(now, "دمشق", "دمشقَ", 1)
	r = Carry(old, edited, []annotation.Annotation{city})
	if len(r.Placed) != 1 || r.Placed[0].Match.Method == Diff || r.Placed[0].Match.Method == Orphan {
		t.Fatalf("edited span: %+v", r)
	}
}

// FuzzCarry: whatever the two texts, every placed annotation validates on
// the new text, and one moved by the diff keeps its exact quote.
func FuzzCarry(f *testing.F) {
	f.Add("قال أحمد إن أحمد سيزور دمشق", "قال أحمد إن خالد سيزور دمشق", 12, 16)
	f.Add("زار وفد رسمي القاهرة", "زارَ وفدٌ رسميٌّ القاهرةَ", 13, 20)
	f.Fuzz(func(t *testing.T, old, now string, s, e int) {
		if !utf8.ValidString(old) || !utf8.ValidString(now) {
			return
		}
		n := utf8.RuneCountInString(old)
		if s < 0 || e > n || s >= e {
			return
		}
		a, err := annotation.Select(old, s, e, annotation.LOC)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = "x", annotation.Manual, annotation.Accepted
		r := Carry(old, now, []annotation.Annotation{a})
		if len(r.Placed)+len(r.Orphans) != 1 {
			t.Fatalf("%+v", r)
		}
		for _, p := range r.Placed {
			if err := p.Ann.Validate(now); err != nil {
				t.Fatal(err)
			}
			if p.Match.Method == Diff && p.Ann.Quote != a.Quote {
				t.Fatalf("diff placement changed the quote: %q → %q", a.Quote, p.Ann.Quote)
			}
		}
	})
}
