package ner

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// Model file layout (integers little-endian; "varint" is Go's zigzag
// varint, "uvarint" its unsigned form):
//
//	magic    [8]byte "HSYNER\x00\x01"
//	version  uint16  (modelVersion)
//	features uint8   (featureVersion of the templates used in training in the
//	                  low 5 bits, the Opt* feature groups in the high 3)
//	tags     uint8   (numTags)
//	lexicon  uint64  (fingerprint of the gazetteers and trigger lists)
//	stages   uint8   (2: the sentence model, then the document model)
//	bits     uint8   (feature hash bits: bucket = hash >> (64-bits))
//	per stage:
//	  scale  float32 (stored weight = round(weight × scale), int8)
//	  transitions: (tags+1)×tags varints (row 0 = sequence start)
//	rows: uvarint n, then n × uvarint bucket delta (ascending buckets with a
//	  weight in any stage), then per stage and per tag n int8 weights
//	  (column-major: the columns compress well)
//	words: uvarint n, then the n folded words in byte order, front coded
//	  (n × (byte: length of the prefix shared with the previous word, at
//	  most 255; the rest of the word in UTF-8; '\n')), then n uvarint
//	  counts inside entities, then n uvarint counts overall (columns: the
//	  words and the counts each compress well alone, 0.11 MB brotli
//	  against 0.17 MB interleaved): training word forms seen inside an
//	  entity or at least three times, consulted to decide proclitic
//	  stripping
//	crc32    uint32 (IEEE, of every byte before it)
//
// Weights are quantized to int8 with one scale per stage (the largest
// averaged weight maps to ±127); rows whose weights are all small are
// dropped at training time (TrainConfig.Prune). On the held-out training
// documents this lost nothing against int16 weights (micro F1 0.7215 →
// 0.7237, bench-ner.md).
const modelVersion = 4

// numStages is the number of weight tables: the sentence model and the
// document model stacked on it.
const numStages = 2

var modelMagic = [8]byte{'H', 'S', 'Y', 'N', 'E', 'R', 0, 1}

// ErrCorruptModel is returned (wrapped) when a model file fails to parse or
// its checksum does not match.
var ErrCorruptModel = errors.New("ner: corrupt model file")

// weights is one bucket's weights for both stages.
type weights = [numStages][numTags]int8

// table holds the quantized weights of both stages, the rows of the
// buckets with a weight in either stage side by side (the features of a
// token are looked up once for the two stages). It is a rank-indexed
// array: a bit per bucket says whether it has a row, and the row is the
// k-th of the dense array, k the number of set bits before it (a rank
// directory per 64 buckets plus a popcount). Exact (no probing, no false
// hits) and compact: for 2^20 buckets and 79k rows, 128 KiB of bits and 64
// KiB of ranks, which stay in cache, and 1.4 MB of rows, one cache miss a
// present feature, none for an absent one.
type table struct {
	bits    uint8
	scale   [numStages]float32
	trans   [numStages][numTags + 1][numTags]int32
	present []uint64  // bit b%64 of word b/64: bucket b has a row
	rank    []uint32  // rows of the buckets before word i of present
	rowsOf  []weights // the rows in bucket order
}

// row returns the weights of a bucket, or nil.
func (m *table) row(bucket uint32) *weights {
	return m.rowAt(m.index(bucket))
}

// index returns 1 + the index in rowsOf of a bucket's row, 0 when it has
// none.
func (m *table) index(bucket uint32) int32 {
	wi := bucket >> 6
	if int(wi) >= len(m.present) {
		return 0
	}
	word, bit := m.present[wi], uint64(1)<<(bucket&63)
	if word&bit == 0 {
		return 0
	}
	return int32(m.rank[wi]+uint32(bits.OnesCount64(word&(bit-1)))) + 1
}

// rowAt returns the row of an index (1 + position; index's result), nil
// for 0.
func (m *table) rowAt(k int32) *weights {
	if k == 0 {
		return nil
	}
	return &m.rowsOf[k-1]
}

