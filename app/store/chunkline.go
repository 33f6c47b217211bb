package store

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// Chunk records, version 3: text lines instead of JSON, and no copy of the
// document's text. A chunk value is
//
//	ChunkTag + "3\t" + sha256 + "\t" + bucket + "\t" + updated (RFC 3339) [+ "\t" + base] + "\n"
//	+ one line per annotation: start, end, id, label, source, status,
//	  value, type, calendar, hijri, note, entity, link, quote, prefix,
//	  suffix, mod, separated by tabs
//
// where base, when present, is valueHash of the stored value the chunk was
// computed from (read-modify-write; see Reconcile), and quote, prefix and
// suffix are empty when they are the text's own
// (text[start:end] and annotation.ContextLen code points each side, as
// every annotation the app makes has them) and otherwise "=" followed by
// the value. (mod, the TIMEX3 mod, was added as the 17th field before
// version 3 was released; a line of 16 fields reads as no mod.) In every field a backslash, tab, line feed and carriage return
// are written \\, \t, \n and \r. Version 2 stored each annotation as JSON
// with its quote and context: ~250 characters per annotation, a third of
// them copies of the text; a version 3 line is ~60, and reading it takes a
// split and a few integer parses instead of encoding/json's reflection
// (a 1 MB document with 14,000 annotations: 3.9 M characters of chunks in
// version 2, 1.1 M in version 3).
const chunkLineVersion = 3

const chunkFields = 17

// encodeChunkLines returns the stored value of rec (ChunkTag included).
func encodeChunkLines(rec chunkRecord, t *docText) string {
	var b strings.Builder
	b.Grow(64 + 80*len(rec.Annotations))
	b.WriteString(ChunkTag)
	b.WriteString(strconv.Itoa(chunkLineVersion))
	b.WriteByte('\t')
	b.WriteString(rec.SHA256)
	b.WriteByte('\t')
	b.WriteString(strconv.Itoa(rec.Bucket))
	b.WriteByte('\t')
	b.WriteString(rec.Updated.Format(time.RFC3339Nano))
	if rec.Base != "" {
		b.WriteByte('\t')
		b.WriteString(rec.Base)
	}
	for _, a := range rec.Annotations {
		b.WriteByte('\n')
		b.WriteString(strconv.Itoa(a.Start))
		b.WriteByte('\t')
		b.WriteString(strconv.Itoa(a.End))
		for _, f := range [...]string{a.ID, string(a.Label), string(a.Source), string(a.Status), a.Value, a.Type, a.Calendar, a.Hijri, a.Note, a.Entity, a.Link} {
			b.WriteByte('\t')
			writeEscaped(&b, f)
		}
		pre, suf := t.context(a.Start, a.End)
		for _, f := range [...][2]string{{a.Quote, t.slice(a.Start, a.End)}, {a.Prefix, pre}, {a.Suffix, suf}} {
			b.WriteByte('\t')
			if f[0] != f[1] {
				b.WriteByte('=')
				writeEscaped(&b, f[0])
			}
		}
		b.WriteByte('\t')
		writeEscaped(&b, a.Mod)
	}
	return b.String()
}

