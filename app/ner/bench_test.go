package ner

import (
	"math/rand/v2"
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

// BenchmarkDecode measures the tagger's Viterbi decoder alone on random
// scores (30-token sequences, 1,000 of them), and ".../reference" the
// recursion it replaces (all pairs under BILOU); bytes are tokens.
func BenchmarkDecode(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	const n, seqs = 30, 1000
	emit := make([]int32, n*numTags*seqs)
	for i := range emit {
		emit[i] = int32(r.IntN(4001) - 2000)
	}
	var trans [numTags + 1][numTags]int32
	for i := range trans {
		for j := range trans[i] {
			trans[i][j] = int32(r.IntN(4001) - 2000)
		}
	}
	for _, ref := range []bool{false, true} {
		name := "decoder"
		if ref {
			name = "reference"
		}
		b.Run(name, func(b *testing.B) {
			d := newDecoder(&trans)
			d.ref = ref
			out, back := make([]int, n), make([]uint8, n*numTags)
			b.SetBytes(n * seqs)
			for b.Loop() {
				for s := range seqs {
					out, back = d.decode(emit[s*n*numTags:(s+1)*n*numTags], n, out, back)
				}
			}
		})
	}
}
