package interop

import (
	"slices"
	"unicode"
)

// Reading is one decoding of a text file that is not UTF-8, offered to the
// person to choose from (Readings).
type Reading struct {
	Encoding string  // canonical WHATWG name: "windows-1256", "iso-8859-6", "utf-16le", "utf-16be"
	Text     string  // the whole text so decoded
	Arabic   float64 // share of the letters that are Arabic script, 0..1
	Guess    bool    // the encoding DecodeText detects
}

// readingEncodings are the encodings offered for a text file that is not
// UTF-8, in the order shown when nothing tells them apart.
var readingEncodings = []string{"windows-1256", "utf-16le", "utf-16be", "iso-8859-6"}

// Readings returns the ways data can be read when it is not UTF-8, for the
// person to choose from: each of Windows-1256, UTF-16LE, UTF-16BE and
// ISO-8859-6 that decodes data without an undecodable byte (a strict
// decoding: never a silent U+FFFD) and without control characters other
// than tab, line feed, form feed and carriage return (which a wrong
// encoding produces, e.g. UTF-16 read as a one-byte code page). The one
// DecodeText detects comes first (Guess true), the others by their share of
// Arabic letters, highest first. A file that is valid UTF-8 (with or
// without a byte-order mark; UTF-16 without a mark, which often passes as
// UTF-8 full of NUL bytes, excepted) or has a UTF-16 byte-order mark is not
// ambiguous: Readings returns nil for it, and DecodeText reads it. An
// empty result for other data means no offered encoding reads it.
func Readings(data []byte) []Reading {
	if len(data) == 0 || invalidUTF8(data) < 0 && !nulUTF16(data) {
		return nil
	}
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return nil
	}
	_, guessed, _, _ := DecodeText("", data, "")
	var out []Reading
	for _, name := range readingEncodings {
		text, err := decodeStrict("", data, encodings[name].enc, name)
		if err != nil || hasControl(text) {
			continue
		}
		out = append(out, Reading{Encoding: name, Text: text, Arabic: arabicShare(text), Guess: canonical(guessed) == name})
	}
	slices.SortStableFunc(out, func(a, b Reading) int {
		switch {
		case a.Guess != b.Guess:
			if a.Guess {
				return -1
			}
			return 1
		case a.Arabic > b.Arabic:
			return -1
		case a.Arabic < b.Arabic:
			return 1
		}
		return 0
	})
	return out
}

// canonical maps DecodeText's reported name to its WHATWG name.
func canonical(used string) string {
	switch used {
	case "UTF-16LE":
		return "utf-16le"
	case "UTF-16BE":
		return "utf-16be"
	}
	return used
}

func hasControl(s string) bool {
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\f' || r == '\r':
		case r < 0x20 || r == 0x7F || r >= 0x80 && r <= 0x9F:
			return true
		}
	}
	return false
}

// arabicShare returns the share of the letters of s that are Arabic
// script (0 when s has no letter).
func arabicShare(s string) float64 {
	var letters, arabic int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(arabic) / float64(letters)
}

// Preview returns the beginning of text for a choice of encodings: up to n
// code points, line breaks shown as " ⏎ ".
func Preview(text string, n int) string {
	var out []rune
	for _, r := range text {
		if len(out) >= n {
			out = append(out, '…')
			break
		}
		switch r {
		case '\r':
			continue
		case '\n':
			out = append(out, ' ', '⏎', ' ')
		default:
			out = append(out, r)
		}
	}
	return string(out)
}
