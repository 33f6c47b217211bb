package ner

import (
	"unicode"

	"github.com/hashiya/hashiya/app/arabic"
)

// featureVersion changes whenever the feature templates change; a model
// trained with other templates is refused at load time.
const featureVersion = 3

// Optional feature groups (TrainConfig.Features, stored in the model).
const (
	OptClusters  = 1 << iota // word-cluster path prefixes (data/clusters.txt)
	OptNameLists             // the large name lists (data/names-*.txt)
	OptAll       = OptClusters | OptNameLists
)

// token is one arabic.Tokenize token with its folded forms.
type token struct {
	start, end int         // code points into the tagged text, half-open
	kind       arabic.Kind //
	fold       []rune      // arabic.Fold of the token text, Latin lowercased
	orig       []int       // code-point offset in the text of each folded rune (arabic.Folded.Orig)
	clitic     int         // folded runes of the longest و ف ب ل ك proclitic candidate (ال kept)
	core       int         // folded runes of the longest candidate including ال
	upper      bool        // a Latin word starting with a capital letter
	lineStart  bool        // a line break (\n or U+2029) precedes the token
}

// offset returns the code-point offset in the text where the token's
// folded rune p starts (the token start for p = 0).
func (t *token) offset(p int) int {
	if p == 0 || p >= len(t.orig) {
		return t.start
	}
	return t.orig[p]
}

// tokenize splits text as arabic.Tokenize does and folds it once
// (arabic.Fold), giving each token a slice of the folded text.
func tokenize(text string) []token { return tokenizeInto(text, nil) }

// tokenizeInto is tokenize reusing the arrays of sc (when not nil).
func tokenizeInto(text string, sc *scratch) []token {
	if sc == nil {
		sc = new(scratch)
	}
	rs := sc.runes[:0]
	for _, r := range text { // as []rune(text): U+FFFD for each invalid byte
		rs = append(rs, r)
	}
	sc.runes = rs
	sc.spans = arabic.Spans(rs, sc.spans[:0])
	atoks := sc.spans
	sc.fold.Reset(text)
	f := &sc.fold
	sc.toks = grow(sc.toks, len(atoks))
	toks := sc.toks
	k := 0
	for i, a := range atoks {
		line := false
		for k < len(f.Runes) && f.Orig[k] < a.Start {
			line = line || f.Runes[k] == '\n' || f.Runes[k] == '\u2029'
			k++
		}
		fs := k
		for k < len(f.Runes) && f.Orig[k] < a.End {
			k++
		}
		fold := f.Runes[fs:k:k]
		tk := token{start: a.Start, end: a.End, kind: a.Kind, fold: fold, orig: f.Orig[fs:k:k]}
		tk.upper = len(fold) > 0 && !(fold[0] >= 0x600 && fold[0] <= 0x6FF) && unicode.IsUpper(fold[0]) // (no case in the Arabic block)
		tk.lineStart = line && i > 0
		for j, r := range fold {
			if 'A' <= r && r <= 'Z' {
				fold[j] = r + 'a' - 'A'
			}
		}
		if a.Kind == arabic.Word {
			tk.clitic, tk.core = arabic.ProcliticSplit(fold)
		}
		toks[i] = tk
	}
	return toks
}

// Token flag bits (tokFeat.flags).
const (
	fGazLocB   = 1 << iota // first token of a gazetteer place name
	fGazLocI               // later token of a gazetteer place name
	fFirst                 // first name (gazetteer)
	fLast                  // family name (gazetteer)
	fTitle                 // title or relation word (وزير، الرئيس، نجل…)
	fOrgHead               // organization head noun (وزارة، حزب…)
	fLocHead               // location head noun (مدينة، ولاية…)
	fMiscHead              // event/prize/work head noun (كأس، جائزة…)
	fQuote                 // inside «…» or "…"
	fArticle               // has ال (after any proclitic)
	fClitic                // has a و ف ب ل ك proclitic candidate
	fSentStart             // first token of the sequence
	fLatinCap              // capitalized Latin word
	fName                  // a word of a person name (large list, OptNameLists)
	fLoc2B                 // first token of a names-loc phrase
	fLoc2I                 // later token of one
	fOrg2B                 // first token of a names-org phrase
	fOrg2I                 // later token of one
	numFlags   = iota
)

