package store

import (
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// docText is a document's text indexed by code point without a copy of it:
// the byte offset of every textStep-th code point, so that Slice costs a
// lookup and a scan of fewer than textStep code points, and the slices it
// returns share the text's memory (a quote, prefix or suffix of an
// annotation read from storage costs no allocation). A []rune of the text
// would take 4 bytes per code point; this takes 4 bytes per textStep.
type docText struct {
	s     string
	n     int     // length in code points
	marks []int32 // marks[i]: byte offset of code point i*textStep
}

const textStep = 32

func newDocText(s string) *docText {
	t := &docText{s: s, marks: make([]int32, 0, len(s)/textStep/2+1)}
	n := 0
	for i := 0; i < len(s); {
		if n%textStep == 0 {
			t.marks = append(t.marks, int32(i))
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	t.n = n
	return t
}

// byteAt returns the byte offset of code point cp, 0 <= cp <= t.n.
func (t *docText) byteAt(cp int) int {
	if cp >= t.n {
		return len(t.s)
	}
	i := int(t.marks[cp/textStep])
	for k := cp % textStep; k > 0; k-- {
		if t.s[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(t.s[i:])
			i += size
		}
	}
	return i
}

// slice returns the code points [start,end) of the text, clamped to it.
func (t *docText) slice(start, end int) string {
	start, end = min(max(start, 0), t.n), min(max(end, 0), t.n)
	if start >= end {
		return ""
	}
	return t.s[t.byteAt(start):t.byteAt(end)]
}

// context returns the annotation context (annotation.ContextLen code
// points) before start and after end.
func (t *docText) context(start, end int) (prefix, suffix string) {
	return t.slice(start-annotation.ContextLen, start), t.slice(end, end+annotation.ContextLen)
}

// validate checks a against the text as annotation.ValidateRunes does,
// without converting the text to code points: the checks of a sound
// annotation whose quote is the text's own cost no allocation; anything
// else is left to ValidateRunes (which also words the error).
func (t *docText) validate(a annotation.Annotation) error {
	if a.ID != "" && a.Start >= 0 && a.Start < a.End && a.End <= t.n &&
		a.Label.Valid() && a.Source.Valid() && a.Status.Valid() &&
		(a.Type == "" || annotation.Label(a.Type).IsTemporal()) &&
		a.Quote == t.slice(a.Start, a.End) {
		return nil
	}
	if a.Start >= 0 && a.Start < a.End && a.End <= t.n {
		// A quote that differs from the text only by its normalization
		// (ValidateRunes compares in NFC).
		w := []rune(t.slice(a.Start, a.End))
		b := a
		b.Start, b.End = 0, len(w)
		if b.ValidateRunes(w) == nil {
			return nil
		}
	}
	return a.ValidateRunes([]rune(t.s))
}
