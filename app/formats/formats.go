// Package formats is the single entry point for reading and writing
// Hashiya's work in other tools' formats: it detects a file's format,
// calls the importer of that format, places the annotations on the open
// document, and writes exports.
//
// Formats (each in its own package, which documents its units and cites
// its specification):
//
//	native       Hashiya's JSON export (app/hashiyajson), and the library bundle
//	w3c          W3C Web Annotation Data Model, JSON-LD (app/w3c); Hypothesis and Recogito files
//	brat         brat standoff .txt + .ann (app/brat)
//	conll        CoNLL-2003-style BIO, one token per line (app/conll)
//	doccano      doccano JSONL (app/doccano)
//	labelstudio  Label Studio JSON tasks (app/labelstudio)
//
// Offsets are Unicode code points everywhere in Hashiya; files counting
// UTF-16 code units are converted on import and the conversion is stated
// in Result.Warnings. Importers never change anything stored: they return
// a Result (or an EINVALID/ECONFLICT/EVERSION *annotation.Error naming the
// line or annotation at fault), which the caller merges (hashiyajson.Apply
// or hashiyajson.Merge).
package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/anchor"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/brat"
	"github.com/hashiya/hashiya/app/conll"
	"github.com/hashiya/hashiya/app/doccano"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/labelstudio"
	"github.com/hashiya/hashiya/app/w3c"
)

// Format names a file format.
type Format string

// Formats.
const (
	Native      Format = "native"
	W3C         Format = "w3c"
	Brat        Format = "brat"
	CoNLL       Format = "conll"
	Doccano     Format = "doccano"
	LabelStudio Format = "labelstudio"
)

// All lists the formats.
var All = []Format{Native, W3C, Brat, CoNLL, Doccano, LabelStudio}

// Parse returns the format named s (case-insensitive; "hashiya", "jsonld",
// "ann", "bio", "label-studio" accepted as aliases), or an EINVALID error.
func Parse(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "native", "hashiya", "json":
		return Native, nil
	case "w3c", "jsonld", "webannotation", "hypothesis":
		return W3C, nil
	case "brat", "ann", "standoff":
		return Brat, nil
	case "conll", "bio", "iob", "conll2003":
		return CoNLL, nil
	case "doccano", "jsonl":
		return Doccano, nil
	case "labelstudio", "label-studio", "ls":
		return LabelStudio, nil
	}
	return "", interop.Invalid("Unknown format %q (expected native, w3c, brat, conll, doccano or labelstudio).", interop.Clip(s))
}

// File is a named file's content.
type File struct {
	Name string
	Data []byte
}

// Options are the choices of an import.
type Options struct {
	Format Format // "" detects it (Detect)
	// Encoding is the encoding of the files that are not UTF-8 (a WHATWG
	// label: "windows-1256", "utf-16le", …; interop.DecodeText); "" detects
	// it. UTF-8 files (a brat .ann beside a Windows-1256 .txt) are read as
	// UTF-8 whatever it says.
	Encoding string
}

// Result is what an import read (see interop.Result), plus the tombstones
// of a native file (deleted suggestions, for hashiyajson.Apply).
type Result struct {
	interop.Result
	Tombstones []hashiyajson.Tombstone
}

