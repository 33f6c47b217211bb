//go:build !(js && wasm)

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/pipeline"
)

func init() {
	register(command{
		Name:    "annotate",
		Summary: "annotate UTF-8 text files; print the native JSON export of each (one line per file when several)",
		Run:     runAnnotate,
	})
}

// errModel marks a failure to load a model: every file would fail, so the
// command stops.
var errModel = errors.New("no file can be annotated")

func runAnnotate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: annotate [--dct 2016-11-29T11:11|today] [-j N] FILE...

Annotates each FILE (UTF-8 plain text: a news article) with temporal
expressions and named entities, and prints its Hashiya export (JSON, offsets
in Unicode code points): indented for one file, one compact object per line
for several, in the order given. A file that cannot be read, is not UTF-8 or
is empty is reported on stderr and skipped; the exit status is then 1.`)
		fs.PrintDefaults()
	}
	dctFlag := fs.String("dct", "", "document creation time for every file (2016-11-29 or 2016-11-29T11:11), or \"today\" for articles without a dateline; default: the dateline of each article, else the article's own dates (relative expressions anchored on the last date it states)")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "files annotated in parallel")
	if err := parseAnywhere(fs, args); err != nil { // flagsanywhere.go
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var opt pipeline.Options
	if *dctFlag == "today" {
		opt.Today = true
	} else if *dctFlag != "" {
		t, err := pipeline.ParseDCT(*dctFlag)
		if err != nil {
			fmt.Fprintln(stderr, "hashiya annotate:", err)
			return 2
		}
		opt.DCT = t
	}
	files := fs.Args()
	compact := len(files) > 1

	// Files are annotated by *jobs workers; results are written in input
	// order, each as soon as it and all before it are done.
	type result struct {
		out     []byte
		warning string
		err     error
	}
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	next := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for i := range files {
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	for range max(1, *jobs) {
		go func() {
			for i := range next {
				out, warning, err := annotateFile(files[i], opt, compact)
				results[i] <- result{out, warning, err}
			}
		}()
	}

	w := bufio.NewWriterSize(stdout, 1<<16)
	code := 0
	for i := range files {
		r := <-results[i]
		if r.warning != "" {
			fmt.Fprintln(stderr, "hashiya annotate:", r.warning)
		}
		if r.err != nil {
			fmt.Fprintln(stderr, "hashiya annotate:", r.err)
			code = 1
			if errors.Is(r.err, errModel) {
				close(stop)
				return 1
			}
			continue
		}
		if _, err := w.Write(r.out); err != nil {
			fmt.Fprintln(stderr, "hashiya annotate: writing the output:", err)
			close(stop)
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "hashiya annotate: writing the output:", err)
		return 1
	}
	return code
}

// annotateFile reads and annotates one file and returns its export,
// ending in a newline.
func annotateFile(name string, opt pipeline.Options, compact bool) (out []byte, warning string, err error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, "", err
	}
	if err := checkText(data); err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	doc := annotation.NewDocument(filepath.Base(name), string(data))
	res, err := pipeline.Annotate(doc, opt)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", errModel, err)
	}
	doc.DCT = pipeline.FormatDCT(res.DCT)
	if res.NoDateline {
		if res.DCTSource == pipeline.SourceToday {
			warning = fmt.Sprintf("%s: no dateline found; relative dates resolved against today (%s)", name, doc.DCT)
		} else {
			warning = name + ": no dateline found; relative dates anchored on the dates the text states, else left unresolved (XXXX-XX-XX); set one with --dct 2016-11-29 (or --dct today)"
		}
	}
	out, err = hashiyajson.Encode(doc, res.Annotations)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %s", name, annotation.ErrorMessage(err))
	}
	if !compact {
		return out, warning, nil
	}
	var buf bytes.Buffer
	buf.Grow(len(out))
	if err := json.Compact(&buf, out); err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), warning, nil
}

// checkText rejects input that is not an article: invalid UTF-8 (with the
// byte offset of the first bad sequence) or no text at all.
func checkText(data []byte) error {
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				_, enc, _, _ := interop.DecodeText("", data, "") // the likely encoding, for the hint
				return fmt.Errorf("not UTF-8 text (invalid byte 0x%02x at byte offset %d); it looks like %s: convert it first, e.g. iconv -f %s -t UTF-8", data[i], i, enc, strings.ToUpper(enc))
			}
			i += n
		}
	}
	if strings.TrimSpace(string(data)) == "" {
		return errors.New("empty: no text to annotate")
	}
	return nil
}
