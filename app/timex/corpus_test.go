package timex

import (
	"bufio"

	"github.com/hashiya/hashiya/app/arabic"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestDbgCorpus is a development aid, skipped unless TIMEX_CORPUS names a
// CoNLL-style file (one "token TAG" per line, e.g. ANERcorp): it tags the
// rebuilt text at refDCT and logs each distinct expression once with its
// context, to hunt false alarms on unseen text.
//
//	TIMEX_CORPUS=path/to/train.txt go test ./app/timex -run TestDbgCorpus -v
func TestDbgCorpus(t *testing.T) {
	p := os.Getenv("TIMEX_CORPUS")
	if p == "" {
		t.Skip()
	}
	f, _ := os.Open(p)
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			sb.WriteString("\n")
			continue
		}
		tok := strings.Fields(line)[0]
		sb.WriteString(tok + " ")
	}
	text := sb.String()
	es := Tag(text, Options{DCT: refDCT})
	count := map[string]int{}
	rs := []rune(text)
	for _, e := range es {
		a, b := e.Start-25, e.End+25
		if a < 0 {
			a = 0
		}
		if b > len(rs) {
			b = len(rs)
		}
		key := string(e.Type) + " | " + e.Text + " | " + e.Value
		count[key]++
		if count[key] <= 1 {
			t.Logf("%s || %s", key, strings.ReplaceAll(string(rs[a:b]), "\n", " "))
		}
	}
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return count[keys[i]] > count[keys[j]] })
	t.Logf("total %d expressions, %d distinct", len(es), len(keys))
}

// TestDbgMisses is a development aid like TestDbgCorpus: it logs month,
// weekday, unit and deictic words of the corpus that no expression covers,
// to hunt misses.
func TestDbgMisses(t *testing.T) {
	p := os.Getenv("TIMEX_CORPUS")
	if p == "" {
		t.Skip()
	}
	f, _ := os.Open(p)
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			sb.WriteString("\n")
			continue
		}
		sb.WriteString(strings.Fields(line)[0] + " ")
	}
	text := sb.String()
	es := Tag(text, Options{DCT: refDCT})
	covered := make([]bool, len([]rune(text))+1)
	for _, e := range es {
		for k := e.Start; k < e.End; k++ {
			covered[k] = true
		}
	}
	s := &scan{f: arabic.Fold(text), text: text, lex: getLexicon(), rules: rules}
	s.tokenize()
	rs := []rune(text)
	n := 0
	for i := range s.toks {
		sn := s.sn(i)
		if sn.month == 0 && sn.hmonth == 0 && sn.wday == 0 && sn.unit == uNone && sn.deictic == uNone && !sn.isDayRel {
			continue
		}
		st, _ := s.f.Span(s.toks[i].s, s.toks[i].e)
		if covered[st] {
			continue
		}
		a, b := max(0, st-30), min(len(rs), st+30)
		n++
		if n < 200 {
			t.Logf("%s", strings.ReplaceAll(string(rs[a:b]), "\n", " "))
		}
	}
}