// hasStage1 reports whether the sentence model has weights for a bucket.
func (m *table) hasStage1(bucket uint32) bool {
	row := m.row(bucket)
	return row != nil && row[0] != [numTags]int8{}
}

// score adds the weights of the features for stage 1 to sc1 and for stage
// 2 to sc2.
func (m *table) score(feats []uint64, sc1, sc2 *[numTags]int32) {
	for len(feats) > 0 {
		n := min(len(feats), batch)
		var rows [batch]*weights
		m.rows(feats[:n], &rows)
		for _, row := range rows[:n] {
			if row != nil {
				addRow(row, sc1, sc2)
			}
		}
		feats = feats[n:]
	}
}

// addRow adds a row's stage-1 weights to sc1 and stage-2 weights to sc2.
func addRow(row *weights, sc1, sc2 *[numTags]int32) {
	for y := range numTags {
		sc1[y] += int32(row[0][y])
		sc2[y] += int32(row[1][y])
	}
}

const batch = 32

// rows looks up a batch of features (hashes; bucket = top bits) before
// any of their weights are read, so that the cache misses overlap.
func (m *table) rows(feats []uint64, out *[batch]*weights) {
	shift := 64 - m.bits
	for j, f := range feats {
		out[j] = m.row(uint32(f >> shift))
	}
}

// score2 adds the stage-2 weights of the features to sc.
func (m *table) score2(feats []uint64, sc *[numTags]int32) {
	for len(feats) > 0 {
		n := min(len(feats), batch)
		var rows [batch]*weights
		m.rows(feats[:n], &rows)
		for _, row := range rows[:n] {
			if row != nil {
				for y, w := range row[1] {
					sc[y] += int32(w)
				}
			}
		}
		feats = feats[n:]
	}
}

// buckets returns the buckets that have a row, ascending (parallel to
// rowsOf).
func (m *table) buckets() []uint32 {
	out := make([]uint32, 0, len(m.rowsOf))
	for wi, word := range m.present {
		for ; word != 0; word &= word - 1 {
			out = append(out, uint32(wi)<<6|uint32(bits.TrailingZeros64(word)))
		}
	}
	return out
}

type model struct {
	opt     uint8 // Opt* feature groups the model was trained with
	lexHash uint64
	w       *table
	words   map[string]wordCount
}

// stageData is the exchange form of one weight table.
type stageData struct {
	bits    uint8
	scale   float32
	trans   [numTags + 1][numTags]int32
	buckets []uint32
	weights [][numTags]int8 // parallel to buckets
}

// modelData is the exchange form of a model, used to encode and decode.
type modelData struct {
	opt     uint8
	lexHash uint64
	stages  [numStages]stageData
	words   map[string]wordCount
}

// wordCount is how often a folded word form occurred in the training data
// inside entities and overall.
type wordCount struct{ entity, total int }

func (d *modelData) encode() []byte {
	b := make([]byte, 0, 1<<20)
	b = append(b, modelMagic[:]...)
	b = binary.LittleEndian.AppendUint16(b, modelVersion)
	b = append(b, featureVersion|d.opt<<5, byte(numTags))
	b = binary.LittleEndian.AppendUint64(b, d.lexHash)
	b = append(b, numStages, d.stages[0].bits)
	rows := map[uint32]*weights{}
	for s := range d.stages {
		st := &d.stages[s]
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(st.scale))
		for i := range st.trans {
			for _, w := range st.trans[i] {
				b = binary.AppendVarint(b, int64(w))
			}
		}
		for i, bk := range st.buckets {
			r := rows[bk]
			if r == nil {
				r = new(weights)
				rows[bk] = r
			}
			r[s] = st.weights[i]
		}
	}
	buckets := make([]uint32, 0, len(rows))
	for bk := range rows {
		buckets = append(buckets, bk)
	}
	slices.Sort(buckets)
	b = binary.AppendUvarint(b, uint64(len(buckets)))
	last := uint32(0)
	for _, bk := range buckets {
		b = binary.AppendUvarint(b, uint64(bk-last))
		last = bk
	}
	for s := range numStages {
		for y := range numTags {
			for _, bk := range buckets {
				b = append(b, byte(rows[bk][s][y]))
			}
		}
	}
	words := make([]string, 0, len(d.words))
	for w := range d.words {
		words = append(words, w)
	}
	sort.Strings(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	if len(words) > 0 {
		b = append(b, frontCode([]byte(strings.Join(words, "\n")))...)
	}
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(d.words[w].entity))
	}
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(d.words[w].total))
	}
	return appendCRC(b)
}

