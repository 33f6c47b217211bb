package ner

import "github.com/hashiya/hashiya/app/arabic"

// The document model (stage 2) re-tags each sentence with the sentence
// model's features plus features of that model's output (stage 1): its tags
// around the token, its confidence, and how the other occurrences of the
// token's core form in the same document were tagged. A name tagged confidently once ("وزير الدفاع دونالد
// رامسفيلد") can so be found where its context alone is too weak
// ("استراتيجية رامسفيلد"). This is stacking (Wolpert 1992) as used for
// non-local NER features by Krishnan & Manning (2006); the stage-2 training
// data comes from stage-1 models trained on the other folds (jackknifing).

// DocSentences is the number of consecutive sentences of a corpus without
// document boundaries (ANERcorp) treated as one document, in training and
// when such a corpus is scored.
const DocSentences = 25

// Stage-2 template ids (every name its own iota value; blocks reserved
// explicitly).
const (
	dBias uint64 = 1000 + iota
	dTag
	dTagL
	dTagR
	dRatio
	dMaj
	dMajTag
	dMajL
	dMajR
	dDocB
	dWord
	dConf                           // numTags ids
	dDoc  = dConf + uint64(numTags) // numTags ids
)

// stage1 is the output of the sentence model over a document.
type stage1 struct {
	tags   []int
	emit   []float32 // len(tags)×numTags emission scores in perceptron units
	cores  []uint64  // core-form hash per token; 0 for tokens not counted
	words  []uint64  // folded-word hash per token
	stat   []int32   // per token: index into counts of its core form, -1 if not counted (set by docStats)
	counts [][numTags]int32
	maj    []majorityOf     // per token: majority's result (set by docStats)
	idx    map[uint64]int32 // core form → index into counts (docStats' map, reused)
}

// majorityOf is the result of stage1.majority for a token.
type majorityOf struct {
	typ        int
	ent, total int32
	c          [numTags]int32
}

// docStats counts the stage-1 tags of every core form in the document
// and the majority of each token.
func (s *stage1) docStats() {
	if s.idx == nil {
		s.idx = make(map[uint64]int32, len(s.cores)/4)
	}
	idx := s.idx
	clear(idx)
	s.stat = s.stat[:0]
	s.counts = s.counts[:0]
	for i, c := range s.cores {
		if c == 0 {
			s.stat = append(s.stat, -1)
			continue
		}
		k, ok := idx[c]
		if !ok {
			k = int32(len(s.counts))
			s.counts = append(s.counts, [numTags]int32{})
			idx[c] = k
		}
		s.counts[k][s.tags[i]]++
		s.stat = append(s.stat, k)
	}
	s.maj = grow(s.maj, len(s.tags))
	for i := range s.maj {
		m := &s.maj[i]
		m.typ, m.ent, m.total, m.c = s.countMajority(i)
	}
}

// countable reports whether a token's core form takes part in the
// document statistics: words of at least two letters.
func countable(t *token) bool {
	return t.kind == arabic.Word && len(t.fold)-t.core >= 2
}

// confThresholds bound the confidence buckets (perceptron units).
var confThresholds = [...]float32{-10, -5, -2, -1, 0, 1, 2, 5, 10}

// confBucket buckets a score difference in perceptron units.
func confBucket(v float32) uint64 {
	for k, t := range confThresholds {
		if v < t {
			return uint64(k)
		}
	}
	return uint64(len(confThresholds))
}

// majority returns the entity type most often given to the other
// occurrences of token i's core form (-1 when none), the count of those
// entity tags, the count of other occurrences, and the per-tag counts.
func (s *stage1) majority(i int) (typ int, ent, total int32, c [numTags]int32) {
	if i < 0 || i >= len(s.maj) {
		return -1, 0, 0, c
	}
	m := &s.maj[i]
	return m.typ, m.ent, m.total, m.c
}

