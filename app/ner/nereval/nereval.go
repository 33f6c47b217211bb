// Package nereval scores package ner against the corpora in
// app/ner/testdata: ANERcorp test (Benajiba & Rosso 2007, CAMeL Lab split),
// the AQMAR dev documents (Mohit et al. 2012), the project's gold entity
// files and two held-out sets of news paragraphs written and annotated for
// this evaluation (testdata/heldout.json, heldout2.json). Scores are exact-match precision, recall and F1 of spans with their
// type, micro-averaged and per type, as conlleval computes them.
package nereval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/hashiya/hashiya/app/ner"
)

// Score counts spans of one type (or all types for the micro average).
type Score struct {
	TP, Pred, Gold int
}

// P, R and F1 are precision, recall and their harmonic mean (0 when undefined).
func (s Score) P() float64 { return ratio(s.TP, s.Pred) }
func (s Score) R() float64 { return ratio(s.TP, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result is the score of one corpus: micro average and per type.
type Result struct {
	Name   string
	Micro  Score
	ByType map[string]*Score
	Tokens int
	Dur    time.Duration
}

func newResult(name string) *Result { return &Result{Name: name, ByType: map[string]*Score{}} }

func (r *Result) add(typ string, tp, pred, gold int) {
	s := r.ByType[typ]
	if s == nil {
		s = &Score{}
		r.ByType[typ] = s
	}
	s.TP += tp
	s.Pred += pred
	s.Gold += gold
	r.Micro.TP += tp
	r.Micro.Pred += pred
	r.Micro.Gold += gold
}

// chunk is a labelled token or code-point range.
type chunk struct {
	a, b int
	typ  string
}

// chunks reads BIO tags as conlleval does: a chunk starts at B-X, or at I-X
// after a tag of another type.
func chunks(tags []string) []chunk {
	var out []chunk
	cur := -1
	curTyp := ""
	for i := 0; i <= len(tags); i++ {
		pre, typ := "O", ""
		if i < len(tags) && tags[i] != "O" && len(tags[i]) > 2 {
			pre, typ = tags[i][:1], tags[i][2:]
		}
		if cur >= 0 && (pre != "I" || typ != curTyp) {
			out = append(out, chunk{cur, i, curTyp})
			cur = -1
		}
		if pre == "B" || pre == "I" && cur < 0 {
			cur, curTyp = i, typ
		}
	}
	return out
}

// normType maps corpus spellings to PER LOC ORG MISC ("" for anything else).
func normType(t string) string {
	switch {
	case t == "PER" || t == "PERS":
		return "PER"
	case t == "LOC", t == "ORG":
		return t
	case strings.HasPrefix(t, "MIS"):
		return "MISC"
	}
	return ""
}

// normTags normalizes tag spellings; unknown types become O.
func normTags(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = "O"
		if len(t) > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-' {
			if typ := normType(t[2:]); typ != "" {
				out[i] = t[:2] + typ
			}
		}
	}
	return out
}

// tagWords tags the sentences as one text (one sentence per line) and maps
// the mentions back to word-level BIO tags: every word a mention overlaps
// takes its type, B on the first. ANERcorp and AQMAR tag whole words,
// proclitics included, so a mention without its proclitic still covers the
// word.
func tagWords(t *ner.Tagger, sents []ner.Sentence) ([][]string, int) {
	var b strings.Builder
	type wpos struct{ s, w, start, end int }
	var words []wpos
	off := 0
	out := make([][]string, len(sents))
	for si, s := range sents {
		if si > 0 {
			b.WriteByte('\n')
			off++
		}
		out[si] = make([]string, len(s.Words))
		for wi, w := range s.Words {
			if wi > 0 {
				b.WriteByte(' ')
				off++
			}
			out[si][wi] = "O"
			n := len([]rune(w))
			words = append(words, wpos{si, wi, off, off + n})
			b.WriteString(w)
			off += n
		}
	}
	text := b.String()
	ms := t.Tag(text)
	k := 0
	for _, m := range ms {
		for k < len(words) && words[k].end <= m.Start {
			k++
		}
		first := true
		for j := k; j < len(words) && words[j].start < m.End; j++ {
			wp := words[j]
			if out[wp.s][wp.w] != "O" {
				continue // already covered by the previous mention
			}
			if first {
				out[wp.s][wp.w] = "B-" + m.Label
				first = false
			} else {
				out[wp.s][wp.w] = "I-" + m.Label
			}
		}
	}
	return out, len(words)
}

// ScoreDocs tags each document (a run of sentences, given to Tag as one
// text with one sentence per line) and scores the result against the
// corpus tags.
func ScoreDocs(t *ner.Tagger, name string, docs [][]ner.Sentence) *Result {
	r := newResult(name)
	for _, sents := range docs {
		start := time.Now()
		pred, n := tagWords(t, sents)
		r.Dur += time.Since(start)
		r.Tokens += n
		for i, s := range sents {
			compare(r, chunks(normTags(s.Tags)), chunks(pred[i]), nil)
		}
	}
	return r
}

