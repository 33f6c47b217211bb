// Package textmap converts between the offsets Hashiya stores and the offsets
// the browser's DOM uses, and snaps user selections to sensible boundaries.
//
// Hashiya stores spans as Unicode code-point offsets, half-open [start,end),
// in logical order, into the exact document text (see app/annotation). The
// annotator renders that text as one <p> per line (Paragraphs), each holding
// one text node, and the DOM counts offsets inside a text node in UTF-16 code
// units. This package is the only place where the two units meet: Map.Point
// gives the (paragraph, UTF-16 offset) of a code-point offset and Map.Offset
// does the reverse. It has no browser or go-app dependency, so it is tested
// natively.
package textmap

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Para is one line of the text as rendered: Text is the exact slice of the
// document between two line breaks (the break itself is not included), and
// Start/End are its code-point offsets in the document, half-open.
type Para struct {
	Start, End int
	Text       string
}

// Map holds the paragraphs of a text and converts offsets.
type Map struct {
	Paras []Para
	Len   int // length of the whole text in code points

	// bmp[i] is true when paragraph i has no code point outside the Basic
	// Multilingual Plane, so its UTF-16 offsets are its code-point
	// offsets (Point then needs no scan of the text). Set by New.
	bmp []bool
}

// New splits text into paragraphs at line breaks: "\r\n", "\n" or "\r" (a
// break separates two paragraphs, so n breaks give n+1 paragraphs, some of
// which may be empty). Code points of the breaks belong to no paragraph.
func New(text string) Map {
	var m Map
	cp, start, startByte := 0, 0, 0
	bmp := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n', '\r':
			m.Paras = append(m.Paras, Para{Start: start, End: cp, Text: text[startByte:i]})
			m.bmp = append(m.bmp, bmp)
			bmp = true
			brk := 1
			if r == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				brk = 2
			}
			i += brk
			cp += brk
			start, startByte = cp, i
			continue
		}
		bmp = bmp && r <= 0xFFFF
		i += size
		cp++
	}
	m.Paras = append(m.Paras, Para{Start: start, End: cp, Text: text[startByte:]})
	m.bmp = append(m.bmp, bmp)
	m.Len = cp
	return m
}

// Point returns the paragraph index and the UTF-16 offset within that
// paragraph's text of the code-point offset cp, for use as a DOM Range
// boundary. An offset that falls on a line break (between two paragraphs) is
// placed at the start of the next paragraph when end is false and at the end
// of the previous one when end is true, so a range never starts at the end of
// a line or ends at the start of the next. cp is clamped to [0, Len].
func (m Map) Point(cp int, end bool) (para, u16 int) {
	cp = min(max(cp, 0), m.Len)
	i := m.find(cp)
	p := m.Paras[i]
	switch {
	case end && cp == p.Start && i > 0:
		// A range ending at the start of a line ends at the end of the line before.
		return i - 1, UTF16Len(m.Paras[i-1].Text)
	case !end && cp >= p.End && i+1 < len(m.Paras):
		// A range starting at the end of a line (or on its break) starts on the next line.
		return i + 1, 0
	case cp > p.End: // on the final break, or ending on a break
		return i, UTF16Len(p.Text)
	}
	if i < len(m.bmp) && m.bmp[i] {
		return i, cp - p.Start
	}
	return i, CPToUTF16(p.Text, cp-p.Start)
}

// find returns the index of the last paragraph starting at or before cp, or
// 0.
func (m Map) find(cp int) int {
	lo, hi := 0, len(m.Paras)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m.Paras[mid].Start <= cp {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Offset returns the code-point offset in the whole text of the DOM point
// (paragraph para, UTF-16 offset u16 in its text). A u16 offset that falls
// between the two halves of a surrogate pair is rounded down, or up when
// roundUp is true. Out-of-range arguments are clamped.
func (m Map) Offset(para, u16 int, roundUp bool) int {
	if len(m.Paras) == 0 {
		return 0
	}
	para = min(max(para, 0), len(m.Paras)-1)
	p := m.Paras[para]
	return p.Start + UTF16ToCP(p.Text, u16, roundUp)
}

// UTF16Len returns the length of s in UTF-16 code units.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// CPToUTF16 converts a code-point offset in s to a UTF-16 offset. Offsets
// past the end give the UTF-16 length of s.
func CPToUTF16(s string, cp int) int {
	n, i := 0, 0
	for _, r := range s {
		if i >= cp {
			break
		}
		n += utf16.RuneLen(r)
		i++
	}
	return n
}

// UTF16ToCP converts a UTF-16 offset in s to a code-point offset. An offset
// inside a surrogate pair is rounded down (to the code point that the pair
// encodes), or up past it when roundUp is true. Offsets past the end give the
// code-point length of s; negative offsets give 0.
func UTF16ToCP(s string, u16 int, roundUp bool) int {
	n, i := 0, 0
	for _, r := range s {
		if n >= u16 {
			return i
		}
		w := utf16.RuneLen(r)
		if n+w > u16 { // u16 is inside this code point's surrogate pair
			if roundUp {
				return i + 1
			}
			return i
		}
		n += w
		i++
	}
	return i
}