// countMajority computes majority(i) from the counts.
func (s *stage1) countMajority(i int) (typ int, ent, total int32, c [numTags]int32) {
	typ = -1
	if i < 0 || i >= len(s.tags) || s.stat[i] < 0 {
		return
	}
	c = s.counts[s.stat[i]]
	c[s.tags[i]]--
	var byType [len(types)]int32
	for y, n := range c {
		total += n
		if y != tagO {
			byType[tagType(y)] += n
			ent += n
		}
	}
	best := int32(0)
	for k, n := range byType {
		if n > best {
			typ, best = k, n
		}
	}
	return
}

// docFeatures appends the stage-2 features of token i of a document whose
// sentence runs from s0 to e0 (exclusive). docStats must have run.
func (s *stage1) docFeatures(i, s0, e0 int, out []uint64) []uint64 {
	v := s.docValues(i, s0, e0)
	out = append(out, mix(dBias, 0))
	for k, tm := range docTemplates {
		if v[k] >= 0 {
			out = append(out, mix(tm.id, uint64(v[k])))
		}
	}
	return append(out, mix(dWord, s.words[i]))
}

// docTemplates lists the stage-2 templates other than dBias and dWord,
// with the number of values each takes (values are 0 … n-1).
var docTemplates = func() []struct {
	id uint64
	n  int
} {
	t := []struct {
		id uint64
		n  int
	}{{dTag, numTags}, {dTagL, 16*numTags + numTags + 1}, {dTagR, 16*numTags + numTags + 1}}
	for y := 1; y < numTags; y++ {
		t = append(t, struct {
			id uint64
			n  int
		}{dConf + uint64(y), len(confThresholds) + 1})
	}
	for y := 1; y < numTags; y++ {
		t = append(t, struct {
			id uint64
			n  int
		}{dDoc + uint64(y), 4})
	}
	for _, x := range []struct {
		id uint64
		n  int
	}{{dRatio, 5}, {dMaj, len(types) + 1}, {dMajTag, 16*len(types) + numTags + 1}, {dDocB, 16*len(types) + len(confThresholds) + 1}, {dMajL, len(types) + 1}, {dMajR, len(types) + 1}} {
		t = append(t, x)
	}
	return t
}()

// Indices into docTemplates of the templates after the per-tag ones.
const (
	vTag   = 0
	vTagL  = 1
	vTagR  = 2
	vConf  = 3                   // numTags-1 entries
	vDoc   = vConf + numTags - 1 // numTags-1 entries
	vRatio = vDoc + numTags - 1
	vMaj   = vRatio + 1
	vMajT  = vMaj + 1
	vDocB  = vMajT + 1
	vMajL  = vDocB + 1
	vMajR  = vMajL + 1
	numDoc = vMajR + 1
)

// tagsAround returns the sentence model's tags of tokens i-1, i and i+1
// of the sentence [s0, e0), numTags for a side beyond it.
func (s *stage1) tagsAround(i, s0, e0 int) (l, t, r int) {
	l, t, r = numTags, s.tags[i], numTags
	if i > s0 {
		l = s.tags[i-1]
	}
	if i+1 < e0 {
		r = s.tags[i+1]
	}
	return l, t, r
}

// docValues returns the value of each docTemplates template for token i,
// -1 where the template does not fire.
func (s *stage1) docValues(i, s0, e0 int) (v [numDoc]int32) {
	l, t, r := s.tagsAround(i, s0, e0)
	v[vTag] = int32(t)
	v[vTagL] = int32(l*16 + t)
	v[vTagR] = int32(t*16 + r)
	e := s.emit[i*numTags : i*numTags+numTags]
	for y := 1; y < numTags; y++ {
		v[vConf+y-1] = int32(confBucket(e[y] - e[tagO]))
	}
	for k := vDoc; k < numDoc; k++ {
		v[k] = -1
	}
	typ, ent, total, c := s.majority(i)
	if total > 0 {
		for y := 1; y < numTags; y++ {
			if c[y] > 0 {
				v[vDoc+y-1] = min(c[y], 3)
			}
		}
		v[vRatio] = 4 * ent / total
		v[vMaj] = int32(typ + 1)
		v[vMajT] = int32((typ+1)*16 + t)
		if ent > 0 {
			v[vDocB] = int32((typ+1)*16) + int32(confBucket(e[beginTag(max(typ, 0))]-e[tagO]))
		}
	}
	if i > s0 {
		typ, _, _, _ := s.majority(i - 1)
		v[vMajL] = int32(typ + 1)
	}
	if i+1 < e0 {
		typ, _, _, _ := s.majority(i + 1)
		v[vMajR] = int32(typ + 1)
	}
	return v
}

