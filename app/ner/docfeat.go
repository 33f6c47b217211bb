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
	tags  []int
	emit  []float32 // len(tags)×numTags emission scores in perceptron units
	cores []uint64  // core-form hash per token; 0 for tokens not counted
	words []uint64  // folded-word hash per token
}

// docStats counts the stage-1 tags of every core form in the document.
func (s *stage1) docStats() map[uint64]*[numTags]int32 {
	st := make(map[uint64]*[numTags]int32)
	for i, c := range s.cores {
		if c == 0 {
			continue
		}
		p := st[c]
		if p == nil {
			p = new([numTags]int32)
			st[c] = p
		}
		p[s.tags[i]]++
	}
	return st
}

// countable reports whether a token's core form takes part in the
// document statistics: words of at least two letters.
func countable(t *token) bool {
	return t.kind == arabic.Word && len(t.fold)-t.core >= 2
}

// confBucket buckets a score difference in perceptron units.
func confBucket(v float32) uint64 {
	th := [...]float32{-10, -5, -2, -1, 0, 1, 2, 5, 10}
	for k, t := range th {
		if v < t {
			return uint64(k)
		}
	}
	return uint64(len(th))
}

// majority returns the entity type most often given to the other
// occurrences of token i's core form (-1 when none), the count of those
// entity tags, the count of other occurrences, and the per-tag counts.
func (s *stage1) majority(st map[uint64]*[numTags]int32, i int) (typ int, ent, total int32, c [numTags]int32) {
	typ = -1
	if i < 0 || i >= len(s.tags) || s.cores[i] == 0 {
		return
	}
	c = *st[s.cores[i]]
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
// sentence runs from s0 to e0 (exclusive).
func (s *stage1) docFeatures(st map[uint64]*[numTags]int32, i, s0, e0 int, out []uint64) []uint64 {
	t := s.tags[i]
	l, r := uint64(numTags), uint64(numTags)
	if i > s0 {
		l = uint64(s.tags[i-1])
	}
	if i+1 < e0 {
		r = uint64(s.tags[i+1])
	}
	out = append(out,
		mix(dBias, 0),
		mix(dTag, uint64(t)),
		mix(dTagL, l*16+uint64(t)),
		mix(dTagR, uint64(t)*16+r),
		mix(dWord, s.words[i]),
	)
	e := s.emit[i*numTags : i*numTags+numTags]
	for y := 1; y < numTags; y++ {
		out = append(out, mix(dConf+uint64(y), confBucket(e[y]-e[tagO])))
	}
	typ, ent, total, c := s.majority(st, i)
	if total > 0 {
		for y := 1; y < numTags; y++ {
			if c[y] > 0 {
				out = append(out, mix(dDoc+uint64(y), uint64(min(c[y], 3))))
			}
		}
		out = append(out, mix(dRatio, uint64(4*ent/total)), mix(dMaj, uint64(typ+1)), mix(dMajTag, uint64(typ+1)*16+uint64(t)))
		if ent > 0 {
			out = append(out, mix(dDocB, uint64(typ+1)*16+confBucket(e[beginTag(max(typ, 0))]-e[tagO])))
		}
	}
	if i > s0 {
		typ, _, _, _ := s.majority(st, i-1)
		out = append(out, mix(dMajL, uint64(typ+1)))
	}
	if i+1 < e0 {
		typ, _, _, _ := s.majority(st, i+1)
		out = append(out, mix(dMajR, uint64(typ+1)))
	}
	return out
}
