package batch

import (
	"unicode/utf16"
	"unicode/utf8"
)

// quickRecord decodes the usual shape of an input line, an object whose
// members are among "id" (a string), "title", "text" and "dct" (strings),
// without reflection: it is what encoding/json.Unmarshal into a jsonRecord
// gives for such a line (the id raw, as json.RawMessage keeps it; a
// repeated member: the last one wins). It reports false, having decided
// nothing, for anything else (other members or letter cases, null, numbers,
// surrogate escapes, syntax errors…), which the caller then leaves to
// encoding/json and its error messages. line must be valid UTF-8.
func quickRecord(line []byte, v *jsonRecord) bool {
	p := quickParser{b: line}
	p.space()
	if !p.byte('{') {
		return false
	}
	p.space()
	if p.byte('}') {
		return p.end()
	}
	for {
		p.space()
		key, ok := p.rawKey()
		if !ok {
			return false
		}
		p.space()
		if !p.byte(':') {
			return false
		}
		p.space()
		start := p.i
		s, ok := p.str()
		if !ok {
			return false
		}
		switch key {
		case "id":
			v.ID = line[start:p.i]
		case "title":
			v.Title = &s
		case "text":
			v.Text = &s
		case "dct":
			v.DCT = &s
		default:
			return false
		}
		p.space()
		if p.byte('}') {
			return p.end()
		}
		if !p.byte(',') {
			return false
		}
	}
}

type quickParser struct {
	b []byte
	i int
}

func (p *quickParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *quickParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end: only white space left.
func (p *quickParser) end() bool {
	p.space()
	return p.i == len(p.b)
}

// rawKey reads a member name without escapes.
func (p *quickParser) rawKey() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			k := string(p.b[start:p.i])
			p.i++
			return k, true
		}
		if c == '\\' || c < 0x20 {
			return "", false
		}
		p.i++
	}
	return "", false
}

// str reads a JSON string (escapes decoded).
func (p *quickParser) str() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.b) { // the common case: no escape
		c := p.b[p.i]
		if c == '"' {
			s := string(p.b[start:p.i])
			p.i++
			return s, true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		p.i++
	}
	out := make([]byte, 0, p.i-start+64)
	out = append(out, p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return string(out), true
		case c < 0x20:
			return "", false
		case c != '\\':
			out = append(out, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.b) {
			return "", false
		}
		e := p.b[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok || utf16.IsSurrogate(r) {
				return "", false
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
	}
	return "", false
}

func (p *quickParser) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	var r rune
	for _, c := range p.b[p.i : p.i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	p.i += 4
	return r, true
}
