package ner

// viterbi returns the highest-scoring BIO tag sequence for n positions.
// emit holds n×numTags emission scores (position-major); trans[0][y] scores
// a sequence starting with y and trans[1+x][y] the transition x → y. Only
// sequences valid under allowed and allowedEnd are considered. Ties go to
// the lower tag index.
// The result is written into out (grown as needed) and returned.
func viterbi(emit []int32, n int, trans *[numTags + 1][numTags]int32, out []int) []int {
	out, _ = viterbiBuf(emit, n, trans, out, nil)
	return out
}

// openTags are the tags that may follow any tag: O and the B tags.
var openTags = func() (t [1 + len(types)]int) {
	for k := range types {
		t[1+k] = beginTag(k)
	}
	return
}()

// viterbiBuf is viterbi with a reusable back-pointer buffer, returned
// (grown as needed) for the next call.
func viterbiBuf(emit []int32, n int, trans *[numTags + 1][numTags]int32, out []int, back []uint8) ([]int, []uint8) {
	if n <= 0 {
		return out[:0], back
	}
	const neg = -1 << 28 // far below any reachable score, far above overflow
	var te [numTags + 1][numTags]int32
	for x := range te {
		for y := range te[x] {
			te[x][y] = neg
			if allowedTab[x][y] {
				te[x][y] = trans[x][y]
			}
		}
	}
	if cap(back) < n*numTags {
		back = make([]uint8, n*numTags)
	}
	back = back[:n*numTags]
	if bilou {
		return viterbiAll(emit, n, &te, out, back), back
	}
	var cur, next [numTags]int32
	for y := 0; y < numTags; y++ {
		cur[y] = te[0][y] + emit[y]
	}
	for i := 1; i < n; i++ {
		e := (*[numTags]int32)(emit[i*numTags : i*numTags+numTags])
		bk := (*[numTags]uint8)(back[i*numTags : i*numTags+numTags])
		top := int32(neg)
		// O and B-X follow any tag.
		for _, y := range openTags {
			best, arg := cur[0]+te[1][y], 0
			for x := 1; x < numTags; x++ {
				if s := cur[x] + te[1+x][y]; s > best {
					best, arg = s, x
				}
			}
			best += e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(arg)
		}
		// I-X follows B-X or I-X only: the other tags' scores are far
		// below (te = neg), so they can neither win nor tie.
		for k := range len(types) {
			b, y := beginTag(k), insideTag(k)
			best, arg := cur[b]+te[1+b][y], b
			if s := cur[y] + te[1+y][y]; s > best {
				best, arg = s, y
			}
			best += e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(arg)
		}
		// Keep scores near zero so long sequences cannot overflow;
		// disallowed paths stay far below.
		for y := range next {
			cur[y] = max(next[y]-top, neg)
		}
	}
	out = backtrace(&cur, n, out, back)
	return out, back
}

// decoder is viterbiBuf's work for one transition table done once: the
// scores of the allowed transitions, transposed (per tag, its
// predecessors) and shifted into the high bits of an int64 whose low byte
// ranks the predecessor (255 - x), so that the best predecessor of a tag,
// ties going to the lower index, is a branch-free max over sums.
type decoder struct {
	start [numTags]int32               // trans[0]: a sequence starting with y
	t     [numTags][numTags]int64      // t[y][x]: trans[1+x][y] << 8, or neg << 8 when not allowed
	trans *[numTags + 1][numTags]int32 // the table
	ref   bool                         // decode with viterbiBuf (tests: the reference)

	// BILOU (decodeBILOU): the tags that may start a mention or stay
	// outside (O, B-X, U-X) follow exactly the closed tags (O, L-X, U-X);
	// I-X and L-X follow exactly B-X and I-X.
	ct [numClosed][numClosed]int64 // ct[j][i]: trans[1+closedTags[i]][followClosed[j]] << 8
	it [len(types)][4]int64        // per type: B→I, I→I, B→L, I→L, << 8
}

