// Package batch annotates a corpus of news articles as a stream: it reads
// JSON Lines records ({"id","title","text","dct"}), plain-text files and
// folders, gzip-compressed or not; annotates each with app/pipeline on a
// pool of workers; writes one native export per line (hashiyajson.AppendLine,
// the format the app imports); and keeps the corpus tables (entity
// frequencies, dates by month). Memory stays flat: a record is held only
// while it is in flight, and at most a fixed window of records is in flight.
//
// Bad input never stops a run: each record that cannot be read or annotated
// becomes an Error (input, line, id, message) and the run goes on.
//
// The same per-record function (Annotate) and tables (Corpus) are used by
// the Apache Beam pipeline in app/batch/beam, so both give the same output.
package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the default limit on the size of one record (a JSON
// Lines line or a text file), in bytes: 8 MiB, about 30 times the longest
// news article one meets, small enough that a wrong input (a binary file,
// a whole corpus on one line) is reported instead of filling memory.
const DefaultMaxBytes = 8 << 20

// Record is one document read from the input, in input order.
type Record struct {
	Input string // the input file ("-" for standard input)
	Line  int    // line number in Input, from 1, for a JSON Lines record; 0 for a whole text file
	ID    string // the record's "id"; for a text file, its path; when missing, "INPUT:LINE"
	Title string // "title"; for a text file its base name; when missing, the id
	Text  string // "text", exactly as given
	DCT   string // "dct" as given ("" when absent)
	Size  int    // bytes of the record in the uncompressed input

	// Err is set when the record could not be read (malformed JSON,
	// invalid UTF-8, oversized, unreadable file); the fields above are
	// then filled as far as they are known.
	Err error
}

// Error codes of Error.Code.
const (
	CodeMalformed = "malformed" // a JSON Lines line that is not a JSON object with a string "text"
	CodeEncoding  = "encoding"  // not UTF-8
	CodeOversized = "oversized" // longer than the limit
	CodeEmpty     = "empty"     // no text
	CodeDCT       = "dct"       // a "dct" that is not a date
	CodeRead      = "read"      // the input file could not be opened or read
	CodeAnnotate  = "annotate"  // the pipeline or the export check failed
)

// Error is a record that was not annotated. It is written to the errors
// file as one JSON object per line.
type Error struct {
	Input   string `json:"input"`
	Line    int    `json:"line,omitempty"` // from 1; 0 for a whole file
	ID      string `json:"id,omitempty"`
	Code    string `json:"code"`
	Message string `json:"error"`
}

func (e *Error) Error() string {
	where := e.Input
	if e.Line > 0 {
		where += ":" + strconv.Itoa(e.Line)
	}
	if e.ID != "" && e.ID != e.Input {
		where += " (id " + strconv.Quote(e.ID) + ")"
	}
	return where + ": " + e.Message
}

func recordError(rec *Record, code, format string, args ...any) *Error {
	return &Error{Input: rec.Input, Line: rec.Line, ID: rec.ID, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Kind is how an input file is read.
type Kind int

// Input kinds.
const (
	JSONLines Kind = iota // one JSON object per line
	Text                  // the whole file is one article
)

// KindOf returns the kind of a file from its name: .jsonl, .ndjson and
// .json (optionally followed by .gz) are JSON Lines, "-" (standard input)
// is JSON Lines, anything else is a text article.
func KindOf(name string) Kind {
	if name == "-" {
		return JSONLines
	}
	switch filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz")) {
	case ".jsonl", ".ndjson", ".json":
		return JSONLines
	}
	return Text
}

// inFolder reports whether a file met while walking a folder is an input:
// text (.txt) and JSON Lines (.jsonl, .ndjson) files, compressed or not.
// Other files (README, images, hidden files, and .json, which is more often
// one JSON document, e.g. an export, than JSON Lines) are skipped.
func inFolder(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	if strings.HasPrefix(base, ".") {
		return false
	}
	switch filepath.Ext(strings.TrimSuffix(base, ".gz")) {
	case ".txt", ".jsonl", ".ndjson":
		return true
	}
	return false
}

// Files expands inputs into the list of files to read, in order: a folder
// becomes its input files (see inFolder) in lexical order, recursively; "-"
// and file names are kept. A folder that cannot be walked is returned as an
// error alongside what could be listed.
func Files(inputs []string) ([]string, error) {
	var files []string
	var errs []error
	for _, in := range inputs {
		if in == "-" {
			files = append(files, in)
			continue
		}
		st, err := os.Stat(in)
		if err != nil || !st.IsDir() {
			files = append(files, in) // the reader reports a missing file
			continue
		}
		err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && inFolder(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, err)
		}
	}
	return files, errors.Join(errs...)
}

// Size returns the total size in bytes of the given files as stored (a .gz
// file counts its compressed size), and whether it is known: it is not when
// standard input is not a regular file or a file cannot be stat'ed.
func Size(files []string) (int64, bool) {
	var total int64
	for _, f := range files {
		var st os.FileInfo
		var err error
		if f == "-" {
			st, err = os.Stdin.Stat()
		} else {
			st, err = os.Stat(f)
		}
		if err != nil || !st.Mode().IsRegular() {
			return 0, false
		}
		total += st.Size()
	}
	return total, true
}

// Reader reads records from a list of files.
type Reader struct {
	// MaxBytes is the size limit of one record; DefaultMaxBytes when 0.
	MaxBytes int
	// Stdin is read for the input "-"; os.Stdin when nil.
	Stdin io.Reader
	// Consumed, when not nil, is called with the number of bytes read from
	// the stored files (compressed bytes for .gz), for progress reports.
	Consumed func(n int)
}

// Read reads every file in order and calls emit with each record (records
// with Err set included). It stops early only when emit returns an error,
// which it returns.
func (r *Reader) Read(files []string, emit func(Record) error) error {
	for _, f := range files {
		if err := r.readFile(f, emit); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) maxBytes() int {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r io.Reader
	f func(int)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.f(n)
	}
	return n, err
}

func (r *Reader) readFile(name string, emit func(Record) error) error {
	var in io.Reader
	if name == "-" {
		in = r.Stdin
		if in == nil {
			in = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return emit(Record{Input: name, ID: name, Err: &Error{Input: name, ID: name, Code: CodeRead, Message: err.Error()}})
		}
		defer f.Close()
		in = f
	}
	if r.Consumed != nil {
		in = countingReader{in, r.Consumed}
	}
	br := bufio.NewReaderSize(in, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		// gzip, whatever the name says (several members are read as one stream).
		zr, err := gzip.NewReader(br)
		if err != nil {
			return emit(Record{Input: name, ID: name, Err: &Error{Input: name, ID: name, Code: CodeRead, Message: "not a valid gzip file: " + err.Error()}})
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	if KindOf(name) == Text {
		return emit(r.textRecord(name, br))
	}
	return r.readLines(name, br, emit)
}

// textRecord reads a whole text file as one record.
func (r *Reader) textRecord(name string, br *bufio.Reader) Record {
	rec := Record{Input: name, ID: name, Title: filepath.Base(strings.TrimSuffix(name, ".gz"))}
	max := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	rec.Size = len(data)
	switch {
	case err != nil:
		rec.Err = recordError(&rec, CodeRead, "%v", err)
	case len(data) > max:
		n, _ := io.Copy(io.Discard, br)
		rec.Size += int(n)
		rec.Err = recordError(&rec, CodeOversized, "the file is %d bytes, more than the limit of %d bytes per document (--max-bytes)", rec.Size, max)
	default:
		rec.Text = string(data)
		rec.Err = checkText(&rec, rec.Text)
	}
	if rec.Err != nil {
		rec.Text = ""
	}
	return rec
}

// readLines reads JSON Lines: one record per non-blank line. A line longer
// than the limit is skipped (reported, not held in memory).
func (r *Reader) readLines(name string, br *bufio.Reader, emit func(Record) error) error {
	max := r.maxBytes()
	var long []byte // a line longer than bufio's buffer, assembled
	for line := 1; ; line++ {
		long = long[:0]
		size := 0
		var data []byte
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			size += len(chunk)
			if err == bufio.ErrBufferFull || len(long) > 0 {
				if size <= max+1 {
					long = append(long, chunk...)
				}
				data = long
			} else {
				data = chunk
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return emit(Record{Input: name, Line: line, ID: name + ":" + strconv.Itoa(line), Err: &Error{Input: name, Line: line, Code: CodeRead, Message: err.Error()}})
		}
		if size == 0 {
			return nil // io.EOF
		}
		rec := Record{Input: name, Line: line, Size: size}
		if n := size - boolInt(bytes.HasSuffix(data, []byte("\n"))); n > max {
			rec.ID = name + ":" + strconv.Itoa(line)
			rec.Err = recordError(&rec, CodeOversized, "the line is %d bytes, more than the limit of %d bytes per document (--max-bytes)", n, max)
		} else if len(bytes.TrimSpace(data)) == 0 {
			if err == io.EOF {
				return nil
			}
			continue
		} else {
			parseRecord(&rec, data)
		}
		if e := emit(rec); e != nil {
			return e
		}
		if err == io.EOF {
			return nil
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// jsonRecord is the shape of a JSON Lines input record. The id may be a
// string or a number.
type jsonRecord struct {
	ID    json.RawMessage `json:"id"`
	Title *string         `json:"title"`
	Text  *string         `json:"text"`
	DCT   *string         `json:"dct"`
}

// ParseLine parses one JSON Lines line (without its newline) of input,
// line number line (0 when unknown, as in the Beam pipeline: a record
// without an id is then named by input and the first 12 hex digits of the
// line's SHA-256), into a Record; the record's Err is set when the line is
// not a valid record or is longer than the limit.
func (r *Reader) ParseLine(input string, line int, data []byte) Record {
	rec := Record{Input: input, Line: line, Size: len(data)}
	if len(data) > r.maxBytes() {
		rec.ID = defaultID(&rec, data)
		rec.Err = recordError(&rec, CodeOversized, "the line is %d bytes, more than the limit of %d bytes per document (--max-bytes)", len(data), r.maxBytes())
		return rec
	}
	parseRecord(&rec, data)
	return rec
}

// defaultID is the id of a record that has none: INPUT:LINE, or
// INPUT#SHA256-PREFIX when the line number is unknown.
func defaultID(rec *Record, line []byte) string {
	if rec.Line > 0 {
		return rec.Input + ":" + strconv.Itoa(rec.Line)
	}
	sum := sha256.Sum256(line)
	return rec.Input + "#" + hex.EncodeToString(sum[:6])
}

// parseRecord fills rec from one JSON Lines line.
// decodeRecord decodes a line as encoding/json.Unmarshal into a jsonRecord
// does, through quickRecord when the line has the usual shape.
func decodeRecord(line []byte) (jsonRecord, error) {
	var v jsonRecord
	if quickRecord(line, &v) {
		return v, nil
	}
	v = jsonRecord{}
	err := json.Unmarshal(line, &v)
	return v, err
}

func parseRecord(rec *Record, line []byte) {
	rec.ID = defaultID(rec, line)
	if !utf8.Valid(line) {
		rec.Err = recordError(rec, CodeEncoding, "the line is not UTF-8 (invalid byte 0x%02x at byte %d of the line); convert the file first, e.g. iconv -f WINDOWS-1256 -t UTF-8", line[badByte(line)], badByte(line))
		return
	}
	v, err := decodeRecord(line)
	if err != nil {
		msg := err.Error()
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			msg = fmt.Sprintf("%s (at byte %d of the line)", syn.Error(), syn.Offset)
		}
		rec.Err = recordError(rec, CodeMalformed, "not a JSON object {\"id\",\"title\",\"text\",\"dct\"}: %s", msg)
		return
	}
	if len(v.ID) > 0 && string(v.ID) != "null" {
		var s string
		if json.Unmarshal(v.ID, &s) == nil {
			rec.ID = s
		} else if _, err := strconv.ParseFloat(string(v.ID), 64); err == nil {
			rec.ID = string(v.ID)
		} else {
			rec.Err = recordError(rec, CodeMalformed, "the \"id\" must be a string or a number, not %s", v.ID)
			return
		}
	}
	rec.Title = rec.ID
	if v.Title != nil && *v.Title != "" {
		rec.Title = *v.Title
	}
	if v.DCT != nil {
		rec.DCT = *v.DCT
	}
	if v.Text == nil {
		rec.Err = recordError(rec, CodeMalformed, "the record has no \"text\" string")
		return
	}
	rec.Text = *v.Text
	if rec.Err = checkText(rec, rec.Text); rec.Err != nil {
		rec.Text = ""
	}
}

func badByte(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// checkText refuses a text that is not valid UTF-8 or has nothing but
// white space; it returns nil or an *Error.
func checkText(rec *Record, text string) error {
	if !utf8.ValidString(text) {
		i := badByte([]byte(text))
		return recordError(rec, CodeEncoding, "the text is not UTF-8 (invalid byte 0x%02x at byte offset %d); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8", text[i], i)
	}
	if strings.TrimSpace(text) == "" {
		return recordError(rec, CodeEmpty, "no text to annotate")
	}
	return nil
}