// appendCRC appends the CRC-32 (IEEE) of b.
func appendCRC(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// decodeModel parses and checks a model file.
func decodeModel(b []byte) (*model, error) {
	const head = 8 + 2 + 2 + 8 + 1 + 1
	if len(b) < head+4 {
		return nil, fmt.Errorf("%w: %d bytes is too short", ErrCorruptModel, len(b))
	}
	if [8]byte(b[:8]) != modelMagic {
		return nil, fmt.Errorf("%w: bad magic %q", ErrCorruptModel, b[:8])
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorruptModel)
	}
	if v := binary.LittleEndian.Uint16(b[8:]); v != modelVersion {
		return nil, fmt.Errorf("ner: model file version %d, this build reads version %d; retrain with go run ./app/ner/cmd/nertrain", v, modelVersion)
	}
	if b[10]&0x1f != featureVersion {
		return nil, fmt.Errorf("ner: model trained with feature set %d, this build computes %d; retrain with go run ./app/ner/cmd/nertrain", b[10]&0x1f, featureVersion)
	}
	if int(b[11]) != numTags || int(b[20]) != numStages {
		return nil, fmt.Errorf("%w: %d tags, %d stages", ErrCorruptModel, b[11], b[20])
	}
	bits := b[21]
	if bits < 8 || bits > 30 {
		return nil, fmt.Errorf("%w: hash bits %d", ErrCorruptModel, bits)
	}
	m := &model{lexHash: binary.LittleEndian.Uint64(b[12:]), opt: b[10] >> 5}
	if m.opt&^OptAll != 0 {
		return nil, fmt.Errorf("%w: unknown feature groups %#x", ErrCorruptModel, m.opt)
	}
	r := reader{b: body, off: head}
	tb := &table{bits: bits}
	for s := range numStages {
		if err := r.stage(tb, s); err != nil {
			return nil, fmt.Errorf("%w: stage %d: %v", ErrCorruptModel, s+1, err)
		}
	}
	if err := r.rows(tb); err != nil {
		return nil, fmt.Errorf("%w: weights: %v", ErrCorruptModel, err)
	}
	m.w = tb
	nw := r.uvarint()
	if r.err == nil && nw > uint64(len(body)) {
		r.err = errors.New("word count")
	}
	m.words, r.err = r.words(nw, r.err)
	if r.err == nil && r.off != len(body) {
		r.err = fmt.Errorf("%d trailing bytes", len(body)-r.off)
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorruptModel, r.err)
	}
	return m, nil
}

type reader struct {
	b   []byte
	off int
	err error
}

// stage reads one stage's scale and transitions into tb.
func (r *reader) stage(tb *table, s int) error {
	if r.off+4 > len(r.b) {
		return errors.New("truncated")
	}
	tb.scale[s] = math.Float32frombits(binary.LittleEndian.Uint32(r.b[r.off:]))
	r.off += 4
	if !(tb.scale[s] > 0) || math.IsInf(float64(tb.scale[s]), 0) {
		return fmt.Errorf("scale %v", tb.scale[s])
	}
	for i := range tb.trans[s] {
		for j := range tb.trans[s][i] {
			tb.trans[s][i][j] = r.int32()
		}
	}
	return r.err
}