// Chunk splits sentences into documents of n sentences.
func Chunk(sents []ner.Sentence, n int) [][]ner.Sentence {
	var out [][]ner.Sentence
	for i := 0; i < len(sents); i += n {
		out = append(out, sents[i:min(i+n, len(sents))])
	}
	return out
}

// compare adds exact matches of pred against gold; predicted chunks whose
// type is in ignore, and gold chunks of such types, are not counted.
func compare(r *Result, gold, pred []chunk, ignore map[string]bool) {
	g := map[chunk]bool{}
	for _, c := range gold {
		if ignore[c.typ] {
			continue
		}
		g[c] = true
		r.add(c.typ, 0, 0, 1)
	}
	for _, c := range pred {
		if ignore[c.typ] {
			continue
		}
		tp := 0
		if g[c] {
			tp = 1
		}
		r.add(c.typ, tp, 1, 0)
	}
}

func readCoNLL(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// goldFile is the shape of testdata/gold/entities/*.json.
type goldFile struct {
	File     string `json:"file"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
	} `json:"entities"`
	Optional []struct {
		Start int `json:"start"`
		End   int `json:"end"`
	} `json:"optional"`
}

// scoreGold scores PER, LOC and ORG mentions against the gold entity files
// (exact code-point spans). MISC is ignored, and predictions overlapping an
// optional span are not counted.
func scoreGold(t *ner.Tagger, dir string) (*Result, error) {
	r := newResult("gold entities (PER/LOC/ORG)")
	files, err := filepath.Glob(filepath.Join(dir, "gold", "entities", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("nereval: no gold entity files in %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("nereval: %s: %w", f, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, "gold", "articles", g.File))
		if err != nil {
			return nil, fmt.Errorf("nereval: article of %s: %w", f, err)
		}
		var gold, pred []chunk
		rs := []rune(string(text))
		for _, e := range g.Entities {
			if e.End > len(rs) || string(rs[e.Start:e.End]) != e.Text {
				return nil, fmt.Errorf("nereval: %s: span %d-%d does not match its text %q", f, e.Start, e.End, e.Text)
			}
			gold = append(gold, chunk{e.Start, e.End, normType(e.Type)})
		}
		start := time.Now()
		ms := t.Tag(string(text))
		r.Dur += time.Since(start)
		r.Tokens += len(strings.Fields(string(text)))
	next:
		for _, m := range ms {
			for _, o := range g.Optional {
				if m.Start < o.End && o.Start < m.End {
					continue next
				}
			}
			pred = append(pred, chunk{m.Start, m.End, m.Label})
		}
		compare(r, gold, pred, map[string]bool{"MISC": true})
	}
	return r, nil
}

// heldoutFile is the shape of testdata/heldout*.json: news paragraphs
// with their PER/LOC/ORG spans (code points into text).
type heldoutFile struct {
	Docs []struct {
		ID       string `json:"id"`
		Text     string `json:"text"`
		Entities []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
			Type  string `json:"type"`
		} `json:"entities"`
		Optional []struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"optional"`
	} `json:"docs"`
}

// ScoreHeldout scores PER, LOC and ORG mentions against a held-out file
// (exact code-point spans; MISC predictions ignored), each paragraph
// tagged as one text. Predictions overlapping a paragraph's optional spans
// are not counted.
func ScoreHeldout(t *ner.Tagger, name, path string) (*Result, error) {
	return scoreHeldout(t, name, path, nil)
}

// WriteHeldoutErrors writes, for each paragraph of a held-out file, the
// gold mentions the tagger did not find exactly ("- TYPE text") and its
// wrong predictions ("+ TYPE text"), PER/LOC/ORG only, optional spans
// left out as ScoreHeldout does. For reading the errors of a dev file
// (testdata/newsdev.json); never used on the held-out test sets.
func WriteHeldoutErrors(w io.Writer, t *ner.Tagger, path string) error {
	_, err := scoreHeldout(t, "", path, func(id string, rs []rune, gold, pred []chunk) {
		in := func(cs []chunk) map[chunk]bool {
			m := map[chunk]bool{}
			for _, c := range cs {
				m[c] = true
			}
			return m
		}
		g, p := in(gold), in(pred)
		var lines []string
		for _, c := range gold {
			if !p[c] {
				lines = append(lines, "- "+c.typ+" "+string(rs[c.a:c.b]))
			}
		}
		for _, c := range pred {
			if !g[c] && c.typ != "MISC" {
				lines = append(lines, "+ "+c.typ+" "+string(rs[c.a:c.b]))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "%s\n  %s\n", id, strings.Join(lines, "\n  "))
		}
	})
	return err
}

