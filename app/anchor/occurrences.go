package anchor

import (
	"slices"
	"unicode"

	"github.com/hashiya/hashiya/app/arabic"
)

// Occurrence is a place where a quote occurs in a text.
type Occurrence struct {
	Start, End int // the span in code points, half-open, without the proclitic
	Clitic     int // code points of the proclitic attached before Start; 0 for a whole word
}

// Occurrences returns the places where quote occurs in text as whole words,
// sorted by Start, comparing the arabic.Fold forms of both, so that
// tashkeel, tatweel and hamza/alef variants match (case A22: الـــقـــاهـــرة
// matches القاهرة, and the span covers the original characters, trailing
// marks included).
//
// Whole words means the match is neither preceded nor followed by a letter
// or digit: حكومة does not match inside وحكومة or حكومته. With clitics set,
// a match preceded by a proclitic of its word (arabic.Proclitics: و ف, then
// ب ل ك, then ال, with لل for ل + ال) is returned too, its span excluding
// the proclitic and Clitic giving the proclitic's length (case A18: وحكومة
// and وللحكومة). Nothing is returned for a quote without letters or digits.
func Occurrences(text, quote string, clitics bool) []Occurrence {
	q := []rune(arabic.FoldString(quote))
	if !slices.ContainsFunc(q, isWord) {
		return nil
	}
	f := arabic.Fold(text)
	r := f.Runes
	var out []Occurrence
	for i := 0; i+len(q) <= len(r); i++ {
		if r[i] != q[0] || !slices.Equal(r[i:i+len(q)], q) {
			continue
		}
		j := i + len(q)
		if isWord(q[len(q)-1]) && j < len(r) && isWord(r[j]) {
			continue // the word goes on: حكومته
		}
		start, end := f.Span(i, j)
		if !isWord(q[0]) || i == 0 || !isWord(r[i-1]) {
			out = append(out, Occurrence{Start: start, End: end})
			continue
		}
		if !clitics {
			continue
		}
		w := i
		for w > 0 && isWord(r[w-1]) {
			w--
		}
		k := w
		for k < len(r) && isWord(r[k]) {
			k++
		}
		if slices.Contains(arabic.Proclitics(r[w:k]), i-w) {
			out = append(out, Occurrence{Start: start, End: end, Clitic: start - f.Orig[w]})
		}
	}
	return out
}

// isWord reports whether r is part of a word: a letter, a mark or a digit
// (digits are ASCII after folding).
func isWord(r rune) bool { return arabic.IsLetter(r) || unicode.IsDigit(r) }
