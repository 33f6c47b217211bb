package arabic

import "unicode"

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // a run of letters and marks (any script)
	Number                 // a run of digits (any script), with , . ٫ ٬ between digits
	Punct                  // any other single non-space rune
)

func (k Kind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punct:
		return "punct"
	}
	return "unknown"
}

// Token is a span of the text. Start and End are code-point offsets into the
// tokenized text, half-open; Text is the exact original slice.
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
}

// Tokenize splits s into word, number and punctuation tokens; white space
// and format controls separate tokens and are not emitted. Words are runs of
// letters, combining marks, tatweel and ZWNJ/ZWJ; a word glued to digits
// (الأحد10) gives two tokens. Numbers are runs of digits of any script, with
// a single , . ٫ or ٬ allowed between two digits (1,250 and 3.5 are one
// token). Every other rune is a one-rune Punct token. Offsets are code
// points.
func Tokenize(s string) []Token {
	rs := []rune(s)
	spans := Spans(rs, make([]Span, 0, len(rs)/5+1))
	toks := make([]Token, len(spans))
	for i, sp := range spans {
		toks[i] = Token{sp.Start, sp.End, string(rs[sp.Start:sp.End]), sp.Kind}
	}
	return toks
}

// Span is a token of Tokenize without its text: code-point offsets into the
// runes, half-open.
type Span struct {
	Start, End int
	Kind       Kind
}

// Spans splits rs exactly as Tokenize splits string(rs), appending to out
// and returning it: the allocation-free form for callers that keep the
// runes (package ner tokenizes every text it tags with it).
func Spans(rs []rune, out []Span) []Span {
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || isFormat(r):
			i++
		case IsDigit(r):
			j := i + 1
			for j < len(rs) {
				if IsDigit(rs[j]) {
					j++
				} else if isNumberSep(rs[j]) && j+1 < len(rs) && IsDigit(rs[j+1]) {
					j += 2
				} else {
					break
				}
			}
			out = append(out, Span{i, j, Number})
			i = j
		case IsLetter(r):
			j := i + 1
			for j < len(rs) && IsLetter(rs[j]) && !IsDigit(rs[j]) {
				j++
			}
			out = append(out, Span{i, j, Word})
			i = j
		default:
			out = append(out, Span{i, i + 1, Punct})
			i++
		}
	}
	return out
}

func isNumberSep(r rune) bool { return r == ',' || r == '.' || r == '٫' || r == '٬' }

// isFormat reports invisible format controls (bidi marks, zero-width space,
// BOM) that separate nothing visible and are skipped between tokens.
func isFormat(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E ||
		r >= 0x2066 && r <= 0x2069 || r == 0xFEFF
}
