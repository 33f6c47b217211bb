package timex

import (
	"os"
	"testing"
)

// TestSeedArticle tags the sample article at its own dateline and checks
// every gold TIMEX span (gold/seed.json) and that nothing else is found
// outside the gold's optional vague phrases.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/articles/seed_article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	dct, _, _, ok := DetectDCT(text)
	if !ok {
		t.Fatal("no dateline found")
	}
	got := Tag(text, Options{DCT: dct})
	want := []struct {
		start, end  int
		typ         Type
		value, text string
	}{
		{55, 78, Date, "2016-11-29", "الثلاثاء 29 نوفمبر 2016"},
		{79, 86, Time, "2016-11-29T11:11", "11:11 ص"},
		{131, 139, Date, "2016-11-29", "الثلاثاء"},
		{394, 401, Date, "2016-11-28", "الإثنين"},
		{615, 620, Date, "2016-11-27", "الأحد"},
		{704, 723, Date, "2016-06", "يونيو/حزيران الماضي"},
		{1694, 1706, Date, "2016-05", "قبل ستة أشهر"},
	}
	optional := map[int]bool{573: true, 800: true, 1316: true, 1771: true, 1907: true}
	seen := map[int]bool{}
	for _, e := range got {
		if optional[e.Start] {
			continue
		}
		seen[e.Start] = true
		found := false
		for _, w := range want {
			if w.start == e.Start {
				found = true
				if e.End != w.end || e.Type != w.typ || e.Value != w.value || e.Text != w.text {
					t.Errorf("got %+v, want %+v", e, w)
				}
			}
		}
		if !found {
			t.Errorf("unexpected %+v", e)
		}
	}
	for _, w := range want {
		if !seen[w.start] {
			t.Errorf("missing %+v", w)
		}
	}
}
