package interop

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// encodings maps the WHATWG Encoding Standard labels (https://encoding.spec.whatwg.org/#names-and-labels)
// of the encodings Arabic text files come in to their canonical name and
// golang.org/x/text decoder. It is a short list on purpose: the whole WHATWG
// index (golang.org/x/text/encoding/htmlindex) would put the Chinese,
// Japanese and Korean tables (~0.45 MB brotli) into app.wasm.
var encodings = map[string]struct {
	name string
	enc  encoding.Encoding
}{}

func init() {
	add := func(name string, e encoding.Encoding, labels ...string) {
		for _, l := range append(labels, name) {
			encodings[l] = struct {
				name string
				enc  encoding.Encoding
			}{name, e}
		}
	}
	add("utf-8", unicode.UTF8, "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8")
	add("utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16", "ucs-2", "unicode", "unicodefeff", "iso-10646-ucs-2", "csunicode")
	add("utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "unicodefffe")
	add("windows-1256", charmap.Windows1256, "cp1256", "x-cp1256")
	add("iso-8859-6", charmap.ISO8859_6, "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987")
	add("windows-1252", charmap.Windows1252, "latin1", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "ascii", "us-ascii", "cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "x-cp1252", "ansi_x3.4-1968")
	add("ibm866", charmap.CodePage866, "866", "cp866", "csibm866")
	add("macintosh", charmap.Macintosh, "mac", "csmacintosh", "x-mac-roman")
}

// DecodeText returns the text of a text file and the name of the encoding
// it was read in. enc is a WHATWG Encoding Standard label of one of the
// encodings Arabic text comes in: "utf-8", "utf-16le", "utf-16be",
// "windows-1256", "iso-8859-6", "windows-1252" ("latin1" is windows-1252
// there, as in browsers), "ibm866", "macintosh"; decoders from
// golang.org/x/text/encoding.
//
// With enc "" the encoding is detected: a byte-order mark (UTF-8, UTF-16LE,
// UTF-16BE; the mark is dropped); valid UTF-8 without NUL bytes; UTF-16 without a mark, when
// at least 60% of the high bytes of its code units are 0x00 or 0x06 (Latin
// and Arabic); otherwise Windows-1256, the Arabic Windows code page, with
// detected true so that the caller can say the encoding was guessed. A
// decoding is never lenient: a byte sequence the encoding cannot decode
// (which would become U+FFFD) is an EINVALID error naming the encoding and
// the byte offset, so a wrong choice is reported rather than silently
// replaced. name is the file name, for messages.
func DecodeText(name string, data []byte, enc string) (text, used string, guessed bool, err error) {
	if enc != "" {
		found, ok := encodings[strings.ToLower(strings.TrimSpace(enc))]
		if !ok {
			return "", "", false, Invalid("Unknown encoding %q for %s (try utf-8, windows-1256, iso-8859-6, utf-16le or utf-16be).", Clip(enc), name)
		}
		e, n := found.enc, found.name
		if n == "utf-8" {
			data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
			if i := invalidUTF8(data); i >= 0 {
				return "", "", false, Invalid("%s is not valid UTF-8 (invalid byte at offset %d): choose its encoding, e.g. windows-1256.", name, i)
			}
			return string(data), "UTF-8", false, nil
		}
		t, err := decodeStrict(name, data, e, n)
		return t, n, false, err
	}
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
		if i := invalidUTF8(data); i >= 0 {
			return "", "", false, Invalid("%s starts with a UTF-8 byte-order mark but is not valid UTF-8 (invalid byte at offset %d).", name, i+3)
		}
		return string(data), "UTF-8", false, nil
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		t, err := decodeStrict(name, data, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE")
		return t, "UTF-16LE", false, err
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		t, err := decodeStrict(name, data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE")
		return t, "UTF-16BE", false, err
	case utf8.Valid(data) && !nulUTF16(data):
		return string(data), "UTF-8", false, nil
	}
	if order, ok := looksUTF16(data); ok {
		t, err := decodeStrict(name, data, unicode.UTF16(order, unicode.IgnoreBOM), utf16Name(order))
		if err == nil {
			return t, utf16Name(order), true, nil
		}
	}
	t, err := decodeStrict(name, data, charmap.Windows1256, "windows-1256")
	return t, "windows-1256", true, err
}

func utf16Name(o unicode.Endianness) string {
	if o == unicode.LittleEndian {
		return "UTF-16LE"
	}
	return "UTF-16BE"
}

// nulUTF16 reports whether data, although valid UTF-8, is UTF-16 without a
// byte-order mark: Arabic and Latin UTF-16 code units are often two ASCII
// bytes (و U+0648 is 48 06, a space 20 00), so such a file passes as UTF-8
// full of NUL and control bytes, which no text file has.
func nulUTF16(data []byte) bool {
	if bytes.IndexByte(data, 0) < 0 {
		return false
	}
	_, ok := looksUTF16(data)
	return ok
}

// looksUTF16 reports whether data reads as UTF-16 without a byte-order
// mark: an even length and most high bytes 0x00 or 0x06.
func looksUTF16(data []byte) (unicode.Endianness, bool) {
	if len(data) < 2 || len(data)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 || data[i] == 6 {
			even++
		}
		if data[i+1] == 0 || data[i+1] == 6 {
			odd++
		}
	}
	units := len(data) / 2
	switch {
	case odd*10 >= units*6 && odd > even:
		return unicode.LittleEndian, true
	case even*10 >= units*6 && even > odd:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// invalidUTF8 returns the offset of the first invalid byte of data, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// decodeStrict decodes data with e and fails where the decoder had to
// substitute U+FFFD for bytes it could not decode.
func decodeStrict(name string, data []byte, e encoding.Encoding, label string) (string, error) {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return "", Invalid("%s cannot be read as %s: %v.", name, label, err)
	}
	if bytes.ContainsRune(data, utf8.RuneError) && utf8.Valid(data) {
		return string(out), nil // the file itself has U+FFFD
	}
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		cp := utf8.RuneCount(out[:i])
		return "", Invalid("%s is not valid %s: the character at position %d (code points) cannot be decoded. Choose another encoding.", name, label, cp)
	}
	if !utf8.Valid(out) {
		return "", Invalid("%s cannot be read as %s.", name, label)
	}
	return string(out), nil
}

// Newlines maps offsets between a text with CRLF line breaks and the same
// text with each CRLF replaced by LF (the form Hashiya stores when it
// imports a CRLF text file, and the way brat's offsets count a CRLF when
// the file was written on Unix from a Windows text). A lone CR is left
// alone. Offsets are code points.
type Newlines struct {
	cr []int // code-point offsets, in the CRLF text, of the CR of each CRLF
}

// NewNewlines returns the map of raw and the LF form of raw.
func NewNewlines(raw string) (Newlines, string) {
	var nl Newlines
	if !strings.Contains(raw, "\r\n") {
		return nl, raw
	}
	cp := 0
	prevCR := false
	for _, r := range raw {
		if r == '\n' && prevCR {
			nl.cr = append(nl.cr, cp-1)
		}
		prevCR = r == '\r'
		cp++
	}
	return nl, strings.ReplaceAll(raw, "\r\n", "\n")
}

// Count returns the number of CRLF pairs.
func (n Newlines) Count() int { return len(n.cr) }

// ToLF converts an offset in the CRLF text to the LF text. An offset
// between the CR and LF of a pair maps to the LF.
func (n Newlines) ToLF(raw int) int {
	k := sort.SearchInts(n.cr, raw) // pairs whose CR is before raw
	return raw - k
}

// ToCRLF converts an offset in the LF text to the CRLF text.
func (n Newlines) ToCRLF(lf int) int {
	k := sort.Search(len(n.cr), func(k int) bool { return n.cr[k]-k >= lf })
	return lf + k
}

// UTF16Index converts offsets in one text between code points and UTF-16
// code units (what JavaScript's String indices, the DOM, Hypothesis and
// Recogito count) in O(log n) each, after an O(n) build.
type UTF16Index struct {
	u16 []int // u16[i] = UTF-16 offset of code point i; len = code points + 1
}

// NewUTF16Index indexes text.
func NewUTF16Index(text []rune) UTF16Index {
	u := make([]int, len(text)+1)
	for i, r := range text {
		u[i+1] = u[i] + utf16.RuneLen(r)
		if u[i+1] == u[i] { // an invalid rune is written as U+FFFD, one unit
			u[i+1]++
		}
	}
	return UTF16Index{u16: u}
}

// Len returns the length of the text in UTF-16 code units.
func (x UTF16Index) Len() int { return x.u16[len(x.u16)-1] }

// ToUTF16 returns the UTF-16 offset of code-point offset cp, which must be
// in [0, code points].
func (x UTF16Index) ToUTF16(cp int) int { return x.u16[cp] }

// ToCP returns the code-point offset of UTF-16 offset u and true, or false
// when u is outside the text or between the two halves of a surrogate pair.
func (x UTF16Index) ToCP(u int) (int, bool) {
	i := sort.SearchInts(x.u16, u)
	if i >= len(x.u16) || x.u16[i] != u {
		return 0, false
	}
	return i, true
}

// Pos returns "line L, column C" (from 1; columns in code points) of byte
// offset off in data, for messages about a text file.
func Pos(data []byte, off int) string {
	off = min(max(off, 0), len(data))
	line := bytes.Count(data[:off], []byte("\n")) + 1
	col := utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off]) + 1
	return fmt.Sprintf("line %d, column %d", line, col)
}

