package session

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

// The chunked set answers like a plain sorted slice through random puts,
// replacements and deletions that split and empty chunks.
func TestRangeSetMatchesSlice(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	r := &RangeSet{}
	naive := map[string]annotation.Annotation{}
	labels := []annotation.Label{annotation.PER, annotation.LOC, annotation.DATE}
	for step := 0; step < 6000; step++ {
		id := fmt.Sprint(rng.IntN(1500))
		if rng.IntN(4) == 0 {
			_, ok := r.Delete(id)
			if _, had := naive[id]; ok != had {
				t.Fatalf("step %d: Delete(%s) = %v, want %v", step, id, ok, had)
			}
			delete(naive, id)
		} else {
			s := rng.IntN(5000)
			a := annotation.Annotation{ID: id, Start: s, End: s + 1 + rng.IntN(40), Label: labels[rng.IntN(3)]}
			r.Put(a)
			naive[id] = a
		}
		if step%500 != 0 {
			continue
		}
		want := make([]annotation.Annotation, 0, len(naive))
		for _, a := range naive {
			want = append(want, a)
		}
		slices.SortFunc(want, Compare)
		if got := r.All(); !slices.Equal(got, want) || r.Len() != len(want) {
			t.Fatalf("step %d: All differs (%d vs %d)", step, len(got), len(want))
		}
		for q := 0; q < 50; q++ {
			from := rng.IntN(5100)
			to := from + rng.IntN(60)
			var got, exp []annotation.Annotation
			r.Between(from, to, func(a annotation.Annotation) bool { got = append(got, a); return true })
			hi := max(to, from+1)
			for _, a := range want {
				if a.Start < hi && a.End > from {
					exp = append(exp, a)
				}
			}
			if !slices.Equal(got, exp) {
				t.Fatalf("step %d: Between(%d,%d) = %d spans, want %d", step, from, to, len(got), len(exp))
			}
		}
	}
	for _, c := range r.chunks {
		if len(c.anns) == 0 || len(c.anns) > chunkMax {
			t.Fatalf("chunk of %d", len(c.anns))
		}
	}
}

// BenchmarkRangeSetEdit measures one put and one delete in a set of 14,000
// annotations (the book-length document of BENCHMARKS.md).
func BenchmarkRangeSetEdit(b *testing.B) {
	anns := make([]annotation.Annotation, 14000)
	for i := range anns {
		anns[i] = annotation.Annotation{ID: fmt.Sprint(i), Start: i * 70, End: i*70 + 8, Label: annotation.PER}
	}
	r := NewRangeSet(anns)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		a := annotation.Annotation{ID: "new", Start: (i * 7919) % (14000 * 70), Label: annotation.LOC}
		a.End = a.Start + 5
		r.Put(a)
		r.Delete("new")
	}
}

// NewRangeSet keeps the last of two annotations with one id, wherever
// they are, and indexes it (Get, Between).
func TestNewRangeSetDuplicateIDs(t *testing.T) {
	anns := []annotation.Annotation{
		{ID: "a", Start: 50, End: 55, Label: annotation.PER},
		{ID: "b", Start: 10, End: 12, Label: annotation.LOC},
		{ID: "a", Start: 5, End: 8, Label: annotation.ORG},
	}
	r := NewRangeSet(anns)
	if r.Len() != 2 {
		t.Fatalf("Len = %d, want 2", r.Len())
	}
	if a, ok := r.Get("a"); !ok || a.Start != 5 || a.Label != annotation.ORG {
		t.Errorf("Get(a) = %+v %v, want the last one", a, ok)
	}
	var ids []string
	r.Between(0, 100, func(a annotation.Annotation) bool { ids = append(ids, a.ID); return true })
	if !slices.Equal(ids, []string{"a", "b"}) {
		t.Errorf("Between = %v, want [a b]", ids)
	}
	if all := NewRangeSet(anns[:2]).All(); len(all) != 2 || all[0].ID != "b" {
		t.Errorf("unique ids: %+v", all)
	}
}