// rows reads the weight rows into the rank-indexed table of tb.
func (r *reader) rows(tb *table) error {
	n := r.uvarint()
	if r.err != nil {
		return r.err
	}
	if n > uint64(len(r.b)-r.off)/uint64(numStages*numTags) {
		return errors.New("row count")
	}
	words := (1<<tb.bits + 63) / 64
	tb.present = make([]uint64, words)
	tb.rank = make([]uint32, words)
	tb.rowsOf = make([]weights, n)
	bucket := uint64(0)
	for k := range tb.rowsOf {
		d := r.uvarint()
		if r.err != nil {
			return r.err
		}
		if k > 0 && d == 0 {
			return errors.New("duplicate bucket")
		}
		bucket += d
		if bucket >= 1<<tb.bits {
			return errors.New("bucket out of range")
		}
		tb.present[bucket>>6] |= 1 << (bucket & 63)
	}
	total := uint32(0)
	for wi, word := range tb.present {
		tb.rank[wi] = total
		total += uint32(bits.OnesCount64(word))
	}
	if uint64(len(r.b)-r.off) < n*uint64(numStages*numTags) {
		return errors.New("truncated weights")
	}
	for s := range numStages {
		for y := range numTags {
			col := r.b[r.off : r.off+int(n)]
			for k := range tb.rowsOf {
				tb.rowsOf[k][s][y] = int8(col[k])
			}
			r.off += int(n)
		}
	}
	return nil
}

// words reads the front-coded words section (after its count n) into a
// word → counts map. The words are substrings of one string (one
// allocation instead of one a word).
func (r *reader) words(n uint64, err error) (map[string]wordCount, error) {
	if err != nil {
		return nil, err
	}
	var all []byte
	ends := make([]int, 0, int(n))
	prevStart := 0
	for range n {
		if r.off >= len(r.b) {
			return nil, errors.New("truncated words")
		}
		k := int(r.b[r.off])
		r.off++
		if k > len(all)-prevStart {
			return nil, errors.New("word prefix longer than the previous word")
		}
		nl := bytes.IndexByte(r.b[r.off:], '\n')
		if nl < 0 {
			return nil, errors.New("unterminated word")
		}
		start := len(all)
		all = append(all, all[prevStart:prevStart+k]...)
		all = append(all, r.b[r.off:r.off+nl]...)
		r.off += nl + 1
		ends = append(ends, len(all))
		prevStart = start
	}
	text := string(all)
	out := make(map[string]wordCount, len(ends))
	counts := make([]wordCount, len(ends))
	for i := range counts {
		counts[i].entity = int(r.uvarint())
	}
	for i := range counts {
		counts[i].total = int(r.uvarint())
	}
	if r.err != nil {
		return nil, r.err
	}
	start := 0
	for i, end := range ends {
		out[text[start:end]] = counts[i]
		start = end
	}
	if len(out) != len(ends) {
		return nil, errors.New("duplicate word")
	}
	return out, nil
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		r.err = errors.New("truncated")
		return 0
	}
	r.off += n
	return v
}

func (r *reader) int32() int32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 || v < -1<<24 || v > 1<<24 {
		r.err = errors.New("bad transition weight")
		return 0
	}
	r.off += n
	return int32(v)
}

// ShipPrune is the Reprune magnitude of the shipped model, chosen on the
// dev split for the size budget (BENCHMARKS.md, "Entity recognizer"): 5
// costs 0.002 micro F1 there (ANERcorp part) for a model of 60% the size, 6
// another 0.017 on the ANERcorp part (+0.002 on the WikiFANE part) for 23%
// less, which keeps the first visit under 3 MB brotli. With self-training
// (cmd/nertrain -selfn) the model grew, and 7 was chosen on the dev split:
// smaller than the previous model at 6 (347,225 against 369,458 bytes
// brotli for the dev models) and better on the ANERcorp and news dev parts.
// With the frequency cut-off before training (TrainConfig.Cutoff 3), 8:
// the dev F1 of the previous shipping (cut-off 1, pruned at 7) within the
// noise (ANERcorp part +0.001, WikiFANE −0.006, news +0.029) for 55 KB
// less brotli (251 against 307 KB, model format 4).
const ShipPrune = 8

