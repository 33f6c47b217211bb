// Package arabic provides the Arabic text handling shared by Hashiya's
// recognizers: orthographic folding with an offset map back to the original
// text, digit values in every script, tokenization and proclitic analysis.
//
// All offsets are Unicode code points (indices into []rune(text)), half-open
// [start, end), into the exact original text. The original text is never
// modified: folding produces a separate rune slice plus a map back.
package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Folded is a folded copy of a text with a map from each folded rune back to
// the original text.
//
// Runes holds the folded text. Orig has len(Runes)+1 entries: Orig[i] is the
// code-point offset in the original text of the rune that produced Runes[i],
// and Orig[len(Runes)] is the length of the original text in code points.
type Folded struct {
	Runes []rune
	Orig  []int
	end   []int // end[i]: original offset just after rune i and its attached marks
}

// String returns the folded text.
func (f Folded) String() string { return string(f.Runes) }

// Span maps the folded range [i, j) back to the original text. The returned
// end extends over the diacritics and tatweel that folding removed right
// after the last folded rune, so that a span keeps the tashkeel of its last
// letter (cases A14, A20); it does not extend over removed format controls
// (bidi marks), which belong to no word. Out-of-range arguments are clamped.
func (f Folded) Span(i, j int) (start, end int) {
	if len(f.Orig) == 0 {
		return 0, 0
	}
	if j > len(f.Runes) {
		j = len(f.Runes)
	}
	if i < 0 {
		i = 0
	}
	if i > j {
		i = j
	}
	start = f.Orig[i]
	if j == 0 {
		return start, start
	}
	return start, f.end[j-1]
}

// Fold returns the matching form of s with an offset map.
//
// It removes tashkeel (U+064B–U+065F, U+0670), tatweel (U+0640), Quranic
// annotation marks (U+06D6–U+06ED) and format controls (U+200B–U+200F,
// U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF); it maps أ إ آ ٱ to ا,
// ى to ي, ة to ه, ؤ to و, ئ to ي, Persian ک to ك and ی to ي; Eastern Arabic
// (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits to ASCII digits; the
// Arabic comma, semicolon and question mark to their ASCII forms; and
// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) to the letters
// they present. Folding is one rune to at most two runes (lam-alef
// ligatures), so the map stays simple.
func Fold(s string) Folded {
	var f Folded
	f.Reset(s)
	return f
}

// Reset makes f the folding of s (as Fold), reusing f's arrays when they
// are large enough: the previous contents are lost.
func (f *Folded) Reset(s string) {
	// Arrays of len(s) elements hold the code points whatever they are
	// (lam-alef ligatures, two runes, are three bytes): reused ones are
	// taken without counting the code points first.
	if cap(f.Runes) < len(s) || cap(f.Orig) < len(s)+1 || cap(f.end) < len(s) {
		n := utf8.RuneCountInString(s)
		if cap(f.Runes) < n || cap(f.Orig) < n+1 || cap(f.end) < n {
			f.Runes, f.Orig, f.end = make([]rune, 0, n), make([]int, 0, n+1), make([]int, 0, n)
		}
	}
	f.Runes, f.Orig, f.end = f.Runes[:0], f.Orig[:0], f.end[:0]
	i := 0
	for _, r := range s {
		switch m := foldRune(r); {
		case m == drop:
			if IsMark(r) && len(f.end) > 0 && f.end[len(f.end)-1] == i {
				f.end[len(f.end)-1] = i + 1
			}
		case m == lamAlef:
			f.Runes = append(f.Runes, 'ل', 'ا')
			f.Orig = append(f.Orig, i, i)
			f.end = append(f.end, i+1, i+1)
		default:
			f.Runes = append(f.Runes, m)
			f.Orig = append(f.Orig, i)
			f.end = append(f.end, i+1)
		}
		i++
	}
	f.Orig = append(f.Orig, i)
}

// FoldString returns the folded form of s (Fold(s).String()).
func FoldString(s string) string {
	out := make([]rune, 0, len(s)/2+1)
	for _, r := range s {
		switch m := foldRune(r); {
		case m == drop:
		case m == lamAlef:
			out = append(out, 'ل', 'ا')
		default:
			out = append(out, m)
		}
	}
	return string(out)
}

// FoldRunes folds a rune slice (see Fold) and returns the folded runes only.
func FoldRunes(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for _, r := range rs {
		switch m := foldRune(r); {
		case m == drop:
		case m == lamAlef:
			out = append(out, 'ل', 'ا')
		default:
			out = append(out, m)
		}
	}
	return out
}

const (
	drop    rune = -1
	lamAlef rune = -2
)

// foldRune returns the folded rune, drop when the rune is removed, or
// lamAlef for the lam-alef ligatures.
func foldRune(r rune) rune {
	if r < 0x0600 {
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640,
		r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6:
		return drop
	case r >= 0x200B && r <= 0x200F, r == 0x061C, r >= 0x202A && r <= 0x202E,
		r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return drop
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0)
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ک':
		return 'ك'
	case '،':
		return ','
	case '؛':
		return ';'
	case '؟':
		return '?'
	}
	if r >= 0xFB50 && r <= 0xFEFC {
		return foldPresentation(r)
	}
	return r
}

// foldPresentation maps Arabic presentation forms to base letters using the
// Unicode compatibility decompositions, then folds the result.
func foldPresentation(r rune) rune {
	if r >= 0xFEF5 && r <= 0xFEFC {
		return lamAlef
	}
	if b, ok := presentationBase(r); ok {
		if b == drop {
			return drop
		}
		return foldRune(b)
	}
	return r
}

// DigitValue returns the value 0–9 of an ASCII, Eastern Arabic (U+0660–U+0669)
// or Persian (U+06F0–U+06F9) digit, and -1 for any other rune.
func DigitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// IsDigit reports whether r is a digit in one of the scripts DigitValue knows.
func IsDigit(r rune) bool { return DigitValue(r) >= 0 }

// IsArabic reports whether r is in the Arabic script (letters, marks, digits
// and Arabic punctuation included).
func IsArabic(r rune) bool { return unicode.Is(unicode.Arabic, r) }

// IsLetter reports whether r belongs inside a word: a letter, a combining
// mark (tashkeel), tatweel, or ZWNJ/ZWJ.
func IsLetter(r rune) bool {
	if r >= 0x0620 && r <= 0x064A { // the Arabic letters (and tatweel): the common case, without a table search
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == 0x0640 || r == 0x200C || r == 0x200D
}

// IsMark reports whether r is removed by folding as a diacritic (tashkeel,
// tatweel, Quranic marks).
func IsMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 ||
		r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6
}