// Placer reads spans whose unit is not stated, checking each by its quote:
// first as code points, then as UTF-16 code units (JavaScript string
// indices, which Hypothesis, Recogito and other browser tools store).
type Placer struct {
	Text  []rune
	idx   *UTF16Index
	UTF16 int // spans that were found only when read as UTF-16 code units
}

// Place returns the code-point span of [start,end) whose text is quote
// (compared in NFC), or false. An empty quote accepts the span as code
// points when it is inside the text.
func (p *Placer) Place(start, end int, quote string) (int, int, bool) {
	fits := func(s, e int) bool {
		if s < 0 || e > len(p.Text) || s >= e {
			return false
		}
		return quote == "" || norm.NFC.String(string(p.Text[s:e])) == norm.NFC.String(quote)
	}
	if fits(start, end) {
		return start, end, true
	}
	if quote == "" {
		return 0, 0, false
	}
	if p.idx == nil {
		x := NewUTF16Index(p.Text)
		p.idx = &x
	}
	s, ok1 := p.idx.ToCP(start)
	e, ok2 := p.idx.ToCP(end)
	if ok1 && ok2 && fits(s, e) {
		p.UTF16++
		return s, e, true
	}
	return 0, 0, false
}

// UTF16Warning is the sentence for n spans converted from UTF-16.
func UTF16Warning(n int) string {
	return fmt.Sprintf("%d annotation positions were counted in UTF-16 code units (JavaScript string indices); they were converted to Unicode code points, the unit Hashiya stores and exports.", n)
}