// docTable holds the stage-2 weights of the low-cardinality document
// templates as dense arrays (docTemplates order, then values), so that the
// document model costs one hashed lookup per token (dWord) instead of some
// thirty.
type docTable struct {
	bias [numTags]int32
	off  [numDoc]int32
	n    [numDoc]int32 // values of each template (docTemplates[k].n)
	rows [][numTags]int32
	// ltr sums the bias and the three templates of the stage-1 tags
	// (vTag, vTagL, vTagR), which always fire, per (left, tag, right):
	// index (l*numTags+t)*(numTags+1)+r, l and r numTags beyond the
	// sentence. One row instead of four per token.
	ltr [][numTags]int32
}

// newDocTable reads the dense stage-2 rows out of the weight table.
func newDocTable(w *table) *docTable {
	dt := &docTable{}
	shift := 64 - w.bits
	get := func(f uint64) (r [numTags]int32) {
		if row := w.row(uint32(f >> shift)); row != nil {
			for y, x := range row[1] {
				r[y] = int32(x)
			}
		}
		return r
	}
	dt.bias = get(mix(dBias, 0))
	for k, tm := range docTemplates {
		dt.off[k] = int32(len(dt.rows))
		dt.n[k] = int32(tm.n)
		for v := 0; v < tm.n; v++ {
			dt.rows = append(dt.rows, get(mix(tm.id, uint64(v))))
		}
	}
	dt.ltr = make([][numTags]int32, (numTags+1)*numTags*(numTags+1))
	for l := range numTags + 1 {
		for t := range numTags {
			for r := range numTags + 1 {
				row := &dt.ltr[(l*numTags+t)*(numTags+1)+r]
				for y := range row {
					row[y] = dt.bias[y] + dt.rows[dt.off[vTag]+int32(t)][y] +
						dt.rows[dt.off[vTagL]+int32(l*16+t)][y] + dt.rows[dt.off[vTagR]+int32(t*16+r)][y]
				}
			}
		}
	}
	return dt
}

// wordRow returns the row of the dWord feature of a folded-word hash.
func wordRow(w *table, word uint64) *weights {
	return w.row(wordBucket(w, word))
}

// wordBucket is the bucket of the dWord feature of a folded-word hash.
func wordBucket(w *table, word uint64) uint32 {
	return uint32(mix(dWord, word) >> (64 - w.bits))
}

// score adds the stage-2 weights of token i's document features to sc,
// as w.score2(s.docFeatures(i, s0, e0)) would; word is the row of the
// token's dWord feature (wordRow(w, s.words[i])).
func (dt *docTable) score(s *stage1, word *weights, i, s0, e0 int, sc *[numTags]int32) {
	v := s.docValues(i, s0, e0)
	add := func(r *[numTags]int32) {
		for y := range sc {
			sc[y] += r[y]
		}
	}
	l, t, r := s.tagsAround(i, s0, e0)
	add(&dt.ltr[(l*numTags+t)*(numTags+1)+r])
	for k := vTagR + 1; k < numDoc; k++ {
		if x := v[k]; x >= 0 && x < dt.n[k] {
			add(&dt.rows[dt.off[k]+x])
		}
	}
	if word != nil {
		for y, x := range word[1] {
			sc[y] += int32(x)
		}
	}
}
