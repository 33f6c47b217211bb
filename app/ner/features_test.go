package ner

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/arabic"
)

func tokens(s string) []token { return tokenize(s) }

// cliticSplitRef is arabic.ProcliticSplit written with arabic.Proclitics.
func cliticSplitRef(fold []rune) (clitic, core int) {
	if len(fold) < 3 || !arabic.IsArabic(fold[0]) {
		return 0, 0
	}
	for _, p := range arabic.Proclitics(fold) {
		if p >= 2 && (fold[p-2] == 'ا' || fold[p-2] == 'ل') && fold[p-1] == 'ل' {
			core = p
			continue
		}
		clitic, core = p, p
	}
	return clitic, core
}

func TestCliticSplitMatchesProclitics(t *testing.T) {
	f, err := os.Open("testdata/anercorp/train.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range sents {
		for _, w := range s.Words {
			fold := []rune(arabic.FoldString(w))
			c1, k1 := arabic.ProcliticSplit(fold)
			c2, k2 := cliticSplitRef(fold)
			if c1 != c2 || k1 != k2 {
				t.Fatalf("%s: got %d %d, arabic.Proclitics gives %d %d", w, c1, k1, c2, k2)
			}
			n++
		}
	}
	if n < 100000 {
		t.Errorf("only %d words checked", n)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "😀 وَبِمُوسكو «حفتر» لاعب ﻻ ABC"
	rs := []rune(text)
	for _, tk := range tokenize(text) {
		if string(arabic.FoldRunes(rs[tk.start:tk.end])) != strings.ToLower(string(tk.fold)) && tk.kind != arabic.Word {
			t.Errorf("token %q: fold %q", string(rs[tk.start:tk.end]), string(tk.fold))
		}
		for p := range tk.fold {
			if o := tk.offset(p); o < tk.start || o >= tk.end {
				t.Errorf("token %q: offset(%d) = %d outside [%d,%d)", string(rs[tk.start:tk.end]), p, o, tk.start, tk.end)
			}
		}
	}
	toks := tokenize(text)
	if got := string(toks[1].fold); got != "وبموسكو" || toks[1].offset(2) != 6 {
		t.Errorf("got %q, offset(2) = %d, want وبموسكو and 6", got, toks[1].offset(2))
	}
}

func TestNewTokenFolds(t *testing.T) {
	tk := tokens("وَأَحْمَدُ")[0]
	if string(tk.fold) != "واحمد" || tk.start != 0 || tk.end != 10 {
		t.Errorf("got %q [%d,%d)", string(tk.fold), tk.start, tk.end)
	}
	// orig maps folded runes back into the token: folded 1 (ا) is at 2.
	if tk.orig[1] != 2 {
		t.Errorf("orig[1] = %d, want 2", tk.orig[1])
	}
	lt := tokens("Sony")[0]
	if string(lt.fold) != "sony" || !lt.upper {
		t.Errorf("Latin: %q upper=%v", string(lt.fold), lt.upper)
	}
}

func TestFeaturesDeterministicAndContextual(t *testing.T) {
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	fz := &featurizer{lx: lx}
	a := tokens("قال الرئيس باراك أوباما في واشنطن")
	f1 := features(fz.prepare(a), 2, nil)
	f2 := features(fz.prepare(a), 2, nil)
	if !slices.Equal(f1, f2) || len(f1) < 20 {
		t.Fatalf("features not deterministic or too few: %d", len(f1))
	}
	b := tokens("قال الوزير باراك أوباما في واشنطن")
	f3 := features(fz.prepare(b), 2, nil)
	if slices.Equal(f1, f3) {
		t.Error("changing the previous word did not change the features")
	}
	// Tashkeel and hamza variants give the same features.
	c := tokens("قال الرّئيس باراك اوباما في واشنطن")
	if f4 := features(fz.prepare(c), 2, nil); !slices.Equal(f1, f4) {
		t.Error("folded variants give different features")
	}
}

func TestFlags(t *testing.T) {
	lx, err := sharedLexicon()
	if err != nil {
		t.Fatal(err)
	}
	fz := &featurizer{lx: lx}
	toks := tokens("زار الوزير دولة الإمارات العربية المتحدة و«شركة» محمد")
	tf := fz.prepare(toks)
	want := map[int]uint32{
		1:  fTitle,            // الوزير
		2:  fLocHead,          // دولة
		3:  fGazLocB,          // الإمارات
		4:  fGazLocI,          // العربية
		5:  fGazLocI,          // المتحدة
		8:  fOrgHead | fQuote, // شركة
		10: fFirst,            // محمد
	}
	for i, bits := range want {
		if tf[i].flags&bits != bits {
			t.Errorf("token %d %q: flags %b lack %b", i, string(toks[i].fold), tf[i].flags, bits)
		}
	}
	if tf[0].flags&fSentStart == 0 {
		t.Error("first token lacks fSentStart")
	}
}

func TestLexiconLoads(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for w, bit := range map[string]uint16{"مصر": gazLoc, "كابل": gazLoc, "احمد": gazFirst} {
		if lx.gaz[w]&bit == 0 {
			t.Errorf("%s lacks bit %b", w, bit)
		}
	}
	lx2, _ := loadLexicon()
	if lx.hash != lx2.hash || lx.hash == 0 {
		t.Error("lexicon fingerprint not stable")
	}
}

// TestWordCacheMatchesFeatures checks that the tagger's cached sums equal
// the scores of the features the model was trained with.
func TestWordCacheMatchesFeatures(t *testing.T) {
	tg := mustDefault(t)
	text := benchText(t)[:50000]
	toks := tokens(text)
	fz := &featurizer{lx: tg.lx, opt: tg.m.opt}
	c := newWordCache(tg)
	var ctf []tokFeat
	var cpl []wordPlaces
	var ws []*wordEntry
	for s := 0; s < len(toks); s += 40 {
		seq := toks[s:min(s+40, len(toks))]
		tf := fz.prepare(seq)
		for i := range tf {
			markRare(&tf[i], tg.m.w)
		}
		ctf, cpl, ws = c.prepare(seq, ctf, cpl, ws)
		if !slices.Equal(tf, ctf) {
			t.Fatalf("tokens %d…: cached features differ", s)
		}
		for i := range seq {
			var a1, a2, b1, b2 [numTags]int32
			tg.m.w.score(features(tf, i, nil), &a1, &a2)
			c.local(ctf, ws, i, &b1, &b2)
			if a1 != b1 || a2 != b2 {
				t.Fatalf("token %d %q: features %v %v, cache %v %v", s+i, string(seq[i].fold), a1, a2, b1, b2)
			}
		}
		if s%400 == 0 {
			c.reset(0) // entries are recomputed alike
		}
	}
}

// TestDocTableMatchesFeatures checks that the dense stage-2 scores equal
// those of the document features the model was trained with.
func TestDocTableMatchesFeatures(t *testing.T) {
	tg := mustDefault(t)
	text := benchText(t)[:50000]
	toks := tokens(text)
	n := len(toks)
	s1 := stage1{tags: make([]int, n), emit: make([]float32, n*numTags), cores: make([]uint64, n), words: make([]uint64, n)}
	fz := &featurizer{lx: tg.lx}
	for s := 0; s < n; s += 40 {
		seq := toks[s:min(s+40, n)]
		tf := fz.prepare(seq)
		for i := range seq {
			if countable(&seq[i]) {
				s1.cores[s+i] = tf[i].core
			}
			s1.words[s+i] = tf[i].w
			// Varied stage-1 output: tags and scores from the word hash.
			s1.tags[s+i] = int(tf[i].w % uint64(numTags))
			for y := range numTags {
				s1.emit[(s+i)*numTags+y] = float32(int(tf[i].w>>(8*y)%31) - 15)
			}
		}
	}
	s1.docStats()
	for s := 0; s < n; s += 40 {
		e := min(s+40, n)
		for i := s; i < e; i++ {
			var a, b [numTags]int32
			tg.m.w.score2(s1.docFeatures(i, s, e, nil), &a)
			tg.dt.score(&s1, wordRow(tg.m.w, s1.words[i]), i, s, e, &b)
			if a != b {
				t.Fatalf("token %d: features %v, dense %v", i, a, b)
			}
		}
	}
}

// TestWordCacheWideSums checks the path of a word whose sums do not fit in
// int16 (kept in wordEntry.wide): local gives the same scores from it.
func TestWordCacheWideSums(t *testing.T) {
	tg := mustDefault(t)
	toks := tokens("قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن وزارة الدفاع الروسية ستواصل عملها.")
	c := newWordCache(tg)
	tf, _, ws := c.prepare(toks, nil, nil, nil)
	want := make([][2][numTags]int32, len(toks))
	for i := range toks {
		c.local(tf, ws, i, &want[i][0], &want[i][1])
	}
	for _, e := range ws {
		if e.wide == 0 {
			var wide wordScores
			for r := range e.s {
				for s := range e.s[r] {
					for y, v := range e.s[r][s] {
						wide.s[r][s][y] = int32(v)
					}
				}
			}
			c.wide = append(c.wide, wide)
			e.wide = int32(len(c.wide))
			clear(e.s[:])
		}
	}
	for i := range toks {
		var got [2][numTags]int32
		c.local(tf, ws, i, &got[0], &got[1])
		if got != want[i] {
			t.Fatalf("token %d: wide sums give %v, int16 sums %v", i, got, want[i])
		}
	}
}
