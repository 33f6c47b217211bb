package timex

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/arabic"
)

// Token kinds of the scanner.
const (
	kWord = iota + 1
	kNum
	kPunct
)

// token is a word, number or punctuation rune of the folded text.
type token struct {
	s, e   int     // folded rune range [s, e)
	pre    int     // words: proclitic letters before the stem that carries the sense
	kind   uint8   //
	space  bool    // white space (or a line break) precedes the token
	nl     bool    // a line break precedes the token
	clitic rune    // numbers: proclitic letter glued before the digits (ف28 → ف)
	r      rune    // punctuation rune
	num    int     // plain number value
	nd     int     // digit count of a plain number; 0 when the number has separators (1,250)
	fnum   float64 // value of a number with separators (3.5, 1,250); -1 when not readable
	sense  int32   // index into the lexicon senses, -1 when none
}

// scan holds one tagging run: the folded text, its tokens, the candidates
// found by the rules and the resolution context.
type scan struct {
	f         arabic.Folded
	text      string
	toks      []token
	lex       *lexicon
	buf       []byte
	cands     []cand
	rules     []rule
	ocur      textCursor // origRune's cursor into text
	nissanDoc bool       // the text names نيسان the carmaker
	hijriDoc  bool       // the text marks a Hijri year somewhere (هـ، هجري)
}

var noSense sense

// sn returns the sense of token i (a zero sense when none or out of range).
func (s *scan) sn(i int) *sense {
	if i < 0 || i >= len(s.toks) || s.toks[i].sense < 0 {
		return &noSense
	}
	return &s.lex.senses[s.toks[i].sense]
}

// bare returns the sense of word token i only when no proclitic was
// stripped (for tokens inside an expression).
func (s *scan) bare(i int) *sense {
	if i < 0 || i >= len(s.toks) || s.toks[i].sense < 0 || s.toks[i].pre != 0 {
		return &noSense
	}
	return &s.lex.senses[s.toks[i].sense]
}

func (s *scan) isPunct(i int, rs ...rune) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != kPunct {
		return false
	}
	for _, r := range rs {
		if s.toks[i].r == r {
			return true
		}
	}
	return false
}

// number returns the value of plain number token i with at most maxDigits
// digits.
func (s *scan) number(i, maxDigits int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[i]
	if t.kind != kNum || t.nd == 0 || t.nd > maxDigits {
		return 0, false
	}
	return t.num, true
}

func (s *scan) lookup(rs []rune, afterL bool) int32 {
	if len(rs) == 0 || len(rs) >= 32 {
		return -1
	}
	h := runeHash(rs)
	a, b := h%bloomBits, (h>>12)%bloomBits
	if s.lex.bloom[a/64]&(1<<(a%64)) == 0 || s.lex.bloom[b/64]&(1<<(b%64)) == 0 {
		return -1 // certainly not a lexicon word
	}
	s.buf = s.buf[:0]
	for _, r := range rs {
		s.buf = utf8.AppendRune(s.buf, r)
	}
	if afterL {
		if i, ok := s.lex.afterL[string(s.buf)]; ok {
			return i
		}
		return -1
	}
	if i, ok := s.lex.words[string(s.buf)]; ok {
		return i
	}
	return -1
}

