package store

import (
	"encoding/json"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeDocFast decodes a document record as this package writes it
// (json.Marshal of docRecord, starting with currentPrefix) without passing
// the text through encoding/json: its scanner and unquoting go byte by
// byte and rune by rune, which for a book-length Arabic text in the
// browser was the largest part of opening it (0.4 s for 1 MB in a
// profile on a loaded machine). The text
// is the one value of the key "text" (a key is the only place where an
// unescaped quote is followed by a colon, and only the document object
// has that key); it is cut out, unquoted here, and the rest, now a few
// hundred bytes, goes through json.Unmarshal. ok is false for anything
// else (another shape, an escape this does not know, invalid UTF-8),
// and the caller then decodes raw with encoding/json, which reports what
// is wrong.
func decodeDocFast(raw string) (rec docRecord, ok bool) {
	const key = `"text":"`
	if !strings.HasPrefix(raw, currentPrefix) || strings.Count(raw, key) != 1 {
		return rec, false
	}
	i := strings.Index(raw, key)
	if c := raw[i-1]; c != '{' && c != ',' {
		return rec, false
	}
	text, n, ok := unquoteJSON(raw[i+len(key)-1:])
	if !ok {
		return rec, false
	}
	rest := raw[:i+len(key)-1] + `""` + raw[i+len(key)-1+n:]
	if err := json.Unmarshal([]byte(rest), &rec); err != nil || rec.Document.Text != "" {
		return docRecord{}, false
	}
	rec.Document.Text = text
	return rec, true
}

// unquoteJSON decodes the JSON string at the start of s (RFC 8259 §7:
// s[0] is its opening quote) and returns it and the number of bytes it
// takes in s, quotes included. ok is false when s does not start with a
// valid JSON string of valid UTF-8. A \u escape of a lone surrogate gives
// U+FFFD, as encoding/json does.
func unquoteJSON(s string) (out string, n int, ok bool) {
	if s == "" || s[0] != '"' {
		return "", 0, false
	}
	var b strings.Builder
	i, end := 1, 0
	for {
		j := i
		for j < len(s) && s[j] != '"' && s[j] != '\\' && s[j] >= 0x20 {
			j++
		}
		if j == len(s) || s[j] < 0x20 {
			return "", 0, false
		}
		if s[j] == '"' && i == 1 {
			out, end = s[1:j], j+1 // no escape: the bytes themselves
			break
		}
		if i == 1 {
			b.Grow(j + (len(s)-j)/2)
		}
		b.WriteString(s[i:j])
		if s[j] == '"' {
			out, end = b.String(), j+1
			break
		}
		if j+1 >= len(s) {
			return "", 0, false
		}
		i = j + 2
		switch s[j+1] {
		case '"', '\\', '/':
			b.WriteByte(s[j+1])
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(s, j+2)
			if !ok {
				return "", 0, false
			}
			i = j + 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := hex4(s, j+8)
				if dec := utf16.DecodeRune(r, r2); ok2 && s[j+6] == '\\' && s[j+7] == 'u' && dec != utf8.RuneError {
					r, i = dec, j+12
				} else {
					r = utf8.RuneError
				}
			}
			b.WriteRune(r)
		default:
			return "", 0, false
		}
	}
	if !utf8.ValidString(out) {
		return "", 0, false
	}
	return out, end, true
}

// hex4 returns the value of the four hex digits at s[i:i+4].
func hex4(s string, i int) (rune, bool) {
	if i < 0 || i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
