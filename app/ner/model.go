package ner

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"sort"
)

// Model file layout (integers little-endian; "varint" is Go's zigzag
// varint, "uvarint" its unsigned form):
//
//	magic    [8]byte "HSYNER\x00\x01"
//	version  uint16  (modelVersion)
//	features uint8   (featureVersion of the templates used in training)
//	tags     uint8   (numTags)
//	lexicon  uint64  (fingerprint of the gazetteers and trigger lists)
//	stages   uint8   (2: the sentence model, then the document model)
//	per stage:
//	  bits   uint8   (feature hash bits: bucket = hash >> (64-bits))
//	  scale  float32 (stored weight = round(weight × scale))
//	  transitions: (tags+1)×tags varints (row 0 = sequence start)
//	  rows: uvarint n, then n × (uvarint bucket delta, tags varints)
//	words: uvarint n, then n × (uvarint length, UTF-8 folded word, uvarint
//	  count inside entities, uvarint count overall): training word forms
//	  seen inside an entity or at least twice, consulted to decide
//	  proclitic stripping
//	crc32    uint32 (IEEE, of every byte before it)
const modelVersion = 2

// numStages is the number of weight tables: the sentence model and the
// document model stacked on it.
const numStages = 2

var modelMagic = [8]byte{'H', 'S', 'Y', 'N', 'E', 'R', 0, 1}

// ErrCorruptModel is returned (wrapped) when a model file fails to parse or
// its checksum does not match.
var ErrCorruptModel = errors.New("ner: corrupt model file")

// table holds the quantized weights of both stages in one open-addressing
// hash table keyed by bucket, the key and both stages' weights side by side:
// the features of a token are looked up once for the two stages.
type table struct {
	bits  uint8
	scale [numStages]float32
	trans [numStages][numTags + 1][numTags]int32
	keys  []uint32 // bucket+1 per slot; 0 = empty slot
	slots []slot   // weights of the slot with the same index
	mask  uint32
}

// slot holds a bucket's weights. Keys live in their own array so that
// probing for absent features, the common case, touches 4 bytes a slot.
type slot struct {
	w [numStages][numTags]int16
}

// row returns the weights of a bucket, or nil.
func (m *table) row(bucket uint32) *[numStages][numTags]int16 {
	k := bucket + 1
	for i := (k * 0x9e3779b1) & m.mask; ; i = (i + 1) & m.mask {
		switch m.keys[i] {
		case k:
			return &m.slots[i].w
		case 0:
			return nil
		}
	}
}

// hasStage1 reports whether the sentence model has weights for a bucket.
func (m *table) hasStage1(bucket uint32) bool {
	row := m.row(bucket)
	return row != nil && row[0] != [numTags]int16{}
}

// score adds the weights of the features for stage 1 to sc1 and for stage
// 2 to sc2.
func (m *table) score(feats []uint64, sc1, sc2 *[numTags]int32) {
	for len(feats) > 0 {
		n := min(len(feats), batch)
		var rows [batch]*[numStages][numTags]int16
		m.rows(feats[:n], &rows)
		for _, row := range rows[:n] {
			if row != nil {
				for y, w := range row[0] {
					sc1[y] += int32(w)
				}
				for y, w := range row[1] {
					sc2[y] += int32(w)
				}
			}
		}
		feats = feats[n:]
	}
}

const batch = 32

// rows looks up a batch of features. The home slots are read first in a
// loop of independent loads, so their cache misses overlap, before the
// probe sequences are followed.
func (m *table) rows(feats []uint64, out *[batch]*[numStages][numTags]int16) {
	shift := 64 - m.bits
	var home [batch]uint32
	var keys [batch]uint32
	for j, f := range feats {
		home[j] = (uint32(f>>shift) + 1) * 0x9e3779b1 & m.mask
	}
	for j := range feats {
		keys[j] = m.keys[home[j]]
	}
	for j, f := range feats {
		k := uint32(f>>shift) + 1
		switch keys[j] {
		case k:
			out[j] = &m.slots[home[j]].w
		case 0:
			out[j] = nil
		default:
			out[j] = m.row(k - 1)
		}
	}
}