// tokFeat holds the per-token hashes that the templates combine.
type tokFeat struct {
	w, core, shape  uint64
	rareW, rareCore bool // word / core form unknown to the model (hapax in training)
	pre             [3]uint64
	suf             [4]uint64
	clus            [len(clusterPrefixes)]uint64 // cluster path prefixes of the word; 0 when OptClusters is off
	clusCore        uint64                       // cluster path of the core form
	flags           uint32
}

// clusterPrefixes are the cluster path lengths used as features (Miller et
// al. 2004; Turian et al. 2010 use prefixes of Brown paths so).
var clusterPrefixes = [...]int{4, 8, 12}

// hNoCluster marks a word without a cluster.
const hNoCluster = 0x3c6ef372fe94f82b

// Template ids. Each feature is hash(template, value). (Every name gets
// its own iota value; blocks of consecutive ids are reserved explicitly.)
const (
	tBias uint64 = iota + 1
	tW
	tCore
	tShape
	tWm1
	tWm2
	tWp1
	tWp2
	tCm1
	tCp1
	tBigL
	tBigR
	tShape3
	tSufm1
	tPrep1
	tCoreFlagm1
	tCtx                                             // a word at -2, -1, +1 or +2, whatever its position
	tPre                                             // 3 ids: prefixes of length 1–3
	tSuf      = tPre + 3                             // 4 ids: suffixes of length 1–4
	tFlag0    = tSuf + 4                             // numFlags ids each: flags of the token,
	tFlagm1   = tFlag0 + numFlags                    // the previous token,
	tFlagp1   = tFlagm1 + numFlags                   // the next token,
	tFlagm2   = tFlagp1 + numFlags                   // and the one before the previous
	tClus     = tFlagm2 + numFlags                   // len(clusterPrefixes) ids: the word's cluster prefixes
	tClusCore = tClus + uint64(len(clusterPrefixes)) // cluster of the core form
	tClusm1   = tClusCore + 1                        // middle prefix of the previous word
	tClusp1   = tClusm1 + 1                          // and of the next
)

const (
	hBOS = 0x5bd1e9955bd1e995
	hEOS = 0x27d4eb2f165667c5
	hUNK = 0x165667b19e3779f9
)

