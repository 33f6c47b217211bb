package ner

import (
	"encoding/binary"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// bruteForce finds the best allowed sequence by enumeration.
func bruteForce(emit []int32, n int, trans *[numTags + 1][numTags]int32) (best []int, bestScore int64) {
	seq := make([]int, n)
	bestScore = -1 << 62
	var rec func(i int, score int64)
	rec = func(i int, score int64) {
		if i == n {
			if n > 0 && !allowedEnd(seq[n-1]) {
				return
			}
			if score > bestScore {
				bestScore = score
				best = append(best[:0], seq...)
			}
			return
		}
		for y := 0; y < numTags; y++ {
			prev := -1
			if i > 0 {
				prev = seq[i-1]
			}
			if !allowed(prev, y) {
				continue
			}
			seq[i] = y
			rec(i+1, score+int64(trans[prev+1][y])+int64(emit[i*numTags+y]))
		}
	}
	rec(0, 0)
	return best, bestScore
}

func seqScore(emit []int32, trans *[numTags + 1][numTags]int32, seq []int) int64 {
	var s int64
	for i, y := range seq {
		prev := -1
		if i > 0 {
			prev = seq[i-1]
		}
		s += int64(trans[prev+1][y]) + int64(emit[i*numTags+y])
	}
	return s
}

func validSeq(seq []int) bool {
	for i, y := range seq {
		prev := -1
		if i > 0 {
			prev = seq[i-1]
		}
		if !allowed(prev, y) {
			return false
		}
	}
	return len(seq) == 0 || allowedEnd(seq[len(seq)-1])
}

func TestViterbiMatchesBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 200; iter++ {
		n := 1 + r.IntN(4)
		emit := make([]int32, n*numTags)
		for i := range emit {
			emit[i] = int32(r.IntN(2001) - 1000)
		}
		var trans [numTags + 1][numTags]int32
		for i := range trans {
			for j := range trans[i] {
				trans[i][j] = int32(r.IntN(2001) - 1000)
			}
		}
		got := viterbi(emit, n, &trans, nil)
		_, want := bruteForce(emit, n, &trans)
		if !validSeq(got) {
			t.Fatalf("invalid BIO sequence %v", got)
		}
		if s := seqScore(emit, &trans, got); s != want {
			t.Fatalf("viterbi score %d, brute force %d (seq %v)", s, want, got)
		}
	}
}

func TestViterbiNeverStartsWithInside(t *testing.T) {
	emit := make([]int32, 3*numTags)
	emit[insideTag(0)] = 1000 // I-PER is the best first tag by emission alone
	var trans [numTags + 1][numTags]int32
	got := viterbi(emit, 3, &trans, nil)
	if got[0] == insideTag(0) || !validSeq(got) {
		t.Fatalf("got %v", got)
	}
}

func TestViterbiLongSequenceNoOverflow(t *testing.T) {
	n := 200000
	emit := make([]int32, n*numTags)
	for i := 0; i < n; i++ {
		emit[i*numTags+unitTag(1)] = 1 << 20 // huge scores every step
	}
	var trans [numTags + 1][numTags]int32
	got := viterbi(emit, n, &trans, nil)
	// A one-token LOC mention at every position: B-LOC in BIO, U-LOC in
	// BILOU (where B-LOC B-LOC is not allowed).
	for i, y := range got {
		if y != unitTag(1) {
			t.Fatalf("position %d: tag %s, want %s", i, tagNames[y], tagNames[unitTag(1)])
		}
	}
	if got, _ := newDecoder(&trans).decode(emit, n, nil, nil); !slices.Equal(got, viterbi(emit, n, &trans, nil)) {
		t.Fatal("decoder and viterbi differ on a long sequence")
	}
}

