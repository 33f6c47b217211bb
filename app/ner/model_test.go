package ner

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestEmbeddedModelLoads(t *testing.T) {
	b, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(b)
	if err != nil {
		t.Fatal(err)
	}
	for s := 0; s < numStages; s++ {
		n := 0
		for _, sl := range m.w.rowsOf {
			if sl[s] != [numTags]int8{} {
				n++
			}
		}
		if n < 1000 {
			t.Errorf("stage %d: only %d weight rows", s+1, n)
		}
	}
	if len(m.words) < 1000 {
		t.Errorf("only %d word counts", len(m.words))
	}
	if _, err := New(b); err != nil {
		t.Fatal(err)
	}
}

func sampleModel() *modelData {
	d := &modelData{lexHash: 42, words: map[string]wordCount{"موسكو": {3, 5}, "قال": {0, 9}}}
	for s := range d.stages {
		st := &d.stages[s]
		st.bits, st.scale = 12, 100
		st.trans[0][1] = -7
		st.trans[3][4] = 1200
		st.buckets = []uint32{4000, 7, 300}
		st.weights = [][numTags]int8{{1, -2, 3}, {127, -128}, {0, 0, 0, 0, 0, 0, 0, 0, 5}}
	}
	return d
}

func TestModelRoundTrip(t *testing.T) {
	d := sampleModel()
	m, err := decodeModel(d.encode())
	if err != nil {
		t.Fatal(err)
	}
	if m.lexHash != 42 || m.words["موسكو"] != (wordCount{3, 5}) || m.words["قال"] != (wordCount{0, 9}) {
		t.Errorf("header or words differ: %d %v", m.lexHash, m.words)
	}
	tb := m.w
	for s := 0; s < numStages; s++ {
		if tb.scale[s] != 100 || tb.trans[s][0][1] != -7 || tb.trans[s][3][4] != 1200 {
			t.Errorf("stage %d: scale/transitions differ", s)
		}
		for i, bk := range d.stages[s].buckets {
			row := tb.row(bk)
			if row == nil || row[s] != d.stages[s].weights[i] {
				t.Errorf("stage %d bucket %d: got %v, want %v", s, bk, row, d.stages[s].weights[i])
			}
		}
	}
	if tb.row(8) != nil {
		t.Error("unexpected row for bucket 8")
	}
	if !bytes.Equal(d.encode(), d.encode()) {
		t.Error("encoding is not deterministic")
	}
}

func TestCorruptModel(t *testing.T) {
	good := sampleModel().encode()
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	cases := map[string][]byte{
		"empty":     nil,
		"truncated": good[:len(good)/2],
		"magic":     flip(0),
		"body byte": flip(len(good) / 2),
		"checksum":  flip(len(good) - 1),
		"trailing":  append(bytes.Clone(good), 0),
		"text":      []byte(strings.Repeat("not a model ", 10)),
	}
	for name, b := range cases {
		if _, err := decodeModel(b); !errors.Is(err, ErrCorruptModel) {
			t.Errorf("%s: got %v, want ErrCorruptModel", name, err)
		}
		if tg, err := New(b); err == nil || tg != nil {
			t.Errorf("%s: New accepted a corrupt model", name)
		}
	}
}

func TestModelVersionChecks(t *testing.T) {
	d := sampleModel()
	b := d.encode()
	if _, err := New(b); err == nil || !strings.Contains(err.Error(), "gazetteers") {
		t.Errorf("model with another lexicon fingerprint: got %v", err)
	}
	// A model written by a future version is refused with a clear message
	// (the checksum is recomputed so only the version differs).
	b2 := bytes.Clone(b[:len(b)-4])
	b2[8] = 99
	b2 = appendCRC(b2)
	if _, err := decodeModel(b2); err == nil || !strings.Contains(err.Error(), "version 99") {
		t.Errorf("future version: got %v", err)
	}
	b3 := bytes.Clone(b[:len(b)-4])
	b3[10] = featureVersion + 1
	b3 = appendCRC(b3)
	if _, err := decodeModel(b3); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("other feature set: got %v", err)
	}
}

func TestMissingModel(t *testing.T) {
	_, err := readModel(bundleFS{})
	if err == nil || !strings.Contains(err.Error(), "missing") || !strings.Contains(err.Error(), "nertrain") {
		t.Errorf("got %v, want a clear missing-model error", err)
	}
}

func TestTrimWords(t *testing.T) {
	b, err := EmbeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel(b)
	if err != nil {
		t.Fatal(err)
	}
	out, err := TrimWords(b, 1000, true)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := decodeModel(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(m2.words) == 0 || len(m2.words) >= len(m.words) {
		t.Fatalf("word forms %d → %d: want fewer, not none", len(m.words), len(m2.words))
	}
	for w, c := range m2.words {
		old := m.words[w]
		if old.entity == 0 && old.total < 1000 {
			t.Fatalf("%q (%+v) kept", w, old)
		}
		if c.entity > old.entity || c.total > old.total || c.total < old.total*3/4 || c != (wordCount{roundCount(c.entity), roundCount(c.total)}) {
			t.Fatalf("%q: %+v rounded to %+v", w, old, c)
		}
	}
	if len(m2.w.rowsOf) != len(m.w.rowsOf) || m2.lexHash != m.lexHash {
		t.Fatalf("rows %d → %d, fingerprint %x → %x: want unchanged", len(m.w.rowsOf), len(m2.w.rowsOf), m.lexHash, m2.lexHash)
	}
	if _, err := New(out); err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int]int{0: 0, 7: 7, 8: 8, 11: 8, 12: 12, 15: 12, 16: 16, 50: 48, 100: 96} {
		if got := roundCount(n); got != want {
			t.Errorf("roundCount(%d) = %d, want %d", n, got, want)
		}
	}
	if _, err := TrimWords(b[:len(b)-1], 3, false); !errors.Is(err, ErrCorruptModel) {
		t.Errorf("truncated model: %v, want ErrCorruptModel", err)
	}
}