// Detect returns the format of a file from its name and content: the
// extension (.ann/.txt brat, .conll/.bio/.iob conll, .jsonl doccano,
// .jsonld w3c), else the content (a "format": "hashiya" header; W3C
// selectors or context; Label Studio "data" tasks; doccano "text" with
// "label"; brat T lines; token-and-tag lines). It returns "" when nothing
// fits.
func Detect(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ann", ".txt":
		return Brat
	case ".conll", ".bio", ".iob", ".conll03":
		return CoNLL
	case ".jsonl":
		return Doccano
	case ".jsonld":
		return W3C
	}
	head := bytes.TrimSpace(bytes.TrimPrefix(data[:min(len(data), 1<<16)], []byte("\xef\xbb\xbf")))
	if len(head) == 0 {
		return ""
	}
	if head[0] == '{' || head[0] == '[' {
		switch {
		case bytes.Contains(head, []byte(`"format"`)) && bytes.Contains(head, []byte(`"hashiya`)):
			return Native
		case w3c.Sniff(data):
			return W3C
		case bytes.Contains(head, []byte(`"data"`)) && (bytes.Contains(data, []byte(`"annotations"`)) || bytes.Contains(data, []byte(`"predictions"`))):
			return LabelStudio
		case head[0] == '{' && bytes.Contains(head, []byte(`"text"`)) && (bytes.Contains(data, []byte(`"label"`)) || bytes.Contains(data, []byte(`"entities"`))):
			return Doccano
		}
		return ""
	}
	if bytes.HasPrefix(head, []byte("T")) && bytes.Contains(bytes.SplitN(head, []byte("\n"), 2)[0], []byte("\t")) {
		return Brat
	}
	first := strings.Fields(string(bytes.SplitN(head, []byte("\n"), 2)[0]))
	if len(first) >= 2 {
		tag := first[len(first)-1]
		if tag == "O" || first[0] == "-DOCSTART-" || (len(tag) > 2 && tag[1] == '-' && strings.Contains("BIES", tag[:1])) {
			return CoNLL
		}
	}
	return ""
}

// Import reads one file made on the open document doc (nil when there is
// none: the file must then carry its text) and detects its format. See
// ImportFiles.
func Import(filename string, data []byte, doc *annotation.Document) (Result, error) {
	return ImportFiles([]File{{filename, data}}, doc, Options{})
}

// ImportFiles reads one document's annotations from files: one file, or a
// brat .txt and .ann pair. With doc non-nil the annotations are placed on
// doc.Text: directly when the file's text is doc's (same SHA-256, or the
// file has no text), else moved through a diff of the two texts where
// their characters are unchanged and re-anchored by quote and context
// where they are not (anchor.Carry),
// the ones that cannot be placed returned in Result.Orphans with a
// warning. A file holding several documents (doccano lines, Label Studio
// tasks, a library bundle) gives the one whose text is doc's; without doc
// it must hold exactly one (see ImportAll). Errors are *annotation.Error.
func ImportFiles(files []File, doc *annotation.Document, opt Options) (Result, error) {
	all, err := importAll(files, doc, opt)
	if err != nil {
		return Result{}, err
	}
	if doc == nil {
		if len(all) != 1 {
			return Result{}, interop.Invalid("The file holds %d documents; import it into the library to keep them all.", len(all))
		}
		return all[0], nil
	}
	if len(all) == 1 {
		return onto(all[0], *doc), nil
	}
	for _, r := range all {
		if r.Document.SHA256 == doc.SHA256 {
			return r, nil
		}
	}
	return Result{}, annotation.Errorf(annotation.ECONFLICT, "None of the %d documents in the file has the text of the open document “\u2068%s\u2069”. Import it into the library instead.", len(all), doc.Title)
}

// ImportAll reads every document of files (see ImportFiles, without an
// open document): doccano lines, Label Studio tasks, a library bundle's
// documents, or the one document of other files.
func ImportAll(files []File, opt Options) ([]Result, error) { return importAll(files, nil, opt) }

func importAll(files []File, doc *annotation.Document, opt Options) ([]Result, error) {
	if len(files) == 0 {
		return nil, interop.Invalid("No file to import.")
	}
	for _, f := range files {
		if err := interop.CheckSize(f.Name, f.Data); err != nil {
			return nil, err
		}
	}
	files, notes, err := decodeFiles(files, opt)
	if err != nil {
		return nil, err
	}
	res, err := importDecoded(files, doc, opt)
	for i := range res {
		for _, n := range notes {
			res[i].Warnf("%s", n.text)
			if res[i].Encoding == "" {
				res[i].Encoding = n.encoding
			}
		}
	}
	return res, err
}

type encodingNote struct{ text, encoding string }