func FuzzViterbi(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add(make([]byte, 200))
	f.Fuzz(func(t *testing.T, b []byte) {
		// The first 2×(numTags+1)×numTags bytes give transitions, the rest
		// emissions, as int16 values.
		var trans [numTags + 1][numTags]int32
		k := 0
		next := func() int32 {
			if k+2 > len(b) {
				return 0
			}
			v := int32(int16(binary.LittleEndian.Uint16(b[k:])))
			k += 2
			return v * 40 // up to the size of a sum of quantized weights
		}
		for i := range trans {
			for j := range trans[i] {
				trans[i][j] = next()
			}
		}
		n := max(0, (len(b)-k)/2/numTags)
		emit := make([]int32, n*numTags)
		for i := range emit {
			emit[i] = next()
		}
		got := viterbi(emit, n, &trans, nil)
		if len(got) != n || !validSeq(got) {
			t.Fatalf("got %v for n=%d", got, n)
		}
		if n <= 3 {
			if _, want := bruteForce(emit, n, &trans); n > 0 && seqScore(emit, &trans, got) != want {
				t.Fatalf("not optimal: %v", got)
			}
		}
	})
}

// TestDecoderMatchesViterbi checks that the tagger's decoder gives exactly
// viterbi's tags, ties included (small score ranges make many ties), on
// random emissions and transitions, short and long sequences.
func TestDecoderMatchesViterbi(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var back []uint8
	for iter := 0; iter < 3000; iter++ {
		n := 1 + r.IntN(40)
		spread := []int{3, 50, 2001, 1 << 20}[iter%4]
		emit := make([]int32, n*numTags)
		for i := range emit {
			emit[i] = int32(r.IntN(spread) - spread/2)
		}
		var trans [numTags + 1][numTags]int32
		for i := range trans {
			for j := range trans[i] {
				trans[i][j] = int32(r.IntN(spread) - spread/2)
			}
		}
		want := viterbi(emit, n, &trans, nil)
		var got []int
		got, back = newDecoder(&trans).decode(emit, n, nil, back)
		if !slices.Equal(got, want) {
			t.Fatalf("iteration %d: decoder %v, viterbi %v", iter, got, want)
		}
		// The all-pairs recursion (BILOU's) agrees with the specialized one.
		var te [numTags + 1][numTags]int32
		for x := range te {
			for y := range te[x] {
				te[x][y] = -1 << 28
				if allowedTab[x][y] {
					te[x][y] = trans[x][y]
				}
			}
		}
		if all := viterbiAll(emit, n, &te, nil, make([]uint8, n*numTags)); !slices.Equal(all, want) {
			t.Fatalf("iteration %d: viterbiAll %v, viterbi %v", iter, all, want)
		}
	}
	if got, _ := newDecoder(&[numTags + 1][numTags]int32{}).decode(nil, 0, nil, nil); len(got) != 0 {
		t.Fatalf("empty sequence: %v", got)
	}
}

// TestDecoderMatchesReferenceOnDev tags the dev split's ANERcorp part (the
// last tenth of ANERcorp train's documents) with the shipped model twice,
// with the tagger's decoders and with the reference recursion (viterbiBuf:
// all pairs under BILOU), and requires the same tags at every token of
// both stages.
func TestDecoderMatchesReferenceOnDev(t *testing.T) {
	tg := mustDefault(t)
	ref := &Tagger{lx: tg.lx, m: tg.m, dt: tg.dt, fs: tg.fs, edge: tg.edge}
	for i, d := range tg.dec {
		c := *d
		c.ref = true
		ref.dec[i] = &c
	}
	f, err := os.Open("testdata/anercorp/train.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for s := 0; s < len(sents); s += DocSentences {
		var b strings.Builder
		for _, x := range sents[s:min(s+DocSentences, len(sents))] {
			text, _ := x.Text()
			b.WriteString(text)
			b.WriteByte('\n')
		}
		docs = append(docs, b.String())
	}
	tokens := 0
	for _, doc := range docs[len(docs)-len(docs)/10:] {
		_, got := tg.tagTokens(doc, &scratch{wc: newWordCache(tg)})
		_, want := ref.tagTokens(doc, &scratch{wc: newWordCache(ref)})
		if !slices.Equal(got, want) {
			t.Fatalf("document %.80q: decoder %v, reference %v", doc, got, want)
		}
		tokens += len(got)
	}
	if tokens < 10000 {
		t.Fatalf("only %d tokens compared", tokens)
	}
}
