package ner

import "math/bits"

// roles are the neighbour offsets whose word features roleFeatures gives.
var roles = [...]int{-2, -1, 1, 2}

// wordScores holds the summed weights of both stages that one word
// contributes: index 0 as the token itself (ownFeatures), 1+r in role
// roles[r] (roleFeatures).
type wordScores struct {
	s [1 + len(roles)][numStages][numTags]int32
}

// wordEntry is everything the tagger derives from a word form alone: its
// word features (rare flags set as markRare sets them), its gazetteer
// phrase bounds and its summed weights.
//
// The sums are kept as int16 (sums of a few int8 weights: half the memory
// of int32) or, should one not fit, in wide.
type wordEntry struct {
	wordFeat
	s     [1 + len(roles)][numStages][numTags]int16
	wide  int32 // 1 + the index in wordCache.wide of the sums when one does not fit in s; 0 otherwise
	dword int32 // 1 + the index in table.rowsOf of the word's stage-2 dWord row (wordRow); 0: none
}

// (wordEntry holds no pointer, so the garbage collector need not scan the
// cache's blocks.)

// wordCache memoizes wordEntry per word form (wordKey) across the Tag
// calls of one worker. Most features depend on a single word, and words
// repeat within a text and across texts, so a token costs a copy of its
// word's features, a few cached sums and the lookups of its pairFeatures
// instead of some thirty table lookups and gazetteer probes. The sums
// equal those of features (TestWordCacheMatchesFeatures,
// TestTaggerMatchesOracle).
//
// The index is open addressing over the keys (linear probing, load at
// most 1/2); entries live in fixed blocks, so their addresses stay valid
// while the cache grows. Between calls the cache is emptied once it holds
// more than maxCachedWords words (reset), which bounds its memory at
// about maxCachedWords × 350 bytes plus one text's vocabulary.
type wordCache struct {
	t      *Tagger
	fz     featurizer
	keys   []uint64 // wordKey per slot (0: empty; a key of 0 is stored as 1)
	slot   []int32  // entry index + 1 per slot
	blocks [][]wordEntry
	wide   []wordScores // see wordEntry.wide
	n      int          // entries in use
	limit  int          // words kept between calls (maxCachedWords)
	buf    []uint64
	rows   []*weights
}

// maxCachedWords is the number of word forms a wordCache keeps between
// Tag calls (about 11 MB of entries and index).
const maxCachedWords = 1 << 15

// cacheBlock is the number of entries per allocation block.
const cacheBlock = 1024

func newWordCache(t *Tagger) *wordCache {
	c := &wordCache{t: t, fz: featurizer{lx: t.lx, opt: t.m.opt}, limit: maxCachedWords}
	c.keys = make([]uint64, 2*cacheBlock)
	c.slot = make([]int32, 2*cacheBlock)
	return c
}

// reset empties the cache when it holds more than max words (entries
// handed out before stay valid until the next get after a reset).
func (c *wordCache) reset(max int) {
	if c.n <= max || c.n == 0 {
		return
	}
	clear(c.keys)
	clear(c.slot)
	c.n = 0
	c.wide = c.wide[:0]
}

// get returns the entry of a token's word form, computing it on first use.
func (c *wordCache) get(t *token) *wordEntry {
	key, w := wordKey(t)
	if key == 0 {
		key = 1
	}
	mask := uint64(len(c.keys) - 1)
	i := (key * 0x9e3779b97f4a7c15) >> 32 & mask
	for ; c.slot[i] != 0; i = (i + 1) & mask {
		if c.keys[i] == key {
			k := c.slot[i] - 1
			return &c.blocks[k/cacheBlock][k%cacheBlock]
		}
	}
	e := c.alloc()
	c.keys[i], c.slot[i] = key, int32(c.n)
	if 2*c.n > len(c.keys) {
		c.grow()
	}
	c.fz.newWord(t, w, &e.wordFeat)
	f := &e.f
	tb := c.t.m.w
	markRare(f, tb)
	// The word's features in all its roles, looked up in one pass (the
	// cache misses overlap), then summed per role.
	var ends [1 + len(roles)]int
	c.buf = ownFeatures(f, c.buf[:0])
	ends[0] = len(c.buf)
	for r, d := range roles {
		c.buf = roleFeatures(d, f, c.buf)
		ends[1+r] = len(c.buf)
	}
	c.rows = c.rows[:0]
	shift := 64 - tb.bits
	for _, h := range c.buf {
		c.rows = append(c.rows, tb.row(uint32(h>>shift)))
	}
	e.dword = tb.index(wordBucket(tb, w))
	var acc wordScores
	start := 0
	for r, end := range ends {
		for _, row := range c.rows[start:end] {
			if row != nil {
				addRow(row, &acc.s[r][0], &acc.s[r][1])
			}
		}
		start = end
	}
	for r := range acc.s {
		for s := range acc.s[r] {
			for y, v := range acc.s[r][s] {
				if v != int32(int16(v)) && e.wide == 0 {
					c.wide = append(c.wide, acc)
					e.wide = int32(len(c.wide))
				}
				e.s[r][s][y] = int16(v)
			}
		}
	}
	return e
}