// decodeFiles returns files with every one that is not UTF-8 converted to
// UTF-8 (a brat .txt excepted: app/brat reads it in opt.Encoding and checks
// its newlines on the raw text), and a note for each converted file, which
// says whether the encoding was chosen (opt.Encoding) or detected. (The
// app asks the person first: interop.Readings, app/ui/encodingdialog.go.)
func decodeFiles(files []File, opt Options) ([]File, []encodingNote, error) {
	var out []File
	var notes []encodingNote
	for i, f := range files {
		rs := interop.Readings(f.Data)
		utf16BOM := len(f.Data) >= 2 && (f.Data[0] == 0xFF && f.Data[1] == 0xFE || f.Data[0] == 0xFE && f.Data[1] == 0xFF)
		if len(rs) == 0 && !utf16BOM {
			continue // UTF-8, or no encoding offered reads it: the importer says what is wrong
		}
		if strings.EqualFold(filepath.Ext(f.Name), ".txt") {
			continue
		}
		enc := opt.Encoding
		if utf16BOM {
			enc = "" // the byte-order mark says it
		}
		text, used, guessed, err := interop.DecodeText(filepath.Base(f.Name), f.Data, enc)
		if err != nil {
			return nil, nil, err
		}
		how := "as chosen"
		switch {
		case enc == "" && guessed:
			how = "the encoding detected; if the text looks wrong, choose another"
		case enc == "":
			how = "as its byte-order mark says"
		}
		if out == nil {
			out = slices.Clone(files)
		}
		out[i].Data = []byte(text)
		notes = append(notes, encodingNote{fmt.Sprintf("%s is not UTF-8; it was read as %s (%s) and converted.", filepath.Base(f.Name), used, how), used})
	}
	if out == nil {
		out = files
	}
	return out, notes, nil
}

func importDecoded(files []File, doc *annotation.Document, opt Options) ([]Result, error) {
	format := opt.Format
	if format == "" {
		for _, f := range files {
			if format = Detect(f.Name, f.Data); format != "" {
				break
			}
		}
	}
	if len(files) > 1 && format != Brat {
		return nil, interop.Invalid("Several files are imported together only as a brat .txt and .ann pair.")
	}
	f := files[0]
	wrap := func(r interop.Result, err error) ([]Result, error) {
		if err != nil {
			return nil, err
		}
		return []Result{{Result: r}}, nil
	}
	wrapAll := func(rs []interop.Result, err error) ([]Result, error) {
		if err != nil {
			return nil, err
		}
		out := make([]Result, len(rs))
		for i, r := range rs {
			out[i] = Result{Result: r}
		}
		return out, nil
	}
	title := titleOf(f.Name)
	switch format {
	case Native:
		return native(f.Data)
	case W3C:
		if doc == nil {
			return nil, interop.Invalid("A W3C Web Annotation file does not contain the text it annotates: open its document first, then import the file into it.")
		}
		return wrap(w3c.Decode(f.Data, *doc))
	case Brat:
		var txt, ann *File
		for i := range files {
			if strings.EqualFold(filepath.Ext(files[i].Name), ".txt") {
				txt = &files[i]
			} else {
				ann = &files[i]
			}
		}
		switch {
		case ann == nil:
			return nil, interop.Invalid("A brat document needs its .ann file beside the .txt.")
		case txt == nil && doc == nil:
			return nil, interop.Invalid("The brat file %s needs its .txt (the text it annotates), or an open document to import it into.", filepath.Base(ann.Name))
		case txt == nil:
			return wrap(brat.DecodeAnn(ann.Data, *doc))
		}
		return wrap(brat.Decode(titleOf(txt.Name), txt.Data, ann.Data, brat.Options{Encoding: opt.Encoding}))
	case CoNLL:
		return wrap(conll.Decode(title, f.Data, doc))
	case Doccano:
		return wrapAll(doccano.Decode(title, f.Data))
	case LabelStudio:
		return wrapAll(labelstudio.Decode(title, f.Data))
	}
	if err := brokenJSON(f.Data); err != "" {
		return nil, interop.Invalid("%s is not valid JSON: %s. (Hashiya reads its own JSON, W3C Web Annotation, brat .ann/.txt, CoNLL BIO, doccano JSONL and Label Studio JSON.)", filepath.Base(f.Name), err)
	}
	return nil, interop.Invalid("The format of %s was not recognized (Hashiya reads its own JSON, W3C Web Annotation, brat .ann/.txt, CoNLL BIO, doccano JSONL and Label Studio JSON).", filepath.Base(f.Name))
}

