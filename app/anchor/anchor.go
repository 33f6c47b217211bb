// Package anchor re-attaches annotations to a text that differs from the
// one they were made on, the way Hypothesis anchors its selectors
// (hypothesis/client src/annotator/anchoring: types.ts, match-quote.ts).
//
// An annotation carries two selectors of its span: a position (Start, End:
// Unicode code points, half-open, into the text it was made on) and a quote
// (the exact text of the span plus up to annotation.ContextLen code points
// of context on each side). Anchoring in another text tries, in order:
//
//  1. the quote at its stored position, and the exact quote elsewhere,
//     each checked against its context: the best placement by context
//     wins, ties going to the one nearest the stored position (or, in
//     Annotations, to where the spans before it moved);
//  2. a bounded fuzzy search for the quote (at most one edit in four code
//     points of the quote, within FuzzyWindow code points of the stored
//     position), each candidate scored on quote, context and position as
//     Hypothesis does (weights 50, 20, 20, 2), accepted only when it is
//     close (MinContext, MinFuzzyScore) and unique (no other placement
//     that does not overlap it scores within FuzzyMargin); quotes shorter
//     than MinFuzzyQuote or longer than MaxFuzzyQuote are matched exactly
//     only, so the search costs at most O(FuzzyWindow × MaxFuzzyQuote);
//  3. otherwise the annotation is an orphan: it is reported, never moved
//     to another occurrence of its quote whose context does not match
//     (case A17: in قال أحمد إن أحمد سيزور دمشق → قال أحمد إن خالد سيزور
//     دمشق, the second أحمد is orphaned, not moved to the first).
//
// When the text the annotations were made on is known (a file that
// carries it), Carry first moves every span whose characters a diff of the
// two texts (github.com/sergi/go-diff) keeps unchanged, and anchors only
// the others as above.
//
// Quotes and contexts are compared in Unicode NFC (the texts themselves are
// never normalized: offsets always index the exact text given), and a
// match starts and ends on NFC segment boundaries, so a span never cuts a
// letter from its marks. Offsets are code points in and out; Describe and
// Text.Anchor are inverse on an unchanged text.
//
// The package imports no user-interface code and is tested natively.
package anchor

import (
	"cmp"
	"index/suffixarray"
	"slices"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"golang.org/x/text/unicode/norm"
)

// Selector describes a span of a text: a position selector (Start, End, in
// code points, half-open) and a quote selector (Exact, with Prefix and
// Suffix context). It is the W3C/Hypothesis TextPositionSelector plus
// TextQuoteSelector pair, as stored in annotation.Annotation.
type Selector struct {
	Start, End     int
	Exact          string
	Prefix, Suffix string
}

// Describe returns the selector of text[start:end) (code points), with
// annotation.ContextLen code points of context each side (fewer at the ends
// of the text). It returns an EINVALID error for a range outside text.
func Describe(text string, start, end int) (Selector, error) {
	a, err := annotation.Select(text, start, end, "")
	if err != nil {
		return Selector{}, err
	}
	return FromAnnotation(a), nil
}

// FromAnnotation returns the selector an annotation stores.
func FromAnnotation(a annotation.Annotation) Selector {
	return Selector{Start: a.Start, End: a.End, Exact: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix}
}

// Method says how a selector was anchored.
type Method uint8

// Methods, from most to least certain (Diff, added last, is as certain as
// Position: the characters are the same ones).
const (
	Orphan   Method = iota // not anchored
	Position               // the quote at its stored position, context agreeing
	Quote                  // the exact quote elsewhere, found by its context
	Fuzzy                  // an approximate quote, scored on quote, context and position
	Diff                   // carried through a diff of the old and new texts, its characters unchanged (Carry)
)

func (m Method) String() string {
	return [...]string{"orphan", "position", "quote", "fuzzy", "diff"}[m]
}

// Match is where a selector was anchored: [Start, End) in code points of the
// text, or Method Orphan. Score is in [0, 1]: the context agreement for
// Position and Quote, the weighted quote/context/position score for Fuzzy.
type Match struct {
	Start, End int
	Method     Method
	Score      float64
}

// Thresholds. A placement needs the context (the mean similarity of the
// prefix and suffix the selector stores to the text around the placement,
// each 1 − Levenshtein distance / stored length) to reach MinContext; at the
// stored position MinContextAtPosition is enough, the position itself being
// evidence. A fuzzy placement also needs its quote within MaxEditRatio edits
// per code point and a total score of MinFuzzyScore.
const (
	MinContext           = 0.6
	MinContextAtPosition = 0.5
	MaxEditRatio         = 0.25
	MinFuzzyScore        = 0.75
	FuzzyWindow          = 4096 // code points searched on each side of the stored position
	MinFuzzyQuote        = 4    // shorter quotes are only matched exactly
	MaxFuzzyQuote        = 256  // longer quotes are only matched exactly
	FuzzyMargin          = 0.03 // a second placement, not overlapping the best, scoring within this of it makes the match ambiguous: orphan
)