// numClosed is the number of BILOU tags that close a mention (O, L-X,
// U-X), also the number of those that may follow them (O, B-X, U-X).
const numClosed = 1 + 2*len(types)

// closedTags are BILOU's tags after which a mention is closed (O, L-X,
// U-X), ascending; followClosed those that may follow them (O, B-X, U-X),
// ascending.
var closedTags, followClosed = func() (c, o [numClosed]int) {
	for k := range types {
		c[1+2*k], c[2+2*k] = lastTag(k), unitTag(k)
		o[1+2*k], o[2+2*k] = beginTag(k), unitTag(k)
	}
	return
}()

func newDecoder(trans *[numTags + 1][numTags]int32) *decoder {
	const neg = -1 << 28
	d := &decoder{trans: trans}
	for y := range numTags {
		d.start[y] = neg
		if allowedTab[0][y] {
			d.start[y] = trans[0][y]
		}
		for x := range numTags {
			v := int64(neg)
			if allowedTab[1+x][y] {
				v = int64(trans[1+x][y])
			}
			d.t[y][x] = v << 8
		}
	}
	if bilou {
		for j, y := range followClosed {
			for i, x := range closedTags {
				d.ct[j][i] = int64(trans[1+x][y]) << 8
			}
		}
		for k := range types {
			b, in, l := beginTag(k), insideTag(k), lastTag(k)
			d.it[k] = [4]int64{int64(trans[1+b][in]) << 8, int64(trans[1+in][in]) << 8,
				int64(trans[1+b][l]) << 8, int64(trans[1+in][l]) << 8}
		}
	}
	return d
}

// decode is viterbiBuf(emit, n, trans, out, back) for the decoder of
// trans: the same tags (TestDecoderMatchesViterbi).
func (d *decoder) decode(emit []int32, n int, out []int, back []uint8) ([]int, []uint8) {
	if n <= 0 {
		return out[:0], back
	}
	if d.ref {
		return viterbiBuf(emit, n, d.trans, out, back)
	}
	const neg = -1 << 28
	if cap(back) < n*numTags {
		back = make([]uint8, n*numTags)
	}
	back = back[:n*numTags]
	if bilou {
		return d.decodeBILOU(emit, n, out, back), back
	}
	var cur, next [numTags]int32
	e0 := (*[numTags]int32)(emit[:numTags])
	for y := range numTags {
		cur[y] = d.start[y] + e0[y]
	}
	for i := 1; i < n; i++ {
		e := (*[numTags]int32)(emit[i*numTags : i*numTags+numTags])
		bk := (*[numTags]uint8)(back[i*numTags : i*numTags+numTags])
		var c [numTags]int64
		for x, v := range cur {
			c[x] = int64(v)<<8 | int64(255-x)
		}
		top := int32(neg)
		// O and B-X follow any tag.
		for _, y := range openTags {
			t := &d.t[y]
			k := max(c[0]+t[0], c[1]+t[1], c[2]+t[2], c[3]+t[3], c[4]+t[4],
				c[5]+t[5], c[6]+t[6], c[7]+t[7], c[8]+t[8])
			best := int32(k>>8) + e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(255 - k&0xff)
		}
		// I-X follows B-X or I-X only (the others are far below).
		for typ := range len(types) {
			b, y := beginTag(typ), insideTag(typ)
			t := &d.t[y]
			k := max(c[b]+t[b], c[y]+t[y])
			best := int32(k>>8) + e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(255 - k&0xff)
		}
		for y := range next {
			cur[y] = max(next[y]-top, neg)
		}
	}
	out = backtrace(&cur, n, out, back)
	return out, back
}

