//go:build !(js && wasm)

package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/batch"
	"github.com/hashiya/hashiya/app/pipeline"
)

func init() {
	register(command{
		Name:    "batch",
		Summary: "annotate a corpus (JSON Lines, text files, folders, .gz) as a stream: JSON Lines of native exports, entity and date tables",
		Run:     runBatch,
	})
}

// batchGCPercent is the collector's GOGC during a batch run.
const batchGCPercent = 200

func runBatch(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: batch [flags] INPUT...

Annotates every article of the INPUTs and writes one Hashiya export (the
native JSON the app imports, with a leading "id" field) per line.

INPUT is a JSON Lines file (.jsonl, .ndjson, .json: one object
{"id","title","text","dct"} per line; "-" is standard input), a text file
(one article), or a folder (its .txt, .jsonl and .ndjson files, recursively);
gzip-compressed files are read as such. A record's "dct" (2016-11-29 or
2016-11-29T11:11) is its reference date; without it --dct, else the
article's dateline, else today.

Bad records (malformed JSON, not UTF-8, empty, oversized, bad dct) are
reported on stderr with their file, line and id, written to the errors file
(JSON Lines), and skipped; the exit status is then 1 (0: all annotated).`)
		fs.PrintDefaults()
	}
	out := fs.String("o", "-", "output file (.gz: compressed); - for standard output")
	errsFile := fs.String("errors", "", "errors file, created at the first error (default: OUTPUT.errors.jsonl when OUTPUT is a regular file, else hashiya-errors.jsonl in the working directory: standard output, /dev/null, a pipe)")
	entities := fs.String("entities", "", "write the entity frequency table (entity,label,mentions,documents) to this CSV file")
	months := fs.String("months", "", "write the date histogram by month (month,mentions,documents) to this CSV file")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "articles annotated in parallel")
	unordered := fs.Bool("unordered", false, "write each article when it is done instead of in input order")
	dctFlag := fs.String("dct", "", "reference date of the records without a \"dct\" (2016-11-29 or 2016-11-29T11:11); default: the dateline, else today")
	maxBytes := fs.Int("max-bytes", batch.DefaultMaxBytes, "size limit of one article (a line or a file), in bytes")
	quiet := fs.Bool("q", false, "no progress line")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile (pprof) to this file")
	memProfile := fs.String("memprofile", "", "write an allocation profile (pprof: every allocation of the run, sampled) to this file at the end")
	if err := parseAnywhere(fs, args); err != nil { // flagsanywhere.go
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	var opt batch.Options
	if *dctFlag != "" {
		t, err := pipeline.ParseDCT(*dctFlag)
		if err != nil {
			fmt.Fprintln(stderr, "hashiya batch:", err)
			return 2
		}
		opt.DCT = t
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "hashiya batch:", err)
		return 1
	}
	// The live heap is steady (the model, the word lists, the workers'
	// word caches, the records in flight: 20–50 MB) while every article
	// allocates ~50× its text in short-lived arrays: collecting at 3× the
	// live heap instead of 2× saves a third of the collections for a few
	// tens of MB more peak RSS, still flat (BENCHMARKS.md; 4× cost more in
	// page faults than it saved). GOGC set in the environment wins.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail(err)
		}
		defer pprof.StopCPUProfile()
	}

	files, walkErr := batch.Files(fs.Args())
	if walkErr != nil {
		fmt.Fprintln(stderr, "hashiya batch: reading a folder:", walkErr)
	}
	total, _ := batch.Size(files)

	// Output: buffered, gzip-compressed when the name ends in .gz.
	var w io.Writer = stdout
	var closers []func() error
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fail(err)
		}
		closers = append(closers, f.Close)
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	w = bw
	closers = append([]func() error{bw.Flush}, closers...)
	if strings.HasSuffix(*out, ".gz") {
		zw := gzip.NewWriter(bw)
		w = zw
		closers = append([]func() error{zw.Close}, closers...)
	}

	errName := *errsFile
	if errName == "" {
		errName = defaultErrorsFile(*out)
	}
	var errOut *os.File
	var errBuf *bufio.Writer
	cfg := batch.Config{
		Files:     files,
		Reader:    batch.Reader{MaxBytes: *maxBytes},
		Options:   opt,
		Out:       w,
		Log:       stderr,
		Jobs:      *jobs,
		Unordered: *unordered,
		Total:     total,
		Errors: func() (io.Writer, error) {
			f, err := os.Create(errName)
			if err != nil {
				return nil, err
			}
			errOut, errBuf = f, bufio.NewWriter(f)
			return errBuf, nil
		},
	}
	if !*quiet {
		cfg.Progress = 10 * time.Second
		if f, ok := stderr.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				cfg.Progress, cfg.Terminal = 500*time.Millisecond, true
			}
		}
	}
	corpus, runErr := batch.Run(cfg)
	code := 0
	if *memProfile != "" {
		write := func(w io.Writer) error { return pprof.Lookup("allocs").WriteTo(w, 0) }
		if err := writeCSVFile(*memProfile, write); err != nil {
			fmt.Fprintln(stderr, "hashiya batch:", err)
			code = 1
		}
	}
	for _, c := range closers {
		if err := c(); err != nil && runErr == nil {
			runErr = fmt.Errorf("writing the output: %w", err)
		}
	}
	if errOut != nil {
		if err := errBuf.Flush(); err != nil && runErr == nil {
			runErr = err
		}
		if err := errOut.Close(); err != nil && runErr == nil {
			runErr = err
		}
	}
	if runErr != nil {
		fmt.Fprintln(stderr, "hashiya batch:", runErr)
		code = 1
	}
	for _, t := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{*entities, func(w io.Writer) error { return batch.WriteCSV(w, batch.EntityHeader, corpus.EntityRows()) }},
		{*months, func(w io.Writer) error { return batch.WriteCSV(w, batch.MonthHeader, corpus.MonthRows()) }},
	} {
		if t.name == "" {
			continue
		}
		if err := writeCSVFile(t.name, t.write); err != nil {
			fmt.Fprintln(stderr, "hashiya batch:", err)
			code = 1
		}
	}
	corpus.Summary(stderr)
	if n := corpus.ErrorCount(); n > 0 {
		fmt.Fprintf(stderr, "the %d records not annotated are listed in %s\n", n, errName)
		code = 1
	}
	if walkErr != nil {
		code = 1
	}
	return code
}

// writeCSVFile creates name and writes it with write, buffered.
func writeCSVFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return f.Close()
}

// defaultErrorsFile is the errors file of batch -o out without --errors:
// beside out when out is a regular file (out.jsonl.gz → out.jsonl.errors.jsonl),
// else (standard output "-", /dev/null, a named pipe, a device)
// hashiya-errors.jsonl in the working directory, never a name made by
// appending to a device's path (/dev/null.errors.jsonl).
func defaultErrorsFile(out string) string {
	if out != "-" {
		if info, err := os.Stat(out); err == nil && info.Mode().IsRegular() {
			return strings.TrimSuffix(out, ".gz") + ".errors.jsonl"
		}
	}
	return "hashiya-errors.jsonl"
}