// Text is a text prepared for anchoring many selectors: its NFC form with a
// map back to code points of the text as given, and a suffix array of the
// NFC form to find every occurrence of a quote.
type Text struct {
	orig []rune // the text as given
	nfc  []rune // its NFC form
	at   []int  // len(nfc)+1: code-point offset in orig of the NFC segment holding nfc[i]; at[len] = len(orig)
	cut  []bool // len(nfc)+1: cut[i] is true where an NFC segment starts (and at the end)

	index  *suffixarray.Index // over the UTF-8 bytes of nfc
	byRune []int32            // byte offset in the UTF-8 of nfc → index in nfc

	// fuzzyCells is what is left of the fuzzy-search budget (MaxFuzzyCells
	// dynamic-programming cells over the Text's lifetime); a fuzzy search
	// that would exceed it is not run, and the selector is an orphan.
	fuzzyCells int
}

// MaxFuzzyCells bounds the total fuzzy-matching work on one Text: 2^24
// cells of Sellers' table (about 0.3 s on the loaded build machine, see
// BENCHMARKS.md), however many long quotes fail to match exactly. Past it,
// selectors not found exactly are orphans.
const MaxFuzzyCells = 1 << 24

// NewText prepares s for anchoring.
func NewText(s string) *Text {
	t := &Text{orig: []rune(s), fuzzyCells: MaxFuzzyCells}
	cp := 0
	for pos := 0; pos < len(s); {
		// Segments between NFC boundaries normalize independently.
		n := norm.NFC.NextBoundaryInString(s[pos:], true)
		if n <= 0 {
			n = len(s) - pos
		}
		seg := s[pos : pos+n]
		for i, r := range []rune(norm.NFC.String(seg)) {
			t.nfc = append(t.nfc, r)
			t.at = append(t.at, cp)
			t.cut = append(t.cut, i == 0)
		}
		cp += utf8.RuneCountInString(seg)
		pos += n
	}
	t.at = append(t.at, cp)
	t.cut = append(t.cut, true)
	b := []byte(string(t.nfc))
	t.byRune = make([]int32, len(b)+1)
	i := int32(0)
	for off := range string(b) {
		t.byRune[off] = i
		i++
	}
	t.byRune[len(b)] = i
	t.index = suffixarray.New(b)
	return t
}

// Len returns the length of the text in code points.
func (t *Text) Len() int { return len(t.orig) }

func nfcRunes(s string) []rune { return []rune(norm.NFC.String(s)) }

// nfcAt returns the index in the NFC form where the code point cp of the
// text starts a segment, and whether it does.
func (t *Text) nfcAt(cp int) (int, bool) {
	i, _ := slices.BinarySearch(t.at, cp)
	return i, i < len(t.at) && t.at[i] == cp && t.cut[i]
}

// candidate is an exact occurrence of the quote, [i, j) in the NFC form.
type candidate struct {
	i, j int
	ctx  float64
	ev   bool
}

// Anchor finds sel in the text (see the package documentation).
func (t *Text) Anchor(sel Selector) Match { return t.anchor(sel, sel.Start) }