// decodeBILOU is decode for BILOU tags (back holds n×numTags bytes): the
// recursion visits only the allowed transitions, 9 predecessors for each
// of the 9 tags that follow a closed mention and 2 for each of the 8 that
// continue one (97 sums a token instead of all-pairs' 289), with the same
// tags as viterbiAll, ties included (TestDecoderMatchesViterbi).
func (d *decoder) decodeBILOU(emit []int32, n int, out []int, back []uint8) []int {
	const neg = -1 << 28
	var cur, next [numTags]int32
	e0 := (*[numTags]int32)(emit[:numTags])
	for y := range numTags {
		cur[y] = d.start[y] + e0[y]
	}
	for i := 1; i < n; i++ {
		e := (*[numTags]int32)(emit[i*numTags : i*numTags+numTags])
		bk := (*[numTags]uint8)(back[i*numTags : i*numTags+numTags])
		var c [numTags]int64
		for x, v := range cur {
			c[x] = int64(v)<<8 | int64(255-x)
		}
		var cc [numClosed]int64
		for j, x := range closedTags {
			cc[j] = c[x]
		}
		top := int32(neg)
		// O, B-X and U-X follow O, L-X and U-X.
		for j, y := range followClosed {
			t := &d.ct[j]
			k := max(cc[0]+t[0], cc[1]+t[1], cc[2]+t[2], cc[3]+t[3], cc[4]+t[4],
				cc[5]+t[5], cc[6]+t[6], cc[7]+t[7], cc[8]+t[8])
			best := int32(k>>8) + e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(255 - k&0xff)
		}
		// I-X and L-X follow B-X and I-X.
		for typ := range len(types) {
			b, in, l := beginTag(typ), insideTag(typ), lastTag(typ)
			t := &d.it[typ]
			cb, ci := c[b], c[in]
			k := max(cb+t[0], ci+t[1])
			best := int32(k>>8) + e[in]
			next[in] = best
			top = max(top, best)
			bk[in] = uint8(255 - k&0xff)
			k = max(cb+t[2], ci+t[3])
			best = int32(k>>8) + e[l]
			next[l] = best
			top = max(top, best)
			bk[l] = uint8(255 - k&0xff)
		}
		for y := range next {
			cur[y] = max(next[y]-top, neg)
		}
	}
	return backtrace(&cur, n, out, back)
}

// viterbiAll is the Viterbi recursion over every pair of tags (te: the
// transitions, disallowed ones far below), for tag sets the specialized
// loops above do not cover (BILOU). Ties go to the lower tag index.
func viterbiAll(emit []int32, n int, te *[numTags + 1][numTags]int32, out []int, back []uint8) []int {
	const neg = -1 << 28
	var cur, next [numTags]int32
	for y := range numTags {
		cur[y] = te[0][y] + emit[y]
	}
	for i := 1; i < n; i++ {
		e := emit[i*numTags : i*numTags+numTags]
		bk := back[i*numTags : i*numTags+numTags]
		top := int32(neg)
		for y := range numTags {
			best, arg := cur[0]+te[1][y], 0
			for x := 1; x < numTags; x++ {
				if s := cur[x] + te[1+x][y]; s > best {
					best, arg = s, x
				}
			}
			best += e[y]
			next[y] = best
			top = max(top, best)
			bk[y] = uint8(arg)
		}
		for y := range next {
			cur[y] = max(next[y]-top, neg)
		}
	}
	out = backtrace(&cur, n, out, back)
	return out
}

// backtrace reads the best path of a Viterbi recursion into out (grown to
// n): the best tag allowed at the end (cur: the last position's scores),
// then the back pointers (back[i*numTags+y]: the best tag at i-1 before y
// at i).
func backtrace(cur *[numTags]int32, n int, out []int, back []uint8) []int {
	if cap(out) < n {
		out = make([]int, n)
	}
	out = out[:n]
	best := tagO
	for y := 1; y < numTags; y++ {
		if allowedEnd(y) && cur[y] > cur[best] {
			best = y
		}
	}
	out[n-1] = best
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*numTags+out[i]])
	}
	return out
}
