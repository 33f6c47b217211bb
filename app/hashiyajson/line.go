package hashiyajson

import (
	"strconv"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// AppendLine appends to dst the native export of doc and anns as one
// compact JSON object and a newline (a JSON Lines record), and returns the
// extended slice. The bytes are exactly those of Encode with the
// indentation removed (json.Compact), with one addition when id is not
// empty: a leading "id" field naming the record in the input it came from
// (e.g. the id of a JSON Lines input record), which Decode ignores as an
// unknown field:
//
//	{"id":"a17","format":"hashiya","version":1,"offsets":"unicode-code-points","document":{…},"annotations":[…]}
//
// Unlike Encode it neither sorts nor copies anns: the caller passes them
// sorted by Sort (pipeline.Annotate returns them so). It checks what Decode
// would check, except that a quote must equal its slice of the text byte
// for byte (which implies equality in NFC, the import's rule), and returns
// an EINVALID error rather than a line the app refuses; dst is then
// returned unextended. It is the batch command's encoder: several times
// faster than Encode, with no reflection and one allocation per line at
// most.
func AppendLine(dst []byte, id string, doc annotation.Document, anns []annotation.Annotation) ([]byte, error) {
	if err := doc.Validate(); err != nil {
		return dst, err
	}
	if err := CheckDCT(doc.DCT); err != nil {
		return dst, err
	}
	if err := checkSorted(doc.Text, anns); err != nil {
		return dst, err
	}
	if err := CheckFields(anns); err != nil {
		return dst, err
	}
	b := dst
	b = append(b, '{')
	if id != "" {
		b = append(b, `"id":`...)
		b = appendString(b, id)
		b = append(b, ',')
	}
	b = append(b, `"format":"`+Format+`","version":`...)
	b = strconv.AppendInt(b, Version, 10)
	b = append(b, `,"offsets":"`+Offsets+`","document":{"sha256":`...)
	b = appendString(b, doc.SHA256)
	b = append(b, `,"title":`...)
	b = appendString(b, doc.Title)
	b = append(b, `,"text":`...)
	b = appendString(b, doc.Text)
	b = append(b, `,"dct":`...)
	b = appendString(b, doc.DCT)
	b = append(b, `},"annotations":[`...)
	for i := range anns {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAnnotation(b, &anns[i])
	}
	b = append(b, "]}\n"...)
	return b, nil
}

// appendAnnotation writes a in the field order and with the omitempty rules
// of annotation.Annotation's struct tags.
func appendAnnotation(b []byte, a *annotation.Annotation) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(a.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(a.End), 10)
	b = append(b, `,"quote":`...)
	b = appendString(b, a.Quote)
	b = append(b, `,"label":`...)
	b = appendString(b, string(a.Label))
	b = append(b, `,"source":`...)
	b = appendString(b, string(a.Source))
	b = append(b, `,"status":`...)
	b = appendString(b, string(a.Status))
	for _, f := range [...]struct{ name, v string }{
		{`,"value":`, a.Value}, {`,"type":`, a.Type}, {`,"calendar":`, a.Calendar},
		{`,"hijri":`, a.Hijri}, {`,"mod":`, a.Mod}, {`,"note":`, a.Note}, {`,"entity":`, a.Entity},
		{`,"link":`, a.Link}, {`,"prefix":`, a.Prefix}, {`,"suffix":`, a.Suffix},
	} {
		if f.v != "" {
			b = append(b, f.name...)
			b = appendString(b, f.v)
		}
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string exactly as encoding/json does
// with SetEscapeHTML(false): ", \ and control characters escaped (\b \f \n
// \r \t by name, the others as \u00XX), U+2028 and U+2029 escaped, invalid
// UTF-8 replaced by \ufffd, everything else literal.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2 // a valid two-byte sequence (Arabic letters): literal
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// checkSorted is check for AppendLine: the same refusals as Decode's checks,
// plus the order Sort gives, with the quote compared to the text byte for
// byte (no NFC work) and the code point offsets converted to byte offsets in
// one pass over the text.
func checkSorted(text string, anns []annotation.Annotation) error {
	if len(anns) == 0 {
		return nil
	}
	// The code point offsets become byte offsets by walking the text
	// forward (anns are sorted by Start; each End is reached from its
	// Start): one pass over the text, no table.
	var at runeCursor
	at.text = text
	ids := make(map[string]struct{}, len(anns))
	for i := range anns {
		a := &anns[i]
		bs, okS := at.seek(a.Start)
		end := at
		be, okE := end.seek(a.End)
		if a.Start < 0 || !okS || !okE || a.Start >= a.End || a.ID == "" || !a.Label.Valid() || !a.Source.Valid() || !a.Status.Valid() ||
			(a.Type != "" && !annotation.Label(a.Type).IsTemporal()) || text[bs:be] != a.Quote {
			// The full check names the problem.
			if err := a.ValidateRunes([]rune(text)); err != nil {
				return invalid("Annotation #%d: %s", i+1, annotation.ErrorMessage(err))
			}
			if !okS || !okE || text[bs:be] != a.Quote {
				return invalid("Annotation #%d (%q) quotes %q, which is not byte for byte the text at [%d,%d).", i+1, a.ID, a.Quote, a.Start, a.End)
			}
		}
		if _, dup := ids[a.ID]; dup {
			return invalid("Annotation #%d has the id %q, which another annotation already has.", i+1, a.ID)
		}
		ids[a.ID] = struct{}{}
		if i > 0 && less(a, &anns[i-1]) {
			return invalid("Annotation #%d (%q) is out of order: annotations must be sorted by start, end, label and id.", i+1, a.ID)
		}
	}
	return nil
}

// runeCursor converts code point offsets of text, which must be valid
// UTF-8 (AppendLine has checked it), to byte offsets, walking forward from
// the last one (back to the start when asked for an earlier one).
type runeCursor struct {
	text   string
	cp, at int // code point cp starts at byte at
}

// seek returns the byte offset of code point cp, and false when cp is
// negative or beyond the text's end (len(text) is the offset of the end).
func (c *runeCursor) seek(cp int) (int, bool) {
	if cp < 0 {
		return 0, false
	}
	if cp < c.cp {
		c.cp, c.at = 0, 0
	}
	for c.cp < cp {
		if c.at >= len(c.text) {
			return 0, false
		}
		c.at++ // a code point: its first byte and its continuation bytes
		for c.at < len(c.text) && c.text[c.at]&0xC0 == 0x80 {
			c.at++
		}
		c.cp++
	}
	return c.at, true
}

func less(a, b *annotation.Annotation) bool {
	switch {
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.End != b.End:
		return a.End < b.End
	case a.Label != b.Label:
		return a.Label < b.Label
	}
	return a.ID < b.ID
}
