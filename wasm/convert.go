//go:build !(js && wasm)

package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
)

func init() {
	register(command{
		Name:    "convert",
		Summary: "convert annotations between native, w3c, brat, conll, doccano and labelstudio",
		Run:     runConvert,
	})
}

func runConvert(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: convert [--from FORMAT] --to FORMAT [--text FILE] [--encoding ENC] [-o OUT] IN

Reads the annotations of IN and writes them in another format, with the
same checks and messages as the app's import and export. Formats: native,
w3c, brat, conll, doccano, labelstudio (--from is detected when omitted).
Offsets are Unicode code points; files counting UTF-16 code units are
converted and the conversion is reported on stderr.

--text gives the document the annotations are on (a UTF-8 or detected
text file, or a native .json export): needed for w3c and a brat .ann
without its .txt; for conll it aligns the tokens on the real text. For brat
input, IN is the .ann or the .txt; the other one is found beside it.
Output goes to stdout, or to -o OUT (a file; a directory for brat and for
several documents). Several documents (doccano lines, Label Studio tasks, a
library bundle) are written as one bundle for --to native, one JSONL for
--to doccano, else as files in the -o directory. Warnings go to stderr.
Exit status: 0 done, 1 the input was refused (nothing written), 2 usage.`)
		fs.PrintDefaults()
	}
	from := fs.String("from", "", "input format (default: detected)")
	to := fs.String("to", "", "output format")
	textFile := fs.String("text", "", "the document's text: a .txt or a native .json")
	enc := fs.String("encoding", "", "encoding of a text file (e.g. windows-1256, utf-16le); default: detected")
	out := fs.String("o", "", "output file or directory (default: stdout)")
	if err := parseAnywhere(fs, args); err != nil { // flagsanywhere.go
		return 2
	}
	if fs.NArg() != 1 || *to == "" {
		fs.Usage()
		return 2
	}
	toF, err := formats.Parse(*to)
	if err != nil {
		fmt.Fprintln(stderr, "hashiya convert:", annotation.ErrorMessage(err))
		return 2
	}
	opt := formats.Options{Encoding: *enc}
	if *from != "" {
		if opt.Format, err = formats.Parse(*from); err != nil {
			fmt.Fprintln(stderr, "hashiya convert:", annotation.ErrorMessage(err))
			return 2
		}
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "hashiya convert:", annotation.ErrorMessage(err))
		return 1
	}
	in := fs.Arg(0)
	files, err := inputFiles(in, opt.Format)
	if err != nil {
		return fail(err)
	}
	var doc *annotation.Document
	if *textFile != "" {
		d, err := readDocument(*textFile, *enc)
		if err != nil {
			return fail(err)
		}
		doc = &d
	}
	var results []formats.Result
	if doc != nil {
		r, err := formats.ImportFiles(files, doc, opt)
		if err != nil {
			return fail(err)
		}
		results = []formats.Result{r}
	} else if results, err = formats.ImportAll(files, opt); err != nil {
		return fail(err)
	}
	for _, r := range results {
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "hashiya convert: %s: warning: %s\n", r.Document.Title, w)
		}
		if r.Encoding != "" && r.Encoding != "UTF-8" {
			fmt.Fprintf(stderr, "hashiya convert: %s: the text was read as %s\n", r.Document.Title, r.Encoding)
		}
		for _, o := range r.Orphans {
			fmt.Fprintf(stderr, "hashiya convert: %s: not placed: %s %q\n", r.Document.Title, o.Label, o.Quote)
		}
	}
	written, warnings, err := export(toF, in, results)
	if err != nil {
		return fail(err)
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "hashiya convert: warning:", w)
	}
	if err := write(written, *out, stdout); err != nil {
		return fail(err)
	}
	return 0
}

// inputFiles reads IN and, for brat, its .txt or .ann partner.
func inputFiles(in string, f formats.Format) ([]formats.File, error) {
	data, err := readFile(in)
	if err != nil {
		return nil, err
	}
	files := []formats.File{{Name: in, Data: data}}
	ext := strings.ToLower(filepath.Ext(in))
	if f == formats.Brat || ext == ".ann" || ext == ".txt" {
		partner := strings.TrimSuffix(in, filepath.Ext(in)) + map[bool]string{true: ".txt", false: ".ann"}[ext != ".txt"]
		if pdata, err := readFile(partner); err == nil {
			files = append(files, formats.File{Name: partner, Data: pdata})
		} else if ext == ".txt" {
			return nil, err
		}
	}
	return files, nil
}

func readFile(name string) ([]byte, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, &annotation.Error{Code: annotation.ENOTFOUND, Message: fmt.Sprintf("Cannot read %s: %v.", name, errors.Unwrap(err)), Err: err}
	}
	if st.Size() > interop.MaxFile {
		return nil, interop.Invalid("%s is %.1f MB; Hashiya imports files of at most %d MB. Split it into several documents.", name, float64(st.Size())/(1<<20), interop.MaxFile>>20)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, &annotation.Error{Code: annotation.ENOTFOUND, Message: fmt.Sprintf("Cannot read %s.", name), Err: err}
	}
	return data, nil
}

// readDocument reads --text: a native export or a text file.
func readDocument(name, enc string) (annotation.Document, error) {
	data, err := readFile(name)
	if err != nil {
		return annotation.Document{}, err
	}
	title := strings.ToValidUTF8(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), "")
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' && formats.Detect(name, data) == formats.Native {
		f, err := hashiyajson.Decode(data)
		if err != nil {
			return annotation.Document{}, err
		}
		return f.Document, nil
	}
	text, _, _, err := interop.DecodeText(name, data, enc)
	if err != nil {
		return annotation.Document{}, err
	}
	_, lf := interop.NewNewlines(text)
	return annotation.NewDocument(title, lf), nil
}

func export(to formats.Format, in string, results []formats.Result) ([]formats.File, []string, error) {
	base := strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))
	if len(results) > 1 && to == formats.Native {
		b := hashiyajson.Bundle{LabelSets: []hashiyajson.LabelSet{hashiyajson.DefaultLabelSet()}}
		for _, r := range results {
			b.Documents = append(b.Documents, hashiyajson.File{Document: r.Document, Annotations: r.Annotations, Tombstones: r.Tombstones})
		}
		data, err := hashiyajson.EncodeBundle(b)
		return []formats.File{{Name: base + ".json", Data: data}}, nil, err
	}
	var all []formats.File
	var warnings []string
	for i, r := range results {
		name := base
		if len(results) > 1 {
			name = fmt.Sprintf("%s-%d", base, i+1)
		}
		files, w, err := formats.ExportLinks(to, name, r.Document, r.Annotations, r.Links, r.Tombstones)
		if err != nil {
			return nil, nil, err
		}
		warnings = append(warnings, w...)
		all = append(all, files...)
	}
	if len(results) > 1 && to == formats.Doccano {
		var buf bytes.Buffer
		for _, f := range all {
			buf.Write(f.Data)
		}
		return []formats.File{{Name: base + ".jsonl", Data: buf.Bytes()}}, warnings, nil
	}
	return all, warnings, nil
}

// write puts files on stdout (one file), into a directory, or in a file.
func write(files []formats.File, out string, stdout io.Writer) error {
	if out == "" {
		if len(files) != 1 && !(len(files) == 3 && files[2].Name == "annotation.conf") {
			return interop.Invalid("This conversion writes %d files: give a directory with -o.", len(files))
		}
		if len(files) == 3 { // brat: the .ann alone on stdout makes no sense without its text
			return interop.Invalid("brat output is a .txt and an .ann file: give a directory with -o.")
		}
		_, err := stdout.Write(files[0].Data)
		return err
	}
	st, err := os.Stat(out)
	isDir := err == nil && st.IsDir()
	if len(files) > 1 && !isDir {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return &annotation.Error{Code: annotation.EINTERNAL, Message: fmt.Sprintf("Cannot create the directory %s.", out), Err: err}
		}
		isDir = true
	}
	for _, f := range files {
		name := out
		if isDir {
			name = filepath.Join(out, f.Name)
		}
		if err := os.WriteFile(name, f.Data, 0o644); err != nil {
			return &annotation.Error{Code: annotation.EINTERNAL, Message: fmt.Sprintf("Cannot write %s.", name), Err: err}
		}
	}
	return nil
}