// mix combines two hashes (a 64-bit finalizer over a ^ rotated b).
func mix(a, b uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ (b + 0x632be59bd9b4e019 + (a << 6) + (a >> 2))
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// hashRunes is FNV-1a over the runes.
func hashRunes(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// featurizer computes features with a lexicon and reusable buffers.
type featurizer struct {
	lx   *lexicon
	opt  uint8 // Opt* feature groups
	buf  []byte
	tf   []tokFeat
	pl   []wordPlaces
	memo map[uint64]*wordFeat // by wordKey: what prepare derives from the word alone
	slab []wordFeat           // allocation block for memo entries
}

// wordFeat is the part of a token's features that depends only on its
// folded word (and kind and capitalization): the hashes and word flags,
// and how long the phrases that may start with the word are.
type wordFeat struct {
	f  tokFeat
	pl wordPlaces
}

// wordPlaces bounds the gazetteer phrases that may start with a word, in
// tokens (0: none): loc, the place names (lexicon.firstOf) starting with
// the word without its proclitic and with it; names, the names-loc and
// names-org phrases (lexicon.firstOf2) starting with the whole word and
// with the word without its proclitic; gaz, the word-list bits
// (lexicon.gaz) of the word without its proclitic and of the whole word,
// the one-token phrases.
type wordPlaces struct {
	loc, names [2]int32
	gaz        [2]uint16
}

// one returns the word-list bits of a word token's folded runes from
// start (0 or the token's proclitic length), as fz.lookup(t.fold[start:]).
func (p *wordPlaces) one(start int) uint16 {
	if start == 0 {
		return p.gaz[1]
	}
	return p.gaz[0]
}

// lookup returns the gazetteer bits of a phrase of folded runes.
func (fz *featurizer) lookup(parts ...[]rune) uint16 {
	fz.buf = fz.buf[:0]
	for i, p := range parts {
		if i > 0 {
			fz.buf = append(fz.buf, ' ')
		}
		for _, r := range p {
			fz.buf = appendRune(fz.buf, r)
		}
	}
	return fz.lx.gaz[string(fz.buf)]
}

// utf8Len is the length of the UTF-8 encoding of rs (appendRune's), in bytes.
func utf8Len(rs []rune) int {
	n := 0
	for _, r := range rs {
		switch {
		case r < 0x80:
			n++
		case r < 0x800:
			n += 2
		case r < 0x10000:
			n += 3
		default:
			n += 4
		}
	}
	return n
}

func appendRune(b []byte, r rune) []byte {
	switch {
	case r < 0x80:
		return append(b, byte(r))
	case r < 0x800:
		return append(b, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	case r < 0x10000:
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return append(b, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// shapeOf summarizes a token: script class, and a length bucket for words.
func shapeOf(t *token) uint64 {
	var cls rune
	switch t.kind {
	case arabic.Number:
		cls = 'd'
		if len(t.fold) == 4 {
			cls = 'y'
		}
	case arabic.Punct:
		if len(t.fold) > 0 {
			return mix(3, uint64(t.fold[0]))
		}
		cls = 'p'
	default:
		cls = 'a'
		if len(t.fold) > 0 && t.fold[0] < 0x600 {
			cls = 'l'
		}
	}
	n := len(t.fold)
	var lb uint64
	switch {
	case n <= 2:
		lb = uint64(n)
	case n <= 3:
		lb = 3
	case n <= 5:
		lb = 4
	case n <= 8:
		lb = 5
	default:
		lb = 6
	}
	return mix(uint64(cls), lb)
}

// prepare fills fz.tf with the per-token hashes of a sequence.
func (fz *featurizer) prepare(toks []token) []tokFeat {
	if cap(fz.tf) < len(toks) {
		fz.tf = make([]tokFeat, len(toks))
		fz.pl = make([]wordPlaces, len(toks))
	}
	if fz.memo == nil {
		fz.memo = make(map[uint64]*wordFeat, 1024)
	}
	tf, pl := fz.tf[:len(toks)], fz.pl[:len(toks)]
	for i := range toks {
		wf := fz.word(&toks[i])
		tf[i], pl[i] = wf.f, wf.pl
	}
	fz.mark(toks, tf, pl)
	return tf
}

// mark adds the flags that depend on the token's place in the sequence to
// tf, given the word features of each token (tf, pl): sequence start,
// gazetteer phrases, quotes.
func (fz *featurizer) mark(toks []token, tf []tokFeat, pl []wordPlaces) {
	if len(tf) > 0 {
		tf[0].flags |= fSentStart
	}
	fz.markPlaces(toks, tf, pl)
	if fz.opt&OptNameLists != 0 {
		fz.markNames(toks, tf, pl)
	}
	markQuotes(toks, tf)
}

// wordKey is the key of a token's word features: the hash of its folded
// text (also returned), its kind and capitalization.
func wordKey(t *token) (key, w uint64) {
	w = hashRunes(t.fold)
	key = w ^ uint64(t.kind)*0x9e3779b97f4a7c15
	if t.upper {
		key ^= 0xc2b2ae3d27d4eb4f
	}
	return key, w
}

// word returns the memoized word features of a token (by wordKey).
func (fz *featurizer) word(t *token) *wordFeat {
	key, w := wordKey(t)
	if wf := fz.memo[key]; wf != nil {
		return wf
	}
	if len(fz.slab) == 0 {
		fz.slab = make([]wordFeat, 256)
	}
	wf := &fz.slab[0]
	fz.slab = fz.slab[1:]
	fz.memo[key] = wf
	fz.newWord(t, w, wf)
	return wf
}

// newWord computes the word features of a token whose folded text hashes
// to w into wf (which must be zero).
func (fz *featurizer) newWord(t *token, w uint64, wf *wordFeat) {
	f := &wf.f
	f.w = w
	core := t.fold[t.core:]
	f.core = hashRunes(core)
	f.shape = shapeOf(t)
	for k := 0; k < 3; k++ {
		if k+1 <= len(core) {
			f.pre[k] = mix(uint64(k), hashRunes(core[:k+1]))
		}
	}
	for k := 0; k < 4; k++ {
		if k+1 <= len(t.fold) {
			f.suf[k] = mix(uint64(k), hashRunes(t.fold[len(t.fold)-k-1:]))
		}
	}
	if fz.opt&OptClusters != 0 {
		fz.clusters(t, f)
	}
	if t.kind != arabic.Word {
		return
	}
	// The word as UTF-8, whole and without its proclitic: each word list
	// is consulted once per distinct string.
	fz.buf = fz.buf[:0]
	for _, r := range t.fold[:t.clitic] {
		fz.buf = appendRune(fz.buf, r)
	}
	off := len(fz.buf)
	for _, r := range t.fold[t.clitic:] {
		fz.buf = appendRune(fz.buf, r)
	}
	lx := fz.lx
	whole := fz.buf
	gFold := lx.gaz[string(whole)]
	gNC, locNC, namesNC := gFold, lx.firstOf[string(whole)], lx.firstOf2[string(whole)]
	wf.pl.loc[1], wf.pl.names[0] = int32(locNC), int32(namesNC)
	if t.clitic > 0 {
		nc := whole[off:]
		gNC, locNC, namesNC = lx.gaz[string(nc)], lx.firstOf[string(nc)], lx.firstOf2[string(nc)]
	}
	wf.pl.loc[0], wf.pl.names[1] = int32(locNC), int32(namesNC)
	wf.pl.gaz = [2]uint16{gNC, gFold}
	if t.core > t.clitic {
		f.flags |= fArticle
	}
	if t.clitic > 0 {
		f.flags |= fClitic
	}
	gc := gNC // (fz.lookup reuses fz.buf: whole is not read after this)
	if t.core != t.clitic {
		gc = fz.lookup(core)
	}
	g := gc
	if t.core != t.clitic {
		g = gNC
	}
	if t.clitic > 0 {
		g |= gFold
	}
	if g&gazFirst != 0 {
		f.flags |= fFirst
	}
	if g&gazLast != 0 {
		f.flags |= fLast
	}
	if fz.opt&OptNameLists != 0 && (g|gc)&gazName != 0 {
		f.flags |= fName
	}
	if gc&trigTitle != 0 {
		f.flags |= fTitle
	}
	if gc&trigOrg != 0 {
		f.flags |= fOrgHead
	}
	if gc&trigLoc != 0 {
		f.flags |= fLocHead
	}
	if gc&trigMisc != 0 {
		f.flags |= fMiscHead
	}
	if t.upper {
		f.flags |= fLatinCap
	}
}

// markPlaces marks the longest gazetteer place names (the first token may
// carry a proclitic).
func (fz *featurizer) markPlaces(toks []token, tf []tokFeat, pl []wordPlaces) {
	var parts [6][]rune
	for i := 0; i < len(toks); {
		matched := 0
		if toks[i].kind == arabic.Word {
			for k, start := range [2]int{toks[i].clitic, 0} {
				parts[0] = toks[i].fold[start:]
				most := min(int(pl[i].loc[k]), len(toks)-i, len(parts))
				if most > 2 && most > matched {
					most = min(most, fz.bound(fz.lx.prefixes().places, parts[0], toks[i+1].fold))
				}
				for n := most; n > matched; n-- {
					for k := 1; k < n; k++ {
						parts[k] = toks[i+k].fold
					}
					g := pl[i].one(start)
					if n > 1 {
						g = fz.lookup(parts[:n]...)
					}
					if g&gazLoc != 0 {
						matched = n
					}
				}
				if toks[i].clitic == 0 {
					break
				}
			}
		}
		if matched == 0 {
			i++
			continue
		}
		tf[i].flags |= fGazLocB
		for k := 1; k < matched; k++ {
			tf[i+k].flags |= fGazLocI
		}
		i += matched
	}
}

// markNames marks the longest phrases of names-loc and names-org (the
// first token may carry a proclitic, which is not part of the phrase).
func (fz *featurizer) markNames(toks []token, tf []tokFeat, pl []wordPlaces) {
	var parts [5][]rune
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != arabic.Word {
			continue
		}
		best, bits := 0, uint16(0)
		for k, start := range [2]int{0, t.clitic} {
			most := min(int(pl[i].names[k]), len(toks)-i, len(parts))
			parts[0] = t.fold[start:]
			if most > 2 && most > best {
				most = min(most, fz.bound(fz.lx.prefixes().namesLocOrg, parts[0], toks[i+1].fold))
			}
			for n := most; n > best; n-- {
				for k := 1; k < n; k++ {
					parts[k] = toks[i+k].fold
				}
				g := pl[i].one(start)
				if n > 1 {
					g = fz.lookup(parts[:n]...)
				}
				if g &= gazLoc2 | gazOrg2; g != 0 {
					best, bits = n, g
					break
				}
			}
			if t.clitic == 0 {
				break
			}
		}
		if best == 0 {
			continue
		}
		b, in := uint32(fOrg2B), uint32(fOrg2I)
		if bits&gazLoc2 != 0 {
			b, in = fLoc2B, fLoc2I
		}
		tf[i].flags |= b
		for k := 1; k < best; k++ {
			tf[i+k].flags |= in
		}
		i += best - 1
	}
}

// markQuotes flags tokens between «» or a pair of straight/curly double
// quotes at most 12 tokens apart.
func markQuotes(toks []token, tf []tokFeat) {
	for i := range toks {
		if toks[i].kind != arabic.Punct || len(toks[i].fold) != 1 {
			continue
		}
		open := toks[i].fold[0]
		var close rune
		switch open {
		case '«':
			close = '»'
		case '"':
			close = '"'
		case '“':
			close = '”'
		default:
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+12; j++ {
			if toks[j].kind == arabic.Punct && len(toks[j].fold) == 1 && toks[j].fold[0] == close {
				for k := i + 1; k < j; k++ {
					tf[k].flags |= fQuote
				}
				break
			}
		}
	}
}

// features appends the hashed features of position i to out: those of
// the token's own word, those its neighbours contribute in their roles
// (-2, -1, +1, +2) and those combining positions. The tagger computes the
// same sums with the first two parts cached per word (see wordCache).
func features(tf []tokFeat, i int, out []uint64) []uint64 {
	out = ownFeatures(&tf[i], out)
	for _, d := range [...]int{-2, -1, 1, 2} {
		var nb *tokFeat
		if j := i + d; j >= 0 && j < len(tf) {
			nb = &tf[j]
		}
		out = roleFeatures(d, nb, out)
	}
	return pairFeatures(tf, i, out)
}

// ownFeatures appends the features that depend only on the token's word.
func ownFeatures(f *tokFeat, out []uint64) []uint64 {
	fw, fc := f.w, f.core
	if f.rareW {
		fw = hUNK
	}
	if f.rareCore {
		fc = hUNK
	}
	out = append(out, mix(tBias, 0), mix(tW, fw), mix(tCore, fc), mix(tShape, f.shape))
	for k := 0; k < 3; k++ {
		if f.pre[k] != 0 {
			out = append(out, mix(tPre+uint64(k), f.pre[k]))
		}
	}
	for k := 0; k < 4; k++ {
		if f.suf[k] != 0 {
			out = append(out, mix(tSuf+uint64(k), f.suf[k]))
		}
	}
	if f.clus[0] != 0 {
		for k, c := range f.clus {
			out = append(out, mix(tClus+uint64(k), c))
		}
		out = append(out, mix(tClusCore, f.clusCore))
	}
	return out
}

// clusters sets the cluster features of a token: the prefixes of its
// folded word's cluster path, and the path of its core form.
func (fz *featurizer) clusters(t *token, f *tokFeat) {
	fz.buf = fz.buf[:0]
	for _, r := range t.fold {
		fz.buf = appendRune(fz.buf, r)
	}
	p, ok := fz.lx.clusters[string(fz.buf)]
	for k, n := range clusterPrefixes {
		f.clus[k] = hNoCluster
		if ok {
			f.clus[k] = mix(uint64(n), hashString(p[:min(n, len(p))]))
		}
	}
	f.clusCore = hNoCluster
	if t.core > 0 {
		if p, ok := fz.lx.clusters[string(fz.buf[utf8Len(t.fold[:t.core]):])]; ok {
			f.clusCore = hashString(p)
		}
	} else if ok {
		f.clusCore = hashString(p)
	}
}

// hashString is FNV-1a over the bytes.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// roleFeatures appends the features that the word at offset d (-2, -1, +1
// or +2) gives the current token; nb is nil beyond the sequence.
func roleFeatures(d int, nb *tokFeat, out []uint64) []uint64 {
	edge := uint64(hBOS)
	if d > 0 {
		edge = hEOS
	}
	w, c, affix := edge, edge, edge
	if nb != nil {
		w, c = nb.w, nb.core
		if d < 0 {
			affix = nb.suf[1]
		} else {
			affix = nb.pre[1]
		}
	}
	cl := uint64(0)
	if nb != nil {
		cl = nb.clus[1]
	}
	switch d {
	case -2:
		return append(out, mix(tWm2, w), mix(tCtx, w))
	case -1:
		out = append(out, mix(tWm1, w), mix(tCm1, c), mix(tSufm1, affix), mix(tCtx, w))
		if cl != 0 {
			out = append(out, mix(tClusm1, cl))
		}
		return out
	case 1:
		out = append(out, mix(tWp1, w), mix(tCp1, c), mix(tPrep1, affix), mix(tCtx, w))
		if cl != 0 {
			out = append(out, mix(tClusp1, cl))
		}
		return out
	case 2:
		return append(out, mix(tWp2, w), mix(tCtx, w))
	}
	return out
}

// pairFeatures appends the features that combine the token with its
// neighbours: word bigrams, shape trigram, context flags.
func pairFeatures(tf []tokFeat, i int, out []uint64) []uint64 {
	out = pairWordFeatures(tf, i, out)
	var flm1, flp1, flm2 uint32
	if i > 0 {
		flm1 = tf[i-1].flags
	}
	if i > 1 {
		flm2 = tf[i-2].flags
	}
	if i+1 < len(tf) {
		flp1 = tf[i+1].flags
	}
	for b := 0; b < numFlags; b++ {
		if tf[i].flags&(1<<b) != 0 {
			out = append(out, mix(tFlag0+uint64(b), 1))
		}
		if flm1&(1<<b) != 0 {
			out = append(out, mix(tFlagm1+uint64(b), 1))
		}
		if flp1&(1<<b) != 0 {
			out = append(out, mix(tFlagp1+uint64(b), 1))
		}
		if flm2&(1<<b) != 0 {
			out = append(out, mix(tFlagm2+uint64(b), 1))
		}
	}
	return out
}

// pairWordFeatures appends the pair features other than the flags (which
// the tagger adds from flagScores).
func pairWordFeatures(tf []tokFeat, i int, out []uint64) []uint64 {
	f := &tf[i]
	wm1, wp1 := uint64(hBOS), uint64(hEOS)
	sm1, sp1 := uint64(hBOS), uint64(hEOS)
	var flm1 uint32
	fw := f.w
	if f.rareW {
		fw = hUNK
	}
	if i > 0 {
		wm1, sm1, flm1 = tf[i-1].w, tf[i-1].shape, tf[i-1].flags
	}
	if i+1 < len(tf) {
		wp1, sp1 = tf[i+1].w, tf[i+1].shape
	}
	return append(out,
		mix(tBigL, mix(wm1, fw)),
		mix(tBigR, mix(fw, wp1)),
		mix(tShape3, mix(mix(sm1, f.shape), sp1)),
		mix(tCoreFlagm1, mix(f.core, uint64(flm1&(fTitle|fOrgHead|fLocHead|fMiscHead)))),
	)
}

// markRare sets rareW and rareCore where the model has no stage-1 weights
// for the token's word or core form, so that unseen words get the features
// learned from training hapaxes (which were trained as unknown).
func markRare(f *tokFeat, m *table) {
	shift := 64 - m.bits
	f.rareW = !m.hasStage1(uint32(mix(tW, f.w) >> shift))
	f.rareCore = !m.hasStage1(uint32(mix(tCore, f.core) >> shift))
}

// FoldedWords returns the folded form of each word token of text, as the
// features see it (arabic.Tokenize tokens of kind Word, arabic.Fold, Latin
// lowercased): the keys of the word-cluster file (cmd/nerclusters).
func FoldedWords(text string) []string {
	toks := tokenize(text)
	out := make([]string, 0, len(toks))
	for i := range toks {
		if toks[i].kind == arabic.Word {
			out = append(out, string(toks[i].fold))
		}
	}
	return out
}
