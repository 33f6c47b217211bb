package ner

import (
	"os"
	"strings"
	"testing"
)

// benchText is about 1 MB of Arabic news text: the ANERcorp test sentences
// (one per line), repeated.
func benchText(tb testing.TB) string {
	f, err := os.Open("testdata/anercorp/test.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		tb.Fatal(err)
	}
	var one strings.Builder
	for _, s := range sents {
		t, _ := s.Text()
		one.WriteString(t)
		one.WriteByte('\n')
	}
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(one.String())
	}
	return b.String()
}

func BenchmarkTag(b *testing.B) {
	t, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		t.Tag(text)
	}
}

// BenchmarkLoad measures building a tagger from the embedded model and
// gazetteers (what Default does once).
func BenchmarkLoad(b *testing.B) {
	m, err := EmbeddedModel()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		lx, err := loadLexicon()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decodeModel(m); err != nil {
			b.Fatal(err)
		}
		_ = lx
	}
}
