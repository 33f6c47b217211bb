package textmap

import (
	"slices"
	"strings"
	"unicode"

	"github.com/hashiya/hashiya/app/arabic"
)

// Graphemes returns the boundaries of the user-perceived characters of text
// (code-point offsets, starting with 0 and ending with len(text)). It follows
// the main rules of Unicode's extended grapheme clusters (UAX #29): CR LF
// stays together; combining marks (Mn, Mc, Me, so Arabic tashkeel and
// variation selectors), ZWJ/ZWNJ, emoji skin-tone modifiers and tag
// characters extend the previous character; ZWJ joins two emoji; regional
// indicators pair into flags. Hangul syllable rules and prepended marks are
// not applied.
func Graphemes(text []rune) []int {
	b := make([]int, 0, len(text)+1)
	b = append(b, 0)
	ri := 0 // regional indicators in the current run
	for i := 1; i < len(text); i++ {
		prev, r := text[i-1], text[i]
		if isRegional(prev) {
			ri++
		} else {
			ri = 0
		}
		switch {
		case prev == '\r' && r == '\n':
		case extends(r):
		case prev == 0x200D && isPictographic(r) && i >= 2 && (isPictographic(text[i-2]) || extends(text[i-2])):
		case isRegional(prev) && isRegional(r) && ri%2 == 1:
		default:
			b = append(b, i)
		}
	}
	if len(text) > 0 {
		b = append(b, len(text))
	}
	return b
}

func extends(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) ||
		r == 0x200C || r == 0x200D ||
		r >= 0x1F3FB && r <= 0x1F3FF || // emoji modifiers (skin tones)
		r >= 0xE0020 && r <= 0xE007F // tags
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isPictographic approximates Extended_Pictographic: the emoji and symbol
// blocks emoji sequences are built from.
func isPictographic(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r >= 0x2300 && r <= 0x23FF || r >= 0x2B00 && r <= 0x2BFF ||
		r == 0x00A9 || r == 0x00AE || r >= 0x2190 && r <= 0x21FF
}

// Snap turns a raw selection [start,end) of text (code points, in either
// order: a selection dragged leftwards may give start > end) into the span a
// person means, or ok=false when nothing is left:
//
//  1. the edges move outwards to grapheme boundaries, so an emoji, a letter
//     with its tashkeel or a flag is never cut (no broken surrogate or lone
//     mark is stored);
//  2. white space, format controls and punctuation at the edges are dropped
//     («لافروف» gives لافروف);
//  3. an edge inside a word moves outwards to the word's boundary, so a
//     word-initial proclitic (و ف ب ل ك) belongs to the word: a press on the
//     left half of its first letter, which the browser reports as a start
//     after it, still takes the whole word. Words and numbers are
//     app/arabic's tokens (1,250 is one).
//
// Snap is SnapWith with the zero Options.
func Snap(text []rune, start, end int) (s, e int, ok bool) {
	return SnapWith(text, start, end, Options{})
}

// Options change how SnapWith treats a selection.
type Options struct {
	// LeaveProclitic keeps a start just after attached proclitics (app/arabic's
	// Proclitics), so that القاهرة can be chosen inside وبالقاهرة, as the
	// annotation guidelines want for spans; the person asks for it with a
	// modifier or a toggle. The article ال is never split off (a start
	// between ال and the stem goes back to the word's start).
	LeaveProclitic bool
}

// SnapWith is Snap with options.
func SnapWith(text []rune, start, end int, opt Options) (s, e int, ok bool) {
	if start > end {
		start, end = end, start
	}
	start = min(max(start, 0), len(text))
	end = min(max(end, 0), len(text))
	if start == end {
		return start, end, false
	}
	// Work on the stretch between the white space around the selection:
	// neither grapheme clusters (but CR LF) nor words cross white space.
	lo, hi := start, end
	for lo > 0 && !unicode.IsSpace(text[lo-1]) {
		lo--
	}
	for hi < len(text) && !unicode.IsSpace(text[hi]) {
		hi++
	}
	g := Graphemes(text[lo:hi])
	for i := range g {
		g[i] += lo
	}
	// 1. grapheme boundaries: start down, end up.
	if k, found := slices.BinarySearch(g, start); !found {
		start = g[k-1]
	}
	if k, found := slices.BinarySearch(g, end); !found {
		end = g[k]
	}
	// 2. trim.
	for start < end && trimmable(text[start]) {
		k, _ := slices.BinarySearch(g, start)
		start = g[k+1]
	}
	for end > start && trimmable(text[end-1]) {
		k, _ := slices.BinarySearch(g, end)
		end = g[k-1]
	}
	if start >= end {
		return start, start, false
	}
	// 3. words.
	for _, t := range arabic.Tokenize(string(text[lo:hi])) {
		t.Start, t.End = t.Start+lo, t.End+lo
		if t.Kind != arabic.Word && t.Kind != arabic.Number {
			continue
		}
		if t.Start < start && start < t.End {
			if t.Kind != arabic.Word || !opt.LeaveProclitic || !procliticBoundary(text[t.Start:t.End], start-t.Start) {
				start = t.Start
			}
		}
		if t.Start < end && end < t.End {
			end = t.End
		}
	}
	return start, end, start < end
}

// procliticBoundary reports whether k is the length of a proclitic prefix of
// word that does not end with the article ال.
func procliticBoundary(word []rune, k int) bool {
	for _, p := range arabic.Proclitics(word) {
		if p == k && k > 0 {
			pre := arabic.FoldString(string(word[:k]))
			return !strings.HasSuffix(pre, "ال")
		}
	}
	return false
}

// trimmable reports runes dropped from the edges of a selection: white
// space, invisible format controls and punctuation.
func trimmable(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsPunct(r)
}

// WordAt returns the word a double-click on the character at i (a code
// point offset, the character whose glyph is under the pointer) means: the
// word or number token (app/arabic's Tokenize) holding i, with its
// proclitics (وبالقاهرة is one word), never the punctuation glued to it. A
// press on punctuation glued to a word («الوفد؟», «(القدس)») gives that
// word, the one before it first. ok is false on white space, on symbols and
// emoji, and on punctuation with no word in its stretch between white
// space, where the browser's own choice stands.
func WordAt(text []rune, i int) (s, e int, ok bool) {
	if i < 0 || i >= len(text) || unicode.IsSpace(text[i]) {
		return 0, 0, false
	}
	lo, hi := i, i+1
	for lo > 0 && !unicode.IsSpace(text[lo-1]) {
		lo--
	}
	for hi < len(text) && !unicode.IsSpace(text[hi]) {
		hi++
	}
	toks := arabic.Spans(text[lo:hi], nil)
	at := -1
	for k, t := range toks {
		if t.Start+lo <= i && i < t.End+lo {
			at = k
		}
	}
	if at < 0 { // a format control between tokens
		return 0, 0, false
	}
	word := func(k int) bool { return toks[k].Kind == arabic.Word || toks[k].Kind == arabic.Number }
	if !word(at) {
		if !unicode.IsPunct(text[i]) {
			return 0, 0, false
		}
		found := -1
		for k := at - 1; k >= 0 && found < 0; k-- {
			if word(k) {
				found = k
			}
		}
		for k := at + 1; k < len(toks) && found < 0; k++ {
			if word(k) {
				found = k
			}
		}
		if found < 0 {
			return 0, 0, false
		}
		at = found
	}
	return toks[at].Start + lo, toks[at].End + lo, true
}
