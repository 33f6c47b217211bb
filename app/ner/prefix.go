package ner

import (
	"strings"
	"sync"
)

// phrasePrefixes bounds the gazetteer phrase lookups of markPlaces and
// markNames: the first two words of every phrase of two words or more
// whose bits meet a mask, mapped to the most words of such a phrase. A
// phrase of n ≥ 2 words can only match where its first two words do, so a
// token whose first word starts phrases of up to five words costs one
// lookup when the next word starts none of them, instead of four.
type phrasePrefixes struct {
	once        sync.Once
	places      map[string]int32 // phrases with gazLoc (markPlaces)
	namesLocOrg map[string]int32 // phrases with gazLoc2 or gazOrg2 (markNames)
}

var prefixesOf sync.Map // *lexicon → *phrasePrefixes

// prefixes returns the lexicon's phrase prefixes, computed on first use.
func (lx *lexicon) prefixes() *phrasePrefixes {
	v, ok := prefixesOf.Load(lx)
	if !ok {
		v, _ = prefixesOf.LoadOrStore(lx, new(phrasePrefixes))
	}
	p := v.(*phrasePrefixes)
	p.once.Do(func() {
		p.places, p.namesLocOrg = map[string]int32{}, map[string]int32{}
		for key, g := range lx.gaz {
			i := strings.IndexByte(key, ' ')
			if i < 0 {
				continue
			}
			n := int32(strings.Count(key, " ") + 1)
			pre := key
			if j := strings.IndexByte(key[i+1:], ' '); j >= 0 {
				pre = key[:i+1+j]
			}
			if g&gazLoc != 0 {
				p.places[pre] = max(p.places[pre], n)
			}
			if g&(gazLoc2|gazOrg2) != 0 {
				p.namesLocOrg[pre] = max(p.namesLocOrg[pre], n)
			}
		}
	})
	return p
}

// bound returns the most words of a phrase of m starting with the words
// a and b (1 when none starts so: only a one-word phrase can match).
func (fz *featurizer) bound(m map[string]int32, a, b []rune) int {
	fz.buf = fz.buf[:0]
	for _, r := range a {
		fz.buf = appendRune(fz.buf, r)
	}
	fz.buf = append(fz.buf, ' ')
	for _, r := range b {
		fz.buf = appendRune(fz.buf, r)
	}
	if n, ok := m[string(fz.buf)]; ok {
		return int(n)
	}
	return 1
}
