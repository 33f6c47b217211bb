package timexeval

import (
	"os"
	"strings"
	"testing"
)

// TestRun runs the full evaluation on the package's test data and checks
// the gold figures stay above the project's targets.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := Run(&b, "../testdata"); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + b.String())
	golds, texts, err := LoadGold("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	c := ScoreGold(golds, texts)
	_, _, f1 := prf(c.Strict, c.Sys, c.Gold)
	if f1 < 0.95 {
		t.Errorf("strict span F1 %.3f < 0.95", f1)
	}
	if va := float64(c.ValueOK) / float64(c.Relaxed); va < 0.95 {
		t.Errorf("value accuracy %.3f < 0.95", va)
	}
	if os.Getenv("TIMEX_DEBUG") != "" {
		for _, s := range c.Misses {
			t.Log("MISS ", s)
		}
		for _, s := range c.FalseAlarms {
			t.Log("FA   ", s)
		}
		for _, s := range c.Bad {
			t.Log("BAD  ", s)
		}
		rt, _ := ScoreRT("../testdata/recognizers_text_ar")
		for _, r := range rt {
			for _, f := range r.Failures {
				t.Log("RT ", r.Name, " ", f)
			}
		}
	}
}
