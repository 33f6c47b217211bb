package ner

import (
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/arabic"
)

func tokens(s string) []token {
	var out []token
	for _, a := range arabic.Tokenize(s) {
		out = append(out, newToken(a))
	}
	return out
}

func TestCliticSplit(t *testing.T) {
	tests := []struct {
		word         string
		clitic, core int
	}{
		{"وبالقاهرة", 2, 4},
		{"القاهرة", 0, 2},
		{"للعروبة", 1, 2},
		{"وللعروبة", 2, 3},
		{"بغداد", 1, 1}, // a candidate only; stripLen decides
		{"موسكو", 0, 0},
		{"فلسطين", 2, 2},
		{"ab", 0, 0},
	}
	for _, tc := range tests {
		c, k := cliticSplit([]rune(arabic.FoldString(tc.word)))
		if c != tc.clitic || k != tc.core {
			t.Errorf("%s: clitic %d core %d, want %d %d", tc.word, c, k, tc.clitic, tc.core)
		}
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
	for w, bit := range map[string]uint8{"مصر": gazLoc, "كابل": gazLoc, "احمد": gazFirst} {
		if lx.gaz[w]&bit == 0 {
			t.Errorf("%s lacks bit %b", w, bit)
		}
	}
	lx2, _ := loadLexicon()
	if lx.hash != lx2.hash || lx.hash == 0 {
		t.Error("lexicon fingerprint not stable")
	}
}