// Reprune returns the model file with every quantized weight of magnitude
// below prune set to zero and the rows left all zero dropped (magnitude
// pruning): a smaller model from the same training run, whose zeros also
// compress well. Errors are those of New's decoding.
func Reprune(modelFile []byte, prune int) ([]byte, error) {
	return rewriteRows(modelFile, func(row []int8) {
		for y, v := range row {
			if int(v) < prune && int(v) > -prune {
				row[y] = 0
			}
		}
	})
}

// Requantize returns the model file with every quantized weight rounded
// to a multiple of step (2: 7-bit, 4: 6-bit, 8: 5-bit, 16: 4-bit levels,
// the int8 scale kept), rows left all zero dropped: fewer distinct values
// compress better. Transitions are unchanged. Errors are those of New's
// decoding; step < 1 is refused.
func Requantize(modelFile []byte, step int) ([]byte, error) {
	if step < 1 {
		return nil, fmt.Errorf("ner: requantize step %d: want ≥ 1", step)
	}
	limit := 127 / step * step // the largest multiple of step an int8 holds
	return rewriteRows(modelFile, func(row []int8) {
		for y, v := range row {
			q := int(math.Round(float64(v)/float64(step))) * step
			row[y] = int8(max(-limit, min(limit, q)))
		}
	})
}

// rewriteRows returns the model file with f applied to a copy of every
// weight row of every stage, the rows f leaves all zero dropped.
// Transitions and words are unchanged. Errors are those of New's decoding.
func rewriteRows(modelFile []byte, f func(row []int8)) ([]byte, error) {
	m, err := decodeModel(modelFile)
	if err != nil {
		return nil, err
	}
	return rebuild(m, f).encode(), nil
}

// rebuild returns the exchange form of m with f applied to a copy of
// every weight row of every stage, the rows f leaves all zero dropped.
func rebuild(m *model, f func(row []int8)) *modelData {
	d := &modelData{opt: m.opt, lexHash: m.lexHash, words: m.words}
	buckets := m.w.buckets()
	for s := range numStages {
		st := &d.stages[s]
		st.bits, st.scale, st.trans = m.w.bits, m.w.scale[s], m.w.trans[s]
		for _, b := range buckets {
			row := m.w.row(b)[s] // a copy
			f(row[:])
			if slices.ContainsFunc(row[:], func(v int8) bool { return v != 0 }) {
				st.buckets = append(st.buckets, b)
				st.weights = append(st.weights, row)
			}
		}
	}
	return d
}

// ShipWordMin is the TrimWords threshold of the shipped model: word forms
// never seen inside an entity are kept only when seen at least this often
// (chosen on the dev split, BENCHMARKS.md "Entity recognizer, sixth pass":
// keeping them all, from 3, or only the entity words gave the same dev F1
// to the fourth digit; 50 drops 22k of 43k forms, 49 KB of brotli).
const ShipWordMin = 50

// TrimWords returns the model file with the word forms (the counts
// consulted to strip proclitics, clitic.go) cut to those seen inside an
// entity or at least minTotal times, and every count rounded down to two
// significant bits above 7 (8, 12, 16, 24, 32, 48, …): the counts are
// only compared, and the file compresses better. With restamp the model's
// lexicon fingerprint is set to that of the current word lists, for lists
// filtered after training (the tagger then runs with lists it was not
// trained with: do so only as measured on the dev split). Errors are those
// of New's decoding and of loading the word lists.
func TrimWords(modelFile []byte, minTotal int, restamp bool) ([]byte, error) {
	m, err := decodeModel(modelFile)
	if err != nil {
		return nil, err
	}
	d := rebuild(m, func([]int8) {})
	if restamp {
		lx, err := sharedLexicon()
		if err != nil {
			return nil, err
		}
		d.lexHash = lx.hash
	}
	d.words = make(map[string]wordCount, len(m.words)/2)
	for w, c := range m.words {
		if c.entity > 0 || c.total >= minTotal {
			d.words[w] = wordCount{roundCount(c.entity), roundCount(c.total)}
		}
	}
	return d.encode(), nil
}

// roundCount rounds n ≥ 8 down to its two most significant bits.
func roundCount(n int) int {
	if n < 8 {
		return n
	}
	s := bits.Len(uint(n)) - 2
	return n >> s << s
}