// brokenJSON describes the syntax error of data when it starts as JSON (an
// object or array) but does not parse: what is wrong and where (line and
// column), e.g. "unexpected end of JSON input at line 3, column 1". It
// returns "" for anything else.
func brokenJSON(data []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) == 0 || (t[0] != '{' && t[0] != '[') || json.Valid(data) {
		return ""
	}
	var v any
	err := json.Unmarshal(data, &v)
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		off := int(syn.Offset) - 1 // Offset counts the bytes read, the bad one included
		if strings.Contains(syn.Error(), "unexpected end") {
			off = len(data)
		}
		return fmt.Sprintf("%s at %s", syn.Error(), interop.Pos(data, off))
	case err != nil:
		return fmt.Sprintf("%s at %s", err.Error(), interop.Pos(data, len(data)))
	}
	return ""
}

// titleOf returns a document title from a file name: its base name without
// the extension, as valid UTF-8 (bytes that are not are dropped).
func titleOf(name string) string {
	return strings.ToValidUTF8(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), "")
}

func native(data []byte) ([]Result, error) {
	if hashiyajson.IsBundle(data) {
		b, err := hashiyajson.DecodeBundle(data)
		if err != nil {
			return nil, err
		}
		out := make([]Result, len(b.Documents))
		for i, d := range b.Documents {
			out[i] = Result{Result: interop.Result{Format: string(Native), Document: d.Document, Annotations: d.Annotations, Unit: "code points"}, Tombstones: d.Tombstones}
		}
		return out, nil
	}
	f, err := hashiyajson.Decode(data)
	if err != nil {
		return nil, err
	}
	return []Result{{Result: interop.Result{Format: string(Native), Document: f.Document, Annotations: f.Annotations, Links: f.Links, Unit: "code points"}, Tombstones: f.Tombstones}}, nil
}

// onto places r's annotations on doc's text when r was read on another
// text: moved through a diff of the two texts where their characters are
// unchanged, else re-anchored by quote and context (anchor.Carry).
func onto(r Result, doc annotation.Document) Result {
	if r.Document.SHA256 == doc.SHA256 {
		r.Document = doc
		return r
	}
	a := anchor.Carry(r.Document.Text, doc.Text, r.Annotations)
	r.Annotations = r.Annotations[:0:0]
	for _, p := range a.Placed {
		r.Annotations = append(r.Annotations, p.Ann)
	}
	r.Orphans = append(r.Orphans, a.Orphans...)
	r.Warnf("The file's text (“\u2068%s\u2069”) is not exactly the open document's: %d annotations were moved with their unchanged text, %d placed by their quote and context, %d could not be placed and are listed for review.", interop.Clip(r.Document.Title), a.Count(anchor.Diff), len(a.Placed)-a.Count(anchor.Diff), len(a.Orphans))
	buried := r.Tombstones[:0:0]
	var text *anchor.Text
	for _, t := range r.Tombstones {
		if text == nil {
			text = anchor.NewText(doc.Text)
		}
		sel := anchor.Selector{Start: t.Start, End: t.End, Exact: t.Quote}
		if m := text.Anchor(sel); m.Method == anchor.Position || m.Method == anchor.Quote {
			t.Start, t.End = m.Start, m.End
			buried = append(buried, t)
		}
	}
	r.Tombstones = buried
	r.Document = doc
	return r
}
