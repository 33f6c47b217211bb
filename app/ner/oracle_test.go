package ner

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// tagTokensRef is the tagger by definition, the oracle of the optimized
// tagTokens: every token's features computed from scratch (features,
// docFeatures: what the model was trained on) and looked up one by one, no
// cache of any kind, fresh arrays.
func (t *Tagger) tagTokensRef(text string) ([]token, []int) {
	toks := tokenize(text)
	var seqs [][2]int
	for s := 0; s < len(toks); {
		e := s + 1
		for e < len(toks) && !sequenceBreak(&toks[e-1], &toks[e]) {
			e++
		}
		seqs = append(seqs, [2]int{s, e})
		s = e
	}
	n := len(toks)
	w := t.m.w
	s1 := &stage1{tags: make([]int, n), emit: make([]float32, n*numTags), cores: make([]uint64, n), words: make([]uint64, n)}
	local2 := make([][numTags]int32, n)
	inv := 1 / w.scale[0]
	for _, se := range seqs {
		s, e := se[0], se[1]
		seq := toks[s:e]
		fz := &featurizer{lx: t.lx, opt: t.m.opt}
		tf := slices.Clone(fz.prepare(seq))
		for i := range tf {
			markRare(&tf[i], w)
		}
		emit := make([]int32, 0, len(seq)*numTags)
		for i := range seq {
			if countable(&seq[i]) {
				s1.cores[s+i] = tf[i].core
			}
			s1.words[s+i] = tf[i].w
			var sc1 [numTags]int32
			w.score(features(tf, i, nil), &sc1, &local2[s+i])
			for y, v := range sc1 {
				s1.emit[(s+i)*numTags+y] = float32(v) * inv
			}
			emit = append(emit, sc1[:]...)
		}
		copy(s1.tags[s:e], viterbi(emit, len(seq), &w.trans[0], nil))
	}
	s1.docStats()
	tags := make([]int, n)
	for _, se := range seqs {
		s, e := se[0], se[1]
		emit := make([]int32, 0, (e-s)*numTags)
		for i := s; i < e; i++ {
			sc := local2[i]
			w.score2(s1.docFeatures(i, s, e, nil), &sc)
			emit = append(emit, sc[:]...)
		}
		copy(tags[s:e], viterbi(emit, e-s, &w.trans[1], nil))
	}
	return toks, tags
}

// oracleTexts returns texts to compare the tagger with its oracle on: the
// gold articles, ANERcorp test in documents of DocSentences sentences,
// the AQMAR dev documents and a few odd inputs. (Used for the identity of
// outputs only, not to choose anything.)
func oracleTexts(tb testing.TB) []string {
	var texts []string
	arts, _ := filepath.Glob("testdata/gold/articles/*.txt")
	for _, name := range arts {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	conll, _ := filepath.Glob("testdata/aqmar-dev/*.txt")
	conll = append(conll, "testdata/anercorp/test.txt")
	for _, name := range conll {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		sents, err := ReadCoNLL(f)
		f.Close()
		if err != nil {
			tb.Fatal(name, err)
		}
		for k := 0; k < len(sents); k += DocSentences {
			var b strings.Builder
			for _, s := range sents[k:min(k+DocSentences, len(sents))] {
				t, _ := s.Text()
				b.WriteString(t)
				b.WriteByte('\n')
			}
			texts = append(texts, b.String())
		}
	}
	if len(texts) < 60 {
		tb.Fatalf("only %d oracle texts", len(texts))
	}
	return append(texts,
		"", "ـــــ ًٌٍَُ ‏‎ ‌", "\xff\xfe invalid UTF-8 \xc3 موسكو", "3 ٣ ۳", "Paris PARIS paris باريس",
		strings.Repeat("«وزير» ", 300))
}

// TestTaggerMatchesOracle checks that the optimized tagger (caches kept
// across calls, dense tables, reused arrays) gives every token the label
// the oracle gives it, and the same mentions, for texts tagged one after
// another by one Tagger, then again in another order.
func TestTaggerMatchesOracle(t *testing.T) {
	tg := mustDefault(t)
	texts := oracleTexts(t)
	want := make([][]int, len(texts))
	tokens := 0
	for k, text := range texts {
		_, want[k] = tg.tagTokensRef(text)
		tokens += len(want[k])
	}
	check := func(t *testing.T, tg *Tagger, order []int) {
		for _, k := range order {
			toks, tags := tg.tagTokensRef(texts[k])
			wantMs := tg.finish(toks, tags)
			got := tg.Tag(texts[k])
			sc := tg.getScratch()
			_, gotTags := tg.tagTokens(texts[k], sc)
			gotTags = slices.Clone(gotTags)
			tg.putScratch(sc)
			if !slices.Equal(gotTags, want[k]) {
				for i := range gotTags {
					if gotTags[i] != want[k][i] {
						t.Fatalf("text %d token %d %q: tag %s, oracle %s", k, i, string(toks[i].fold), tagNames[gotTags[i]], tagNames[want[k][i]])
					}
				}
				t.Fatalf("text %d: %d tags, oracle %d", k, len(gotTags), len(want[k]))
			}
			if !slices.Equal(got, wantMs) {
				t.Fatalf("text %d: mentions %v, oracle %v", k, got, wantMs)
			}
		}
	}
	order := make([]int, len(texts))
	for k := range order {
		order[k] = k
	}
	t.Run("forward", func(t *testing.T) { check(t, tg, order) })
	slices.Reverse(order)
	t.Run("reverse", func(t *testing.T) { check(t, tg, order) })
	// A cache emptied between most texts (a small bound) gives the same.
	small := &Tagger{lx: tg.lx, m: tg.m, dt: tg.dt, fs: tg.fs, edge: tg.edge, dec: tg.dec}
	sc := small.getScratch()
	sc.wc.limit = 50
	small.putScratch(sc)
	t.Run("small cache", func(t *testing.T) { check(t, small, order) })
	t.Logf("%d texts, %d tokens", len(texts), tokens)
}
