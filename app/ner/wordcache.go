package ner

import "math/bits"

// roles are the neighbour offsets whose word features roleFeatures gives.
var roles = [...]int{-2, -1, 1, 2}

// wordScores holds the summed weights of both stages that one word
// contributes: index 0 as the token itself (ownFeatures), 1+r in role
// roles[r] (roleFeatures).
type wordScores struct {
	s               [1 + len(roles)][numStages][numTags]int32
	rareW, rareCore bool // as markRare sets them
}

// wordCache memoizes wordScores per word within one Tag call. Most
// features depend on a single word, and words repeat, so a token costs a
// few cached sums plus the lookups of its pairFeatures instead of some
// thirty table lookups. The sums equal those of features (tested).
type wordCache struct {
	w    *table
	m    map[uint64]*wordScores
	slab []wordScores // allocation block for new entries
	edge wordScores   // roles of positions beyond the sequence
	flag *flagScores
	buf  []uint64
}

// flagScores holds the summed weights of the flag features (one per flag
// bit and position: the token, -1, +1, -2), which do not depend on words.
type flagScores [4][numFlags][numStages][numTags]int32

// newFlagScores reads the flag features' weights out of the table.
func newFlagScores(w *table) *flagScores {
	fs := new(flagScores)
	for p, base := range [4]uint64{tFlag0, tFlagm1, tFlagp1, tFlagm2} {
		for b := range numFlags {
			w.score([]uint64{mix(base+uint64(b), 1)}, &fs[p][b][0], &fs[p][b][1])
		}
	}
	return fs
}

func newWordCache(w *table, fs *flagScores) *wordCache {
	c := &wordCache{w: w, m: make(map[uint64]*wordScores, 1024), flag: fs}
	for r, d := range roles {
		c.buf = roleFeatures(d, nil, c.buf[:0])
		c.w.score(c.buf, &c.edge.s[1+r][0], &c.edge.s[1+r][1])
	}
	return c
}

// get returns the scores of the word of f (keyed by its hash) and sets
// f.rareW and f.rareCore as markRare would.
func (c *wordCache) get(f *tokFeat) *wordScores {
	if s, ok := c.m[f.w]; ok {
		f.rareW, f.rareCore = s.rareW, s.rareCore
		return s
	}
	markRare(f, c.w)
	if len(c.slab) == 0 {
		c.slab = make([]wordScores, 256)
	}
	s := &c.slab[0]
	c.slab = c.slab[1:]
	s.rareW, s.rareCore = f.rareW, f.rareCore
	c.buf = ownFeatures(f, c.buf[:0])
	c.w.score(c.buf, &s.s[0][0], &s.s[0][1])
	for r, d := range roles {
		c.buf = roleFeatures(d, f, c.buf[:0])
		c.w.score(c.buf, &s.s[1+r][0], &s.s[1+r][1])
	}
	c.m[f.w] = s
	return s
}

// local returns the stage-1 and stage-2 scores of the local features of
// token i, as w.score(features(tf, i)) would; ws[j] = c.get(&tf[j]).
func (c *wordCache) local(tf []tokFeat, ws []*wordScores, i int, sc1, sc2 *[numTags]int32) {
	add := func(v *[numStages][numTags]int32) {
		for y := range sc1 {
			sc1[y] += v[0][y]
			sc2[y] += v[1][y]
		}
	}
	add(&ws[i].s[0])
	for r, d := range roles {
		if j := i + d; j >= 0 && j < len(tf) {
			add(&ws[j].s[1+r])
		} else {
			add(&c.edge.s[1+r])
		}
	}
	c.buf = pairWordFeatures(tf, i, c.buf[:0])
	c.w.score(c.buf, sc1, sc2)
	var fl [4]uint32
	fl[0] = tf[i].flags
	if i > 0 {
		fl[1] = tf[i-1].flags
	}
	if i+1 < len(tf) {
		fl[2] = tf[i+1].flags
	}
	if i > 1 {
		fl[3] = tf[i-2].flags
	}
	for p, f := range fl {
		for ; f != 0; f &= f - 1 {
			add(&c.flag[p][bits.TrailingZeros32(f)])
		}
	}
}

// all returns c.get for every token of a sequence, in ws (grown as needed);
// it also sets the rare flags of tf, so markRare need not run.
func (c *wordCache) all(tf []tokFeat, ws []*wordScores) []*wordScores {
	ws = ws[:0]
	for i := range tf {
		ws = append(ws, c.get(&tf[i]))
	}
	return ws
}
