package nereval

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/ner"
)

func TestChunksConlleval(t *testing.T) {
	tags := []string{"B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-MISC"}
	want := []chunk{{0, 2, "PER"}, {3, 5, "LOC"}, {5, 6, "LOC"}, {6, 7, "ORG"}, {7, 8, "MISC"}}
	if got := chunks(tags); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestNormTags(t *testing.T) {
	got := normTags([]string{"B-PERS", "I-MIS1", "B-MIS-1", "B-SPANISH", "O", "B-LOC"})
	want := []string{"B-PER", "I-MISC", "B-MISC", "O", "O", "B-LOC"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestScoreCounts(t *testing.T) {
	r := newResult("x")
	gold := []chunk{{0, 2, "PER"}, {3, 4, "LOC"}, {5, 6, "MISC"}}
	pred := []chunk{{0, 2, "PER"}, {3, 5, "LOC"}, {5, 6, "MISC"}}
	compare(r, gold, pred, map[string]bool{"MISC": true})
	if r.Micro != (Score{TP: 1, Pred: 2, Gold: 2}) {
		t.Errorf("micro %+v", r.Micro)
	}
	if f := r.Micro.F1(); f != 0.5 {
		t.Errorf("F1 %v", f)
	}
}

func TestTagWordsMapsSpansToWords(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := ner.Sentence{Words: []string{"وصل", "الرئيس", "الفرنسي", "إلى", "بموسكو", "."}, Tags: make([]string, 6)}
	pred, n := tagWords(tg, []ner.Sentence{s})
	if n != 6 || len(pred[0]) != 6 {
		t.Fatalf("got %v", pred)
	}
	// بموسكو is tagged on the whole word even though the mention leaves
	// the proclitic out.
	if pred[0][4] != "B-LOC" {
		t.Errorf("بموسكو: %s (all %v)", pred[0][4], pred[0])
	}
}

// TestRun is the regression guard: it scores the embedded model on the
// copied corpora and fails if ANERcorp test micro F1 drops well below the
// figure recorded in BENCHMARKS.md ("Entity recognizer").
func TestRun(t *testing.T) {
	if testing.Short() {
		t.Skip("scores three corpora")
	}
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Evaluate(tg, "../testdata") // once per test binary
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Report(&buf, res); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, s := range []string{"ANERcorp test", "AQMAR dev", "gold entities", "held-out news set 1", "held-out news set 2", "brotli"} {
		if !strings.Contains(out, s) {
			t.Errorf("report lacks %q:\n%s", s, out)
		}
	}
	// 0.706 for the model pruned at 7 without a cut-off, 0.694 for the
	// cut-off 3 / pruned at 8 model chosen on the dev split for its size
	// (BENCHMARKS.md, fourth pass): a guard against breakage, not a target.
	if f := res[0].Micro.F1(); f < 0.68 {
		t.Errorf("ANERcorp test micro F1 %.4f < 0.68", f)
	}
	// 0.653 with the first tagger, whose official-body rule listed a head
	// noun found only in a gold article (removed): 0.567; 0.50 with the
	// exchange clusters and the title rule, chosen on the dev split
	// (BENCHMARKS.md): a guard against breakage, not a target to tune on.
	if f := res[2].Micro.F1(); f < 0.48 {
		t.Errorf("gold entities micro F1 %.4f < 0.48", f)
	}
	if f := res[3].Micro.F1(); f < 0.65 {
		t.Errorf("held-out news set 1 micro F1 %.4f < 0.65", f)
	}
}