func scoreHeldout(t *ner.Tagger, name, path string, each func(id string, rs []rune, gold, pred []chunk)) (*Result, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var h heldoutFile
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("nereval: %s: %w", path, err)
	}
	if len(h.Docs) == 0 {
		return nil, fmt.Errorf("nereval: %s: no documents", path)
	}
	r := newResult(name)
	for _, d := range h.Docs {
		rs := []rune(d.Text)
		var gold, pred []chunk
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > len(rs) || e.Start >= e.End || string(rs[e.Start:e.End]) != e.Text {
				return nil, fmt.Errorf("nereval: %s doc %s: span %d-%d does not match its text %q", path, d.ID, e.Start, e.End, e.Text)
			}
			gold = append(gold, chunk{e.Start, e.End, normType(e.Type)})
		}
		start := time.Now()
		ms := t.Tag(d.Text)
		r.Dur += time.Since(start)
	next:
		for _, m := range ms {
			for _, o := range d.Optional {
				if m.Start < o.End && o.Start < m.End {
					continue next
				}
			}
			pred = append(pred, chunk{m.Start, m.End, m.Label})
		}
		r.Tokens += len(strings.Fields(d.Text))
		compare(r, gold, pred, map[string]bool{"MISC": true})
		if each != nil {
			each(d.ID, rs, gold, pred)
		}
	}
	return r, nil
}

// Run evaluates the default tagger on the corpora under dataDir (the
// app/ner/testdata layout: anercorp/test.txt, aqmar-dev/*.txt,
// gold/entities/*.json with gold/articles) and prints the scores and the
// model size (raw and brotli) to w.
func Run(w io.Writer, dataDir string) error {
	t, err := ner.Default()
	if err != nil {
		return err
	}
	results, err := Evaluate(t, dataDir)
	if err != nil {
		return err
	}
	return Report(w, results)
}

// Report prints the results of Evaluate and the embedded model's size (raw
// and brotli) to w.
func Report(w io.Writer, results []*Result) error {
	for _, r := range results {
		Print(w, r)
	}
	mb, err := ner.EmbeddedModel()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "model: %d bytes raw, %d bytes brotli (quality 11)\n", len(mb), brotliSize(mb))
	return nil
}

// Evaluate scores t on ANERcorp test, AQMAR dev, the gold entity files and
// the two held-out news sets (heldout.json, heldout2.json), in that order.
func Evaluate(t *ner.Tagger, dataDir string) ([]*Result, error) {
	test, err := readCoNLL(filepath.Join(dataDir, "anercorp", "test.txt"))
	if err != nil {
		return nil, err
	}
	out := []*Result{ScoreDocs(t, fmt.Sprintf("ANERcorp test (documents of %d sentences)", ner.DocSentences), Chunk(test, ner.DocSentences))}
	files, err := filepath.Glob(filepath.Join(dataDir, "aqmar-dev", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var aqmar [][]ner.Sentence
	for _, f := range files {
		s, err := readCoNLL(f)
		if err != nil {
			return nil, err
		}
		aqmar = append(aqmar, s)
	}
	out = append(out, ScoreDocs(t, "AQMAR dev (one document per article)", aqmar))
	g, err := scoreGold(t, dataDir)
	if err != nil {
		return nil, err
	}
	out = append(out, g)
	for _, h := range []struct{ name, file string }{
		{"held-out news set 1 (PER/LOC/ORG)", "heldout.json"},
		{"held-out news set 2 (PER/LOC/ORG)", "heldout2.json"},
	} {
		r, err := ScoreHeldout(t, h.name, filepath.Join(dataDir, h.file))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Print writes a conlleval-style table of r.
func Print(w io.Writer, r *Result) {
	fmt.Fprintf(w, "%s: %d tokens, tagged in %s\n", r.Name, r.Tokens, r.Dur.Round(time.Millisecond))
	fmt.Fprintf(w, "  %-6s %9s %9s %9s %6s %6s\n", "type", "precision", "recall", "F1", "gold", "pred")
	row := func(name string, s Score) {
		fmt.Fprintf(w, "  %-6s %9.4f %9.4f %9.4f %6d %6d\n", name, s.P(), s.R(), s.F1(), s.Gold, s.Pred)
	}
	row("micro", r.Micro)
	for _, typ := range []string{"PER", "LOC", "ORG", "MISC"} {
		if s, ok := r.ByType[typ]; ok {
			row(typ, *s)
		}
	}
}

// TagWords tags the sentences as one document and returns word-level BIO
// tags (PER LOC ORG MISC), for error analysis.
func TagWords(t *ner.Tagger, sents []ner.Sentence) [][]string {
	out, _ := tagWords(t, sents)
	return out
}

// brotliSize is the size of b compressed as the site serves it (quality 11).
func brotliSize(b []byte) int {
	var buf bytes.Buffer
	bw := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	bw.Write(b)
	bw.Close()
	return buf.Len()
}
