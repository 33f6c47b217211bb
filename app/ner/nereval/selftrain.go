package nereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/hashiya/hashiya/app/ner"
)

// SelfLabel reads unlabelled news (one paragraph a line, a blank line
// between articles, the first line of each its title: the layout of
// ner-extra/unlabelled/ant-jawharafm-2017.txt), splits it into sentences
// of whitespace words at . ! ? ؟, and labels up to n sentences of 5 to 60
// words with t (its rules included), in article order, for self-training.
// Articles whose title begins a document of the held-out file exclude
// (testdata/newsdev.json: the news dev set is cut from the same corpus)
// are skipped. The sentences are tagged an article at a time.
func SelfLabel(t *ner.Tagger, path, exclude string, n int) ([]ner.Sentence, error) {
	skip := map[string]bool{}
	if exclude != "" {
		b, err := os.ReadFile(exclude)
		if err != nil {
			return nil, err
		}
		var h heldoutFile
		if err := json.Unmarshal(b, &h); err != nil {
			return nil, fmt.Errorf("nereval: %s: %w", exclude, err)
		}
		for _, d := range h.Docs {
			title, _, _ := strings.Cut(d.Text, "\n")
			skip[strings.TrimSpace(title)] = true
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("nereval: unlabelled news for self-training: %w", err)
	}
	defer f.Close()
	var out, art []ner.Sentence
	first, skipping := true, false
	flush := func() {
		if len(art) > 0 && !skipping {
			tags := TagWords(t, art)
			for i := range art {
				art[i].Tags = tags[i]
			}
			out = append(out, art...)
		}
		art = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			first = true
			continue
		}
		if first {
			skipping, first = skip[line], false
		}
		var words []string
		for _, w := range strings.Fields(line) {
			words = append(words, w)
			if strings.ContainsAny(w[len(w)-1:], ".!?") || strings.HasSuffix(w, "؟") {
				if len(words) >= 5 && len(words) <= 60 {
					art = append(art, ner.Sentence{Words: words})
				}
				words = nil
			}
		}
		if len(words) >= 5 && len(words) <= 60 {
			art = append(art, ner.Sentence{Words: words})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}