// writeEscaped writes s escaped, each byte of invalid UTF-8 as U+FFFD (as
// encoding/json does, and as the browser's storage would: it holds UTF-16).
func writeEscaped(b *strings.Builder, s string) {
	valid := utf8.ValidString(s)
	if valid && !strings.ContainsAny(s, "\\\t\n\r") {
		b.WriteString(s)
		return
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !valid && c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b.WriteString("\uFFFD")
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size - 1
			continue
		}
		switch c := s[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
}

func unescape(s string) (string, error) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 == len(s) {
			return "", errors.New("a field ends with a lone backslash")
		}
		i++
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			return "", fmt.Errorf("unknown escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

// chunkLineVersionOf returns the version number that body (a chunk value
// after ChunkTag) starts with, and whether it starts with one.
func chunkLineVersionOf(body string) (int, bool) {
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	if i == 0 || i > 6 || (i < len(body) && body[i] != '\t' && body[i] != '\n') {
		return 0, false
	}
	v, err := strconv.Atoi(body[:i])
	return v, err == nil
}

// decodeChunkLines decodes a version 3 chunk (after ChunkTag). The
// annotations' quote and context are slices of t's text (no copy). It
// checks the shape only; the caller validates each annotation against the
// text.
func decodeChunkLines(body string, t *docText) (chunkRecord, error) {
	var rec chunkRecord
	head, rest, _ := strings.Cut(body, "\n")
	h := strings.Split(head, "\t")
	if len(h) != 4 && len(h) != 5 {
		return rec, fmt.Errorf("its first line has %d fields instead of 4 or 5", len(h))
	}
	if len(h) == 5 {
		rec.Base = h[4]
	}
	var err error
	rec.Version = chunkLineVersion
	rec.SHA256 = h[1]
	if rec.Bucket, err = strconv.Atoi(h[2]); err != nil {
		return rec, fmt.Errorf("its chunk number %q is not a number", h[2])
	}
	if rec.Updated, err = time.Parse(time.RFC3339Nano, h[3]); err != nil {
		return rec, fmt.Errorf("its time %q is not an RFC 3339 time", h[3])
	}
	rec.Annotations = make([]annotation.Annotation, 0, strings.Count(rest, "\n")+1)
	var f [chunkFields]string
	for line := 1; rest != ""; line++ {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		k := 0
		for k < chunkFields-1 {
			i := strings.IndexByte(l, '\t')
			if i < 0 {
				break
			}
			f[k], l = l[:i], l[i+1:]
			k++
		}
		f[k] = l
		if k < chunkFields-2 || strings.IndexByte(l, '\t') >= 0 {
			return rec, fmt.Errorf("annotation line %d does not have %d fields", line, chunkFields)
		}
		if k == chunkFields-2 {
			f[chunkFields-1] = "" // written before mod was stored
		}
		var a annotation.Annotation
		if a.Start, err = strconv.Atoi(f[0]); err != nil {
			return rec, fmt.Errorf("annotation line %d: the start %q is not a number", line, f[0])
		}
		if a.End, err = strconv.Atoi(f[1]); err != nil {
			return rec, fmt.Errorf("annotation line %d: the end %q is not a number", line, f[1])
		}
		var label, source, status string
		for i, dst := range [...]*string{&a.ID, &label, &source, &status, &a.Value, &a.Type, &a.Calendar, &a.Hijri, &a.Note, &a.Entity, &a.Link} {
			if *dst, err = unescape(f[2+i]); err != nil {
				return rec, fmt.Errorf("annotation line %d: %v", line, err)
			}
		}
		a.Label, a.Source, a.Status = annotation.Label(label), annotation.Source(source), annotation.Status(status)
		if a.Mod, err = unescape(f[chunkFields-1]); err != nil {
			return rec, fmt.Errorf("annotation line %d: %v", line, err)
		}
		pre, suf := "", ""
		if t != nil {
			a.Quote = t.slice(a.Start, a.End)
			pre, suf = t.context(a.Start, a.End)
		}
		for i, p := range [...]struct {
			dst *string
			def string
		}{{&a.Quote, a.Quote}, {&a.Prefix, pre}, {&a.Suffix, suf}} {
			v := f[13+i]
			if v == "" {
				*p.dst = p.def
				continue
			}
			if v[0] != '=' {
				return rec, fmt.Errorf("annotation line %d: field %d neither empty nor starting with =", line, 14+i)
			}
			if *p.dst, err = unescape(v[1:]); err != nil {
				return rec, fmt.Errorf("annotation line %d: %v", line, err)
			}
		}
		rec.Annotations = append(rec.Annotations, a)
	}
	return rec, nil
}