// alloc returns a zeroed entry, the c.n-th (c.n is incremented).
func (c *wordCache) alloc() *wordEntry {
	b := c.n / cacheBlock
	if b == len(c.blocks) {
		c.blocks = append(c.blocks, make([]wordEntry, cacheBlock))
	}
	e := &c.blocks[b][c.n%cacheBlock]
	*e = wordEntry{}
	c.n++
	return e
}

// grow doubles the index.
func (c *wordCache) grow() {
	keys, slot := c.keys, c.slot
	c.keys = make([]uint64, 2*len(keys))
	c.slot = make([]int32, 2*len(slot))
	mask := uint64(len(c.keys) - 1)
	for j, s := range slot {
		if s == 0 {
			continue
		}
		i := (keys[j] * 0x9e3779b97f4a7c15) >> 32 & mask
		for c.slot[i] != 0 {
			i = (i + 1) & mask
		}
		c.keys[i], c.slot[i] = keys[j], s
	}
}

// prepare fills tf with the features of a sequence and ws with the entries
// of its words, as featurizer.prepare and markRare would (tf and ws grown
// as needed).
func (c *wordCache) prepare(seq []token, tf []tokFeat, pl []wordPlaces, ws []*wordEntry) ([]tokFeat, []wordPlaces, []*wordEntry) {
	tf, pl, ws = tf[:0], pl[:0], ws[:0]
	for i := range seq {
		e := c.get(&seq[i])
		tf = append(tf, e.f)
		pl = append(pl, e.pl)
		ws = append(ws, e)
	}
	c.fz.mark(seq, tf, pl)
	return tf, pl, ws
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

// newEdgeScores returns the role scores of positions beyond a sequence.
func newEdgeScores(w *table) *wordScores {
	edge := new(wordScores)
	var buf []uint64
	for r, d := range roles {
		buf = roleFeatures(d, nil, buf[:0])
		w.score(buf, &edge.s[1+r][0], &edge.s[1+r][1])
	}
	return edge
}

// local adds the stage-1 and stage-2 scores of the local features of
// token i to sc1 and sc2, as w.score(features(tf, i)) would; ws[j] holds
// the entry of token j's word.
func (c *wordCache) local(tf []tokFeat, ws []*wordEntry, i int, sc1, sc2 *[numTags]int32) {
	add := func(v *[numStages][numTags]int32) {
		for y := range sc1 {
			sc1[y] += v[0][y]
			sc2[y] += v[1][y]
		}
	}
	word := func(e *wordEntry, r int) {
		if e.wide != 0 {
			add(&c.wide[e.wide-1].s[r])
			return
		}
		v := &e.s[r]
		for y := range sc1 {
			sc1[y] += int32(v[0][y])
			sc2[y] += int32(v[1][y])
		}
	}
	word(ws[i], 0)
	edge := c.t.edge
	for r, d := range roles {
		if j := i + d; j >= 0 && j < len(tf) {
			word(ws[j], 1+r)
		} else {
			add(&edge.s[1+r])
		}
	}
	c.buf = pairWordFeatures(tf, i, c.buf[:0])
	c.t.m.w.score(c.buf, sc1, sc2)
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
	flag := c.t.fs
	for p, f := range fl {
		for ; f != 0; f &= f - 1 {
			add(&flag[p][bits.TrailingZeros32(f)])
		}
	}
}
