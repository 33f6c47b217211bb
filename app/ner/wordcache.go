package ner

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
	edge wordScores // roles of positions beyond the sequence
	buf  []uint64
}

func newWordCache(w *table) *wordCache {
	c := &wordCache{w: w, m: make(map[uint64]*wordScores, 1024)}
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
	s := &wordScores{rareW: f.rareW, rareCore: f.rareCore}
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
	c.buf = pairFeatures(tf, i, c.buf[:0])
	c.w.score(c.buf, sc1, sc2)
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
