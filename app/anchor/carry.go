package anchor

import (
	"slices"
	"time"
	"unicode"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/sergi/go-diff/diffmatchpatch"
	"golang.org/x/text/unicode/norm"
)

// DiffTimeout bounds the character diff of Carry; past it go-diff returns
// a coarser but still correct diff (fewer, longer changes), so fewer spans
// are carried and more are re-anchored by their quotes.
const DiffTimeout = time.Second

// Carry anchors anns, made on the text old, in the text now, when old is
// known (a file that carries its text): it first computes a character diff
// of old and now (github.com/sergi/go-diff, Myers' O(ND) algorithm as in
// Google's diff-match-patch, bounded by DiffTimeout) and moves every
// annotation whose span lies inside text the diff keeps unchanged by the
// shift of that text (Method Diff): it covers the same characters it
// covered (unless a combining mark was added right after an edge, which
// would cut a letter from its mark). The others, whose text was edited, are anchored as by
// Annotations (quote and context, then a bounded fuzzy match, else
// orphan). Result.Placed and Result.Orphans keep the order of anns; links
// to an orphan are cleared. Offsets are code points; anns is not modified.
func Carry(old, now string, anns []annotation.Annotation) Result {
	o, n := []rune(old), []rune(now)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = DiffTimeout
	type seg struct{ old, new, len int }
	var same []seg
	i, j := 0, 0
	for _, d := range dmp.DiffMainRunes(o, n, false) {
		k := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			same = append(same, seg{i, j, k})
			i, j = i+k, j+k
		case diffmatchpatch.DiffDelete:
			i += k
		case diffmatchpatch.DiffInsert:
			j += k
		}
	}
	done := make([]*Placed, len(anns))
	for idx, a := range anns {
		s, ok := slices.BinarySearchFunc(same, a.Start, func(g seg, x int) int {
			switch {
			case g.old+g.len <= x:
				return -1
			case g.old > x:
				return 1
			}
			return 0
		})
		if !ok || a.Start >= a.End || a.End > same[s].old+same[s].len {
			continue
		}
		g := same[s]
		start, end := a.Start-g.old+g.new, a.End-g.old+g.new
		if norm.NFC.String(string(n[start:end])) != norm.NFC.String(a.Quote) || cutsMark(o, a.End, n, end) || cutsMark(o, a.Start, n, start) {
			continue
		}
		sel := FromAnnotation(a)
		b := a
		c := annotation.ContextLen
		b.Start, b.End = start, end
		b.Quote = string(n[start:end])
		b.Prefix, b.Suffix = string(n[max(0, start-c):start]), string(n[end:min(len(n), end+c)])
		done[idx] = &Placed{Ann: b, From: sel, Match: Match{Start: start, End: end, Method: Diff, Score: 1}}
	}
	return collect(anns, NewText(now).placeAll(anns, done))
}

// cutsMark reports whether a span boundary at j in now would separate a
// letter from a combining mark that follows it there but did not follow
// it at i in old (a haraka added right after the span).
func cutsMark(old []rune, i int, now []rune, j int) bool {
	mark := func(t []rune, k int) bool { return k < len(t) && unicode.Is(unicode.Mn, t[k]) }
	return mark(now, j) && !mark(old, i)
}
