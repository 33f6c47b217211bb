package overview

import (
	"slices"
	"strconv"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

func TestTimeline(t *testing.T) {
	anns := []annotation.Annotation{
		{ID: "a", Start: 50, Label: annotation.DATE, Value: "2016-11-29"},
		{ID: "b", Start: 10, Label: annotation.DATE, Value: "2016-06"},
		{ID: "c", Start: 20, Label: annotation.TIME, Value: "2016-11-29T11:11"},
		{ID: "d", Start: 30, Label: annotation.DATE, Value: "XXXX-03"},
		{ID: "e", Start: 40, Label: annotation.DATE, Hijri: "1501"},
		{ID: "f", Start: 5, Label: annotation.DATE, Value: "2015", Status: annotation.Rejected},
		{ID: "g", Start: 6, Label: annotation.DURATION, Value: "P3Y"},
		{ID: "h", Start: 7, Label: annotation.PER},
		{ID: "i", Start: 8, Label: annotation.DATE, Value: "2016"},
	}
	got := Timeline(anns)
	want := "i b a c d e"
	s := ""
	for i, it := range got {
		if i > 0 {
			s += " "
		}
		s += it.ID
	}
	if s != want {
		t.Fatalf("order %q, want %q", s, want)
	}
	if got[5].Key != "AH 1501" {
		t.Errorf("hijri key %q", got[5].Key)
	}
}

func TestEntities(t *testing.T) {
	anns := []annotation.Annotation{
		{ID: "1", Start: 0, Label: annotation.PER, Quote: "حفتر", Entity: "e1"},
		{ID: "2", Start: 10, Label: annotation.PER, Quote: "خليفة حفتر", Entity: "e1"},
		{ID: "3", Start: 20, Label: annotation.LOC, Quote: "موسكو"},
		{ID: "4", Start: 30, Label: annotation.PER, Quote: "حفتر", Entity: "e1"},
		{ID: "5", Start: 40, Label: annotation.LOC, Quote: "موسكو"},
		{ID: "6", Start: 50, Label: annotation.LOC, Quote: "موسكو", Status: annotation.Rejected},
		{ID: "7", Start: 60, Label: annotation.DATE, Quote: "أمس"},
		{ID: "8", Start: 70, Label: annotation.ORG, Quote: "الأمم المتحدة"},
		{ID: "9", Start: 80, Label: annotation.ORG, Quote: "الامم المتحدة"},
	}
	g := Entities(anns)
	if len(g) != 3 {
		t.Fatalf("%d groups: %+v", len(g), g)
	}
	if g[0].Name != "خليفة حفتر" || len(g[0].Mentions) != 3 || g[0].Mentions[2].ID != "4" {
		t.Errorf("group 0 = %+v", g[0])
	}
	if g[1].Label != annotation.LOC || len(g[1].Mentions) != 2 {
		t.Errorf("group 1 = %+v (rejected mention must not count)", g[1])
	}
	if len(g[2].Mentions) != 2 {
		t.Errorf("hamza variants not grouped: %+v", g[2])
	}
}

// benchAnns returns n annotations in text order like a book-length
// document's: a third temporal, the rest entities over a few thousand
// distinct quotes, one in sixteen rejected.
func benchAnns(n int) []annotation.Annotation {
	words := []string{"حفتر", "موسكو", "الأمم المتحدة", "لافروف", "طرابلس", "بنغازي", "الاتحاد الأوروبي", "القاهرة"}
	labels := []annotation.Label{annotation.PER, annotation.LOC, annotation.ORG, annotation.MISC}
	out := make([]annotation.Annotation, n)
	for i := range out {
		a := annotation.Annotation{ID: strconv.Itoa(i), Start: 10 * i, End: 10*i + 6}
		switch {
		case i%3 == 0:
			a.Label, a.Quote, a.Value = annotation.DATE, "أمس", "2016-11-"+strconv.Itoa(10+i%19)
		default:
			a.Label = labels[i%4]
			a.Quote = words[i%len(words)] + " " + strconv.Itoa(i%2500)
		}
		if i%16 == 3 {
			a.Status = annotation.Rejected
		}
		out[i] = a
	}
	return out
}

func BenchmarkTimeline(b *testing.B) {
	anns := benchAnns(14200)
	b.ReportAllocs()
	for b.Loop() {
		Timeline(anns)
	}
}

// BenchmarkEntities: the editor's recomputation after an edit (the keys
// of the quotes remembered from the previous one).
func BenchmarkEntities(b *testing.B) {
	anns := benchAnns(14200)
	var k Keys
	k.Entities(slices.Values(anns))
	b.ReportAllocs()
	for b.Loop() {
		k.Entities(slices.Values(anns))
	}
}