// anchor is Anchor with the place the span is expected at now (code
// points; the stored start shifted as the spans before it were) used,
// after the stored position, to break ties and order the search.
func (t *Text) anchor(sel Selector, expect int) Match {
	quote := nfcRunes(sel.Exact)
	if len(quote) == 0 {
		return Match{Method: Orphan}
	}
	pre, suf := nfcRunes(sel.Prefix), nfcRunes(sel.Suffix)
	ctxOf := func(i, j int) candidate {
		c := candidate{i: i, j: j}
		c.ctx, c.ev = t.context(i, j, pre, suf)
		return c
	}
	match := func(c candidate, m Method) Match {
		if !c.ev {
			c.ctx = 1
		}
		return Match{Start: t.at[c.i], End: t.at[c.j], Method: m, Score: c.ctx}
	}

	// 1. The quote at its stored position.
	var atPos *candidate
	if i, ok := t.nfcAt(sel.Start); ok && sel.Start < sel.End && i+len(quote) <= len(t.nfc) &&
		t.at[i+len(quote)] == sel.End && t.cut[i+len(quote)] && slices.Equal(t.nfc[i:i+len(quote)], quote) {
		c := ctxOf(i, i+len(quote))
		if !c.ev || c.ctx == 1 {
			return match(c, Position)
		}
		atPos = &c
	} else if m, ok := t.exactAt(sel, quote, pre, suf); ok {
		return m // a span that does not start or end on an NFC boundary
	}

	// 2. Every occurrence of the quote, nearest to the expected place
	// first; a perfect context ends the search.
	exp, _ := t.nfcAt(expect)
	if expect != sel.Start && t.cut[min(exp, len(t.nfc))] && exp+len(quote) <= len(t.nfc) && t.cut[exp+len(quote)] && slices.Equal(t.nfc[exp:exp+len(quote)], quote) {
		if c := ctxOf(exp, exp+len(quote)); c.ev && c.ctx == 1 {
			return match(c, Quote) // moved as the spans before it did
		}
	}
	var found []int
	for _, off := range t.index.Lookup([]byte(string(quote)), -1) {
		i := int(t.byRune[off])
		if t.cut[i] && t.cut[i+len(quote)] {
			found = append(found, i)
		}
	}
	slices.SortFunc(found, func(a, b int) int { return cmp.Or(abs(a-exp)-abs(b-exp), a-b) })
	var best *candidate
	for _, i := range found {
		if atPos != nil && i == atPos.i {
			continue
		}
		c := ctxOf(i, i+len(quote))
		if best == nil || c.ctx > best.ctx {
			best = &c
		}
		if c.ev && c.ctx == 1 {
			break
		}
	}
	switch {
	case atPos != nil && atPos.ctx >= MinContextAtPosition && (best == nil || best.ctx <= atPos.ctx || best.ctx < MinContext):
		return match(*atPos, Position)
	case best != nil && best.ev && best.ctx >= MinContext:
		return match(*best, Quote)
	case best != nil && !best.ev && atPos == nil && len(found) == 1:
		return match(*best, Quote)
	}

	// 3. Fuzzy quote near the expected place.
	if len(pre)+len(suf) == 0 || len(quote) < MinFuzzyQuote || len(quote) > MaxFuzzyQuote {
		return Match{Method: Orphan}
	}
	return t.fuzzy(sel, exp, quote, pre, suf)
}

// exactAt checks the stored position of a span that cuts an NFC segment
// (e.g. a letter from its marks), comparing the NFC forms of the quote and
// of the text there, and of the contexts with the text around it.
func (t *Text) exactAt(sel Selector, quote, pre, suf []rune) (Match, bool) {
	if sel.Start < 0 || sel.Start >= sel.End || sel.End > len(t.orig) || !slices.Equal(nfcRunes(string(t.orig[sel.Start:sel.End])), quote) {
		return Match{}, false
	}
	around := &Text{
		nfc: append(append(append([]rune{}, nfcRunes(string(t.orig[max(0, sel.Start-len(pre)):sel.Start]))...), quote...),
			nfcRunes(string(t.orig[sel.End:min(len(t.orig), sel.End+len(suf))]))...),
	}
	i := len(around.nfc) - len(quote) - len(nfcRunes(string(t.orig[sel.End:min(len(t.orig), sel.End+len(suf))])))
	ctx, ev := around.context(i, i+len(quote), pre, suf)
	// The edges of this excerpt are the text's only when they are.
	if (len(pre) == 0 && sel.Start > 0) || (len(suf) == 0 && sel.End < len(t.orig)) {
		ctx, ev = t.contextNoEdge(around, i, i+len(quote), pre, suf)
	}
	if ev && ctx < MinContextAtPosition {
		return Match{}, false
	}
	if !ev {
		ctx = 1
	}
	return Match{Start: sel.Start, End: sel.End, Method: Position, Score: ctx}, true
}

// contextNoEdge is context over an excerpt whose edges are not the text's.
func (t *Text) contextNoEdge(around *Text, i, j int, pre, suf []rune) (float64, bool) {
	p, pw, s, sw := around.sides(i, j, pre, suf)
	if len(pre) == 0 {
		pw = 0
	}
	if len(suf) == 0 {
		sw = 0
	}
	if pw+sw == 0 {
		return 0, false
	}
	return (p*float64(pw) + s*float64(sw)) / float64(pw+sw), true
}

// edgeWeight is the weight of a side whose stored context is empty and
// which is at the edge of the text now too (the span was and is at the
// text's start or end).
const edgeWeight = 8