func isClitic(r rune) bool { return r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' || r == 'ك' }

// analyze finds the sense of the word runes[s:e]: the unstripped word
// first, then after و/ف, then after و/ف + ب/ك/ل (with لل read as ل + ال).
func (s *scan) analyze(rs []rune) (pre int, idx int32) {
	if i := s.lookup(rs, false); i >= 0 {
		return 0, i
	}
	n := len(rs)
	p := 0
	try := func(p int) int32 {
		if n-p < 2 {
			return -1
		}
		if i := s.lookup(rs[p:], false); i >= 0 {
			if n-p == 2 && (s.lex.senses[i].month != 0 || s.lex.senses[i].hmonth != 0) {
				return -1 // باب is not ب + آب
			}
			if n-p == 3 && rs[p-1] != 'و' && rs[p-1] != 'ف' && s.lex.senses[i].isDayRel && rs[p] == 'ا' {
				return -1 // لامس (touched), بأمس الحاجة (in dire need): not ل/ب/ك + أمس
			}
			return i
		}
		if rs[p-1] == 'ل' {
			return s.lookup(rs[p:], true)
		}
		return -1
	}
	if n > 4 && rs[0] == 'د' && rs[1] == 'ا' && rs[2] == 'ل' {
		// Darija genitive د before an ال word: دالسيمانة
		if i := s.lookup(rs[1:], false); i >= 0 {
			return 1, i
		}
	}
	if n > 2 && (rs[0] == 'و' || rs[0] == 'ف') {
		p = 1
		if i := try(1); i >= 0 {
			return 1, i
		}
	}
	if n > p+2 && (rs[p] == 'ب' || rs[p] == 'ك' || rs[p] == 'ل') {
		if i := try(p + 1); i >= 0 {
			return p + 1, i
		}
	}
	for ; p >= 0; p-- {
		// وفيتشرين الثاني، فيأكتوبر: في typed without its space before a
		// month name (not an ambiguous one: مارس، نيسان، آب)
		if n-p >= 6 && rs[p] == 'ف' && rs[p+1] == 'ي' {
			if i := s.lookup(rs[p+2:], false); i >= 0 && (s.lex.senses[i].month != 0 && !s.lex.senses[i].mamb || s.lex.senses[i].mhead != 0) {
				return p + 2, i
			}
		}
	}
	return 0, -1
}

// tokenize splits the folded text into tokens and looks every word up.
func (s *scan) tokenize() {
	rs := s.f.Runes
	n := len(rs)
	if cap(s.toks) < n/5+16 {
		s.toks = make([]token, 0, n/5+16)
	}
	s.toks = s.toks[:0]
	space, nl := true, true
	for i := 0; i < n; {
		r := rs[i]
		switch {
		case r == '\n' || r == '\r' || r == 0x2029 || r == 0x2028:
			space, nl = true, true
			i++
		case r == ' ' || r == '\t' || r > 0x7f && unicode.IsSpace(r):
			space = true
			i++
		case r >= '0' && r <= '9':
			j := i
			v, nd, plain := 0, 0, true
			for j < n {
				c := rs[j]
				if c >= '0' && c <= '9' {
					if j > i && s.f.Orig[j]-s.f.Orig[j-1] > 1 {
						// Something was removed between two digits: a tatweel
						// used as a dash (1437ـ1441) splits the number.
						// Fold's Span extends a rune over the marks removed after
						// it; after a digit the only such mark is a tatweel.
						if _, e := s.f.Span(j-1, j); e > s.f.Orig[j-1]+1 {
							break
						}
					}
					if nd < 9 {
						v = v*10 + int(c-'0')
					}
					nd++
					j++
					continue
				}
				if (c == ',' || c == '.' || c == '٫' || c == '٬') && j+1 < n && rs[j+1] >= '0' && rs[j+1] <= '9' && j > i && !(c == '.' && dateDots(rs, j)) {
					plain = false
					j++
					continue
				}
				break
			}
			t := token{s: i, e: j, kind: kNum, space: space, nl: nl, num: v, nd: nd, sense: -1, fnum: float64(v)}
			if !plain || nd > 9 {
				t.nd = 0
				t.fnum = parseNumber(rs[i:j])
			}
			// A proclitic glued to the digits (ف28, و2014, لـ2015) is kept
			// apart from the number.
			if k := len(s.toks) - 1; k >= 0 && !space && s.toks[k].kind == kWord && s.toks[k].e == i && s.toks[k].e-s.toks[k].s <= 2 && allClitic(rs[s.toks[k].s:s.toks[k].e]) {
				t.clitic = rs[s.toks[k].e-1]
				t.space, t.nl = s.toks[k].space, s.toks[k].nl
				s.toks = s.toks[:k]
			}
			s.toks = append(s.toks, t)
			if j < n && rs[j] >= '0' && rs[j] <= '9' {
				// split by a tatweel: a virtual dash between the two numbers
				s.toks = append(s.toks, token{s: j, e: j, kind: kPunct, r: '-', sense: -1})
			}
			space, nl = false, false
			i = j
		case isLetter(r):
			j := i + 1
			for j < n && isLetter(rs[j]) {
				j++
			}
			s.addWord(i, j, space, nl)
			space, nl = false, false
			i = j
		default:
			s.toks = append(s.toks, token{s: i, e: i + 1, kind: kPunct, r: r, space: space, nl: nl, sense: -1})
			space, nl = false, false
			i++
		}
	}
}

// addWord analyses the word [i, j) and appends it, splitting a month or
// weekday glued to a following modifier (سبتمبرالمقبل).
func (s *scan) addWord(i, j int, space, nl bool) {
	rs := s.f.Runes
	pre, idx := s.analyze(rs[i:j])
	if idx < 0 && j-i >= 6 {
		for k := i + 3; k+3 < j; k++ {
			if rs[k] != 'ا' || rs[k+1] != 'ل' {
				continue
			}
			p1, i1 := s.analyze(rs[i:k])
			i2 := s.lookup(rs[k:j], false)
			if i1 < 0 || i2 < 0 {
				continue
			}
			a, b := &s.lex.senses[i1], &s.lex.senses[i2]
			if (a.month > 0 || a.hmonth > 0 || a.wday > 0 || a.unit != uNone || a.deictic != uNone) && (b.mod != 0 || b.wday > 0) {
				s.toks = append(s.toks,
					token{s: i, e: k, pre: p1, kind: kWord, space: space, nl: nl, sense: i1},
					token{s: k, e: j, kind: kWord, sense: i2})
				return
			}
		}
	}
	s.toks = append(s.toks, token{s: i, e: j, pre: pre, kind: kWord, space: space, nl: nl, sense: idx})
}

func allClitic(rs []rune) bool {
	for _, r := range rs {
		if !isClitic(r) {
			return false
		}
	}
	return len(rs) > 0
}

// textCursor walks the original text forward, mapping code-point offsets
// to byte offsets without converting the whole text to runes.
type textCursor struct{ cp, bi int }

// seek moves to code point cp, backwards rune by rune when cp is behind
// (each call costs the distance moved).
func (c *textCursor) seek(text string, cp int) {
	if cp < c.cp && c.cp-cp > cp {
		c.cp, c.bi = 0, 0 // nearer from the start
	}
	for c.cp > cp && c.bi > 0 {
		c.bi--
		for c.bi > 0 && text[c.bi]&0xC0 == 0x80 {
			c.bi-- // continuation byte: go back to the start of the rune
		}
		c.cp--
	}
	n := len(text)
	for c.cp < cp && c.bi < n {
		switch b := text[c.bi]; {
		case b < 0x80:
			c.bi++
		case b >= 0xC2 && b < 0xE0 && c.bi+1 < n && text[c.bi+1]&0xC0 == 0x80:
			c.bi += 2 // a valid two-byte sequence (all of Arabic)
		default:
			_, w := utf8.DecodeRuneInString(text[c.bi:])
			c.bi += w
		}
		c.cp++
	}
}

// origRune returns the rune of the original text under folded rune i
// (ى where the folded text has ي). Calls in increasing order are
// amortized O(1).
func (s *scan) origRune(i int) rune {
	s.ocur.seek(s.text, s.f.Orig[i])
	r, _ := utf8.DecodeRuneInString(s.text[s.ocur.bi:])
	return r
}

// isLetter reports whether r belongs to a word: a letter or a combining
// mark (as arabic.IsLetter; marks Fold keeps, e.g. non-Arabic ones, join
// the word they follow instead of splitting it), with fast paths for
// ASCII and Arabic letters.
func isLetter(r rune) bool {
	switch {
	case r < 0x80:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x0621 && r <= 0x064A:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// sentenceBreak reports whether a sentence boundary lies between tokens a
// and b (a < b): a full stop, question or exclamation mark, or a line
// break.
func (s *scan) sentenceBreak(a, b int) bool {
	for k := a + 1; k <= b && k < len(s.toks); k++ {
		if s.toks[k].nl {
			return true
		}
		if k < b && s.toks[k].kind == kPunct {
			switch s.toks[k].r {
			case '.', '!', '?', ';':
				return true
			}
		}
	}
	return false
}

// maxQuantityDigits bounds the digits of a number read as a quantity (a
// duration, an offset): a longer digit string is no quantity.
const maxQuantityDigits = 24

// parseNumber reads digits with one decimal point (3.5, 3٫5) or with
// thousands commas (1,250); -1 otherwise, and for more than
// maxQuantityDigits digits. The value is a float64, exact up to 15
// significant digits: use exactDecimal for the digits themselves.
func parseNumber(rs []rune) float64 {
	v, scale, dec, seps, nd := 0.0, 1.0, false, 0, 0
	for _, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			if nd++; nd > maxQuantityDigits {
				return -1
			}
			if dec {
				scale /= 10
				v += float64(r-'0') * scale
			} else {
				v = v*10 + float64(r-'0')
			}
		case r == '.' || r == '٫':
			if dec || seps > 0 {
				return -1
			}
			dec = true
		case r == ',' || r == '٬':
			if dec {
				return -1
			}
			seps++
		default:
			return -1
		}
	}
	return v
}

// dateDots reports whether the separator at j is followed by digits and the
// same separator again (29.11.2016): then the parts are a date, not one
// number.
func dateDots(rs []rune, j int) bool {
	sep := rs[j]
	k := j + 1
	for k < len(rs) && rs[k] >= '0' && rs[k] <= '9' {
		k++
	}
	if k+1 < len(rs) && rs[k] == sep && rs[k+1] >= '0' && rs[k+1] <= '9' {
		return true
	}
	// the second part of such a date: 29.11.2016 seen from the second dot
	b := j - 1
	for b >= 0 && rs[b] >= '0' && rs[b] <= '9' {
		b--
	}
	return b >= 1 && rs[b] == sep && rs[b-1] >= '0' && rs[b-1] <= '9'
}

// quantity returns the exact decimal digits of number token i when it has
// separators or more than nine digits (1,250 → 1250; 3٫5 → 3.5;
// 99999999999999999999 stays as written), "" for a plain short number
// (its int value is exact) or an unreadable one.
func (s *scan) quantity(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	t := &s.toks[i]
	if t.kind != kNum || t.nd != 0 || t.fnum < 0 {
		return ""
	}
	return exactDecimal(s.f.Runes[t.s:t.e])
}

// exactDecimal writes a number read by parseNumber as plain decimal
// digits: thousands separators dropped, the decimal separator as '.',
// leading zeros of the integer part and trailing zeros of the fraction
// removed (001,250.50 → 1250.5).
func exactDecimal(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			if len(b) == 1 && b[0] == '0' {
				b = b[:0] // leading zero
			}
			b = append(b, byte(r))
		case r == '.' || r == '٫':
			if len(b) == 0 {
				b = append(b, '0')
			}
			b = append(b, '.')
		}
	}
	if bytes.IndexByte(b, '.') >= 0 {
		for b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if b[len(b)-1] == '.' {
			b = b[:len(b)-1]
		}
	}
	if len(b) == 0 {
		return "0"
	}
	return string(b)
}
