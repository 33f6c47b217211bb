package ner

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestReadWikiFANERejoinsClitics(t *testing.T) {
	in := "و\tO\nل\tO\nالقاهرة\tB-Population-Center\nعاصمة\tO\nها\tO\nجامعة\tB-Educational\nالقاهرة\tI-Educational\n" +
		"الشماليين\tB-Group\nهم\tO\nبرج\tB-Building-Grounds\nك\tO\nما\tO\n\nمايكروسوفت\tB-Commercial\n"
	got, err := ReadWikiFANE(strings.NewReader(in), DefaultFANEMapping)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Domain != DomainWiki {
		t.Fatalf("got %+v", got)
	}
	wantW := []string{"وللقاهرة", "عاصمتها", "جامعة", "القاهرة", "الشماليين", "هم", "برج", "كما"}
	wantT := []string{"B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"}
	if !slices.Equal(got[0].Words, wantW) || !slices.Equal(got[0].Tags, wantT) {
		t.Errorf("got %q %q,\nwant %q %q", got[0].Words, got[0].Tags, wantW, wantT)
	}
	if _, err := ReadWikiFANE(strings.NewReader("كلمة\tB-Nonsense\n"), DefaultFANEMapping); err == nil {
		t.Error("unknown class accepted")
	}
	if _, err := ReadWikiFANE(strings.NewReader("كلمة\n"), DefaultFANEMapping); err == nil {
		t.Error("line without a tag accepted")
	}
}

func TestParseClustersRejectsCorruptFiles(t *testing.T) {
	m, err := parseClusters([]byte("0101\tمصر سوريا\n11\tقال\n"))
	if err != nil || m["سوريا"] != "0101" || m["قال"] != "11" {
		t.Fatalf("got %v, %v", m, err)
	}
	for _, bad := range []string{"0102\tمصر\n", "0101 مصر\n", "01\t\n", "\x00\x01garbage"} {
		if _, err := parseClusters([]byte(bad)); err == nil || !strings.Contains(err.Error(), "nerclusters") {
			t.Errorf("%q: error %v, want one naming the generator", bad, err)
		}
	}
}

func TestModelRejectsUnknownFeatureGroups(t *testing.T) {
	b, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	b = append([]byte(nil), b...)
	b[10] |= 0x80 // a feature group this build does not know
	b = appendCRC(b[:len(b)-4])
	if _, err := New(b); !errors.Is(err, ErrCorruptModel) {
		t.Errorf("got %v, want ErrCorruptModel", err)
	}
}

// FuzzFeatures runs the feature extraction with every optional group (word
// clusters, name lists) on arbitrary text: no panic, and features for
// every position of every sequence.
func FuzzFeatures(f *testing.F) {
	lx, err := sharedLexicon()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"قال وزير الخارجية الروسي سيرغي لافروف إن «حفتر» في بنغازي.",
		"وللأمم المتحدة جائزة نوبل للسلام الحزب الديمقراطي الاجتماعي الالماني",
		"abc DEF 😀 ـ ً \xff\xfe",
		strings.Repeat("و", 100),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fz := &featurizer{lx: lx, opt: OptAll}
		toks := tokenize(s)
		tf := fz.prepare(toks)
		var buf []uint64
		for i := range toks {
			buf = features(tf, i, buf[:0])
			if len(buf) == 0 {
				t.Fatalf("token %d: no features", i)
			}
		}
		if n := len(FoldedWords(s)); n > len(toks) {
			t.Fatalf("%d folded words for %d tokens", n, len(toks))
		}
	})
}
