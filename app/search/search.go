// Package search finds a query in an Arabic text the way a reader means it:
// ignoring tashkeel, tatweel, the hamza forms of alef (أ إ آ ٱ), ؤ/و and
// ئ/ي, ة/ه, ى/ي, the digit script (Western, Eastern Arabic, Persian),
// presentation forms, invisible format controls and Latin letter case. The
// folding is app/arabic's Fold, whose offset map gives each hit as a span
// of the original text.
//
// Offsets are Unicode code points, half-open [Start, End), into the exact
// text given to New; a hit covers the diacritics that follow its last
// letter (arabic.Folded.Span), so labelling a hit keeps its tashkeel.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/arabic"
)

// Hit is one match, in code points of the original text.
type Hit struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Options tune Find.
type Options struct {
	// WholeWord keeps only hits with no letter (arabic.IsLetter) or digit
	// right before or after them in the text: حكومة then does not match
	// inside وحكومة or الحكومات.
	WholeWord bool
	// Limit stops after that many hits (0: no limit).
	Limit int
}

// Index is a text prepared for searching: folded once, searched many times.
// Building it costs O(n) time and about 12 bytes per code point.
type Index struct {
	text   []rune
	folded arabic.Folded
	s      string // folded text, lower-cased, as a string for strings.Index
}

// New folds text for searching.
func New(text string) *Index {
	f := arabic.Fold(text)
	for i, r := range f.Runes {
		f.Runes[i] = lower(r)
	}
	return &Index{text: []rune(text), folded: f, s: string(f.Runes)}
}

// lower lower-cases Latin and other cased letters one rune for one rune, so
// the offset map stays valid.
func lower(r rune) rune {
	if r < 0x0600 || r > 0x06FF {
		return unicode.ToLower(r)
	}
	return r
}

// Fold returns the form of query that Find searches for (arabic.FoldString,
// lower-cased, outer white space trimmed, inner runs of white space kept).
func Fold(query string) string {
	q := []rune(arabic.FoldString(strings.TrimSpace(query)))
	for i, r := range q {
		q[i] = lower(r)
	}
	return string(q)
}

// Find returns the hits of query in the text, in text order,
// non-overlapping (the search resumes after each hit). A query that folds
// to nothing (empty, only tashkeel) has no hits.
func (ix *Index) Find(query string, opt Options) []Hit {
	q := Fold(query)
	if q == "" {
		return nil
	}
	qn := utf8.RuneCountInString(q)
	var hits []Hit
	byteAt, runeAt := 0, 0 // folded position reached, in bytes and in runes
	for byteAt <= len(ix.s) {
		k := strings.Index(ix.s[byteAt:], q)
		if k < 0 {
			break
		}
		i := runeAt + utf8.RuneCountInString(ix.s[byteAt:byteAt+k])
		start, end := ix.folded.Span(i, i+qn)
		byteAt, runeAt = byteAt+k, i
		if !opt.WholeWord || ix.wordEdges(start, end) {
			hits = append(hits, Hit{start, end})
			if opt.Limit > 0 && len(hits) >= opt.Limit {
				break
			}
			byteAt += len(q) // no overlapping hits
			runeAt += qn
			continue
		}
		_, size := utf8.DecodeRuneInString(ix.s[byteAt:])
		byteAt += size
		runeAt++
	}
	return hits
}

// wordEdges reports whether [start,end) of the original text has no word
// character just outside it.
func (ix *Index) wordEdges(start, end int) bool {
	wordy := func(r rune) bool { return arabic.IsLetter(r) || arabic.IsDigit(r) || unicode.IsDigit(r) }
	if start > 0 && wordy(ix.text[start-1]) && !arabic.IsMark(ix.text[start-1]) {
		return false
	}
	if start > 0 && arabic.IsMark(ix.text[start-1]) {
		// A mark before the hit belongs to the previous letter.
		j := start - 1
		for j > 0 && arabic.IsMark(ix.text[j]) {
			j--
		}
		if wordy(ix.text[j]) {
			return false
		}
	}
	if end < len(ix.text) && wordy(ix.text[end]) {
		return false
	}
	return true
}

// Len returns the length of the indexed text in code points.
func (ix *Index) Len() int { return len(ix.text) }