// score2 adds the stage-2 weights of the features to sc.
func (m *table) score2(feats []uint64, sc *[numTags]int32) {
	for len(feats) > 0 {
		n := min(len(feats), batch)
		var rows [batch]*[numStages][numTags]int16
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

// insert returns the weights of a bucket, adding an empty slot if needed.
func (m *table) insert(bucket uint32) *[numStages][numTags]int16 {
	k := bucket + 1
	i := (k * 0x9e3779b1) & m.mask
	for m.keys[i] != 0 && m.keys[i] != k {
		i = (i + 1) & m.mask
	}
	m.keys[i] = k
	return &m.slots[i].w
}

type model struct {
	lexHash uint64
	w       *table
	words   map[string]wordCount
}

// stageData is the exchange form of one weight table.
type stageData struct {
	bits    uint8
	scale   float32
	trans   [numTags + 1][numTags]int16
	buckets []uint32
	weights [][numTags]int16 // parallel to buckets
}

// modelData is the exchange form of a model, used to encode and decode.
type modelData struct {
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
	b = append(b, featureVersion, byte(numTags))
	b = binary.LittleEndian.AppendUint64(b, d.lexHash)
	b = append(b, numStages)
	for s := range d.stages {
		st := &d.stages[s]
		b = append(b, st.bits)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(st.scale))
		for i := range st.trans {
			for _, w := range st.trans[i] {
				b = binary.AppendVarint(b, int64(w))
			}
		}
		idx := make([]int, len(st.buckets))
		for i := range idx {
			idx[i] = i
		}
		sort.Slice(idx, func(a, c int) bool { return st.buckets[idx[a]] < st.buckets[idx[c]] })
		b = binary.AppendUvarint(b, uint64(len(idx)))
		prev := uint32(0)
		for _, i := range idx {
			b = binary.AppendUvarint(b, uint64(st.buckets[i]-prev))
			prev = st.buckets[i]
			for _, w := range st.weights[i] {
				b = binary.AppendVarint(b, int64(w))
			}
		}
	}
	words := make([]string, 0, len(d.words))
	for w := range d.words {
		words = append(words, w)
	}
	sort.Strings(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = binary.AppendUvarint(b, uint64(len(w)))
		b = append(b, w...)
		b = binary.AppendUvarint(b, uint64(d.words[w].entity))
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
	const head = 8 + 2 + 2 + 8 + 1
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
		return nil, fmt.Errorf("ner: model file version %d, this build reads version %d", v, modelVersion)
	}
	if b[10] != featureVersion {
		return nil, fmt.Errorf("ner: model trained with feature set %d, this build computes %d; retrain with go run ./app/ner/cmd/nertrain", b[10], featureVersion)
	}
	if int(b[11]) != numTags || int(b[20]) != numStages {
		return nil, fmt.Errorf("%w: %d tags, %d stages", ErrCorruptModel, b[11], b[20])
	}
	m := &model{lexHash: binary.LittleEndian.Uint64(b[12:])}
	r := reader{b: body, off: head}
	var sts [numStages]stageData
	for s := range sts {
		if err := r.stage(&sts[s]); err != nil {
			return nil, fmt.Errorf("%w: stage %d: %v", ErrCorruptModel, s+1, err)
		}
		if sts[s].bits != sts[0].bits {
			return nil, fmt.Errorf("%w: stages hash %d and %d bits", ErrCorruptModel, sts[0].bits, sts[s].bits)
		}
	}
	m.w = newTable(&sts)
	nw := r.uvarint()
	if r.err == nil && nw > uint64(len(body)) {
		r.err = errors.New("word count")
	}
	m.words = make(map[string]wordCount, int(min(nw, 1<<20)))
	for k := uint64(0); k < nw && r.err == nil; k++ {
		l := r.uvarint()
		if l > uint64(len(body)-r.off) {
			r.err = errors.New("word length")
			break
		}
		w := string(body[r.off : r.off+int(l)])
		r.off += int(l)
		e := r.uvarint()
		m.words[w] = wordCount{int(e), int(r.uvarint())}
	}
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

// stage reads one stage's weights.
func (r *reader) stage(st *stageData) error {
	if r.off+5 > len(r.b) {
		return errors.New("truncated")
	}
	st.bits = r.b[r.off]
	st.scale = math.Float32frombits(binary.LittleEndian.Uint32(r.b[r.off+1:]))
	r.off += 5
	if st.bits < 8 || st.bits > 30 {
		return fmt.Errorf("hash bits %d", st.bits)
	}
	if !(st.scale > 0) || math.IsInf(float64(st.scale), 0) {
		return fmt.Errorf("scale %v", st.scale)
	}
	for i := range st.trans {
		for j := range st.trans[i] {
			st.trans[i][j] = r.int16()
		}
	}
	n := r.uvarint()
	if r.err != nil {
		return r.err
	}
	if n > uint64(len(r.b)) {
		return errors.New("row count")
	}
	bucket := uint64(0)
	for k := uint64(0); k < n && r.err == nil; k++ {
		d := r.uvarint()
		if k > 0 && d == 0 {
			return errors.New("duplicate bucket")
		}
		bucket += d
		if bucket >= 1<<st.bits {
			return errors.New("bucket out of range")
		}
		var w [numTags]int16
		for t := range w {
			w[t] = r.int16()
		}
		st.buckets = append(st.buckets, uint32(bucket))
		st.weights = append(st.weights, w)
	}
	return r.err
}

// newTable merges the stages into one lookup table (load factor ≤ 1/2).
func newTable(sts *[numStages]stageData) *table {
	m := &table{bits: sts[0].bits}
	n := 0
	for s := range sts {
		n += len(sts[s].buckets)
	}
	size := uint32(16)
	for size < uint32(n)*2 {
		size <<= 1
	}
	m.mask = size - 1
	m.keys = make([]uint32, size)
	m.slots = make([]slot, size)
	for s := range sts {
		m.scale[s] = sts[s].scale
		for i := range sts[s].trans {
			for j, v := range sts[s].trans[i] {
				m.trans[s][i][j] = int32(v)
			}
		}
		for i, b := range sts[s].buckets {
			m.insert(b)[s] = sts[s].weights[i]
		}
	}
	return m
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

func (r *reader) int16() int16 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b[r.off:])
	if n <= 0 || v < math.MinInt16 || v > math.MaxInt16 {
		r.err = errors.New("bad weight")
		return 0
	}
	r.off += n
	return int16(v)
}