// sides compares the stored prefix with the text before nfc[i] and the
// stored suffix with the text from nfc[j] (NFC indices). For each side it
// returns a similarity (see similarity) and a weight, the number of code
// points compared: where the text ends sooner than the stored context, only
// the part of the context next to the span is compared. A side whose stored
// context is empty weighs edgeWeight if the span is at that edge of the
// text, else 0.
func (t *Text) sides(i, j int, pre, suf []rune) (p float64, pw int, s float64, sw int) {
	if len(pre) > 0 {
		w := t.nfc[max(0, i-len(pre)):i]
		if len(w) > 0 {
			p, pw = similarity(pre[len(pre)-len(w):], w), len(w)
		}
	} else if i == 0 {
		p, pw = 1, edgeWeight
	}
	if len(suf) > 0 {
		w := t.nfc[j:min(len(t.nfc), j+len(suf))]
		if len(w) > 0 {
			s, sw = similarity(suf[:len(w)], w), len(w)
		}
	} else if j == len(t.nfc) {
		s, sw = 1, edgeWeight
	}
	return p, pw, s, sw
}

// context returns the weighted mean similarity of the two sides of
// nfc[i:j], and whether there was anything to compare.
func (t *Text) context(i, j int, pre, suf []rune) (float64, bool) {
	p, pw, s, sw := t.sides(i, j, pre, suf)
	if pw+sw == 0 {
		return 0, false
	}
	return (p*float64(pw) + s*float64(sw)) / float64(pw+sw), true
}

// similarity is 1 − Levenshtein(want, got) / len(want), at least 0.
func similarity(want, got []rune) float64 {
	if len(want) == 0 || slices.Equal(want, got) {
		return 1
	}
	return max(0, 1-float64(levenshtein(want, got))/float64(len(want)))
}

// levenshtein returns the edit distance between a and b (insertions,
// deletions and substitutions of code points, each costing 1).
func levenshtein(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// maxFuzzyEnds bounds the candidates a fuzzy search scores.
const maxFuzzyEnds = 512

// fuzzy runs Sellers' approximate string matching for quote over the NFC
// text within FuzzyWindow of the stored position, then scores each
// candidate (every end within the edit budget, its start chosen by edit
// distance, ending and starting on NFC segment boundaries) on quote,
// context and position.
func (t *Text) fuzzy(sel Selector, hint int, quote, pre, suf []rune) Match {
	m := len(quote)
	k := int(float64(m) * MaxEditRatio)
	lo, hi := max(0, hint-FuzzyWindow), min(len(t.nfc), hint+m+FuzzyWindow)
	if cells := (hi - lo) * m; cells > t.fuzzyCells {
		return Match{Method: Orphan} // budget spent: no freeze
	} else {
		t.fuzzyCells -= cells
	}
	col := make([]int, m+1)
	for i := range col {
		col[i] = i
	}
	type end struct{ j, d int }
	var ends []end
	for j := lo; j < hi; j++ {
		diag := col[0] // D[0][j-1] = 0: a match may start anywhere
		col[0] = 0
		for i := 1; i <= m; i++ {
			c := diag
			if quote[i-1] != t.nfc[j] {
				c++
			}
			diag = col[i]
			col[i] = min(c, col[i]+1, col[i-1]+1)
		}
		if d := col[m]; d <= k && t.cut[j+1] && len(ends) < maxFuzzyEnds {
			ends = append(ends, end{j + 1, d})
		}
	}
	best := Match{Method: Orphan}
	var passed []Match
	span := float64(max(len(t.orig), 1))
	for _, e := range ends {
		bs, bd := -1, k+1
		for s := max(lo, e.j-m-k); s <= e.j-m+k && s < e.j; s++ {
			if !t.cut[s] {
				continue
			}
			if d := levenshtein(quote, t.nfc[s:e.j]); d < bd || (d == bd && abs(e.j-s-m) < abs(e.j-bs-m)) {
				bs, bd = s, d
			}
		}
		if bs < 0 {
			continue
		}
		start, stop := t.at[bs], t.at[e.j]
		ctx, _ := t.context(bs, e.j, pre, suf)
		qs := 1 - float64(bd)/float64(m)
		ps, pw, ss, sw := t.sides(bs, e.j, pre, suf)
		if pw == 0 { // a side without evidence scores as the other one
			ps = ss
		} else if sw == 0 {
			ss = ps
		}
		pos := max(0, 1-float64(abs(start-sel.Start))/span)
		score := (50*qs + 20*ps + 20*ss + 2*pos) / 92
		if ctx < MinContext || score < MinFuzzyScore {
			continue
		}
		m := Match{Start: start, End: stop, Method: Fuzzy, Score: score}
		passed = append(passed, m)
		if score > best.Score {
			best = m
		}
	}
	for _, m := range passed {
		if (m.End <= best.Start || m.Start >= best.End) && m.Score >= best.Score-FuzzyMargin {
			return Match{Method: Orphan} // two places fit about as well: ambiguous
		}
	}
	return best
}
