package batch_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/batch"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/pipeline"
)

// today pins the clock for articles without a DCT.
var today = batch.Options{Now: func() time.Time { return time.Date(2020, 5, 17, 0, 0, 0, 0, time.UTC) }}

func articles(t testing.TB) map[string]string {
	t.Helper()
	names, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal("no test articles", err)
	}
	m := map[string]string{}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = string(data)
	}
	return m
}

func jsonLine(t testing.TB, v map[string]any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// run runs the batch over files and returns its output lines, errors file
// lines and corpus.
func run(t testing.TB, cfg batch.Config) ([]string, []batch.Error, *batch.Corpus) {
	t.Helper()
	var out, errs bytes.Buffer
	cfg.Out = &out
	cfg.Errors = func() (io.Writer, error) { return &errs, nil }
	if cfg.Options.Now == nil {
		cfg.Options = today
	}
	corpus, err := batch.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.SplitAfter(out.String(), "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	var es []batch.Error
	for _, l := range strings.Split(strings.TrimSpace(errs.String()), "\n") {
		if l == "" {
			continue
		}
		var e batch.Error
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("errors file line %q: %v", l, err)
		}
		es = append(es, e)
	}
	return lines, es, corpus
}

// decode checks that line is an export the app imports and returns it with
// its id.
func decode(t testing.TB, line string) (string, *hashiyajson.File) {
	t.Helper()
	f, err := hashiyajson.Decode([]byte(line))
	if err != nil {
		t.Fatalf("the app refuses the line: %v\n%.300s", err, line)
	}
	var head struct{ ID string }
	json.Unmarshal([]byte(line), &head)
	return head.ID, f
}

// TestBadInputGoesOn feeds a JSON Lines file with every kind of bad record
// between good ones: each bad one is reported with its line and id, the
// good ones are all annotated, in order.
func TestBadInputGoesOn(t *testing.T) {
	arts := articles(t)
	good := arts["testdata/articles/29_ant1-jawharafm.txt"]
	var in strings.Builder
	in.WriteString(jsonLine(t, map[string]any{"id": "g1", "title": "أول", "text": good}))
	in.WriteString("{\"id\": \"broken\", \"text\": \"نص\"\n")                                     // 2 malformed
	in.WriteString("\n")                                                                          // 3 blank: skipped
	in.WriteString("{\"id\":\"latin1\",\"text\":\"caf\xe9\"}\n")                                  // 4 not UTF-8
	in.WriteString(jsonLine(t, map[string]any{"id": "big", "text": strings.Repeat("ا ", 3000)}))  // 5 oversized
	in.WriteString(jsonLine(t, map[string]any{"id": 7, "text": "   "}))                           // 6 empty
	in.WriteString(jsonLine(t, map[string]any{"id": "nodate", "text": good, "dct": "yesterday"})) // 7 bad dct
	in.WriteString(jsonLine(t, map[string]any{"id": "notext", "title": "x"}))                     // 8 no text
	in.WriteString("[1,2]\n")                                                                     // 9 not an object
	in.WriteString(jsonLine(t, map[string]any{"id": 10.5, "text": good, "dct": "2017-02-19"}))    // 10 good, numeric id
	in.WriteString(jsonLine(t, map[string]any{"text": good}))                                     // 11 good, no id

	lines, errs, corpus := run(t, batch.Config{
		Files:  []string{"-"},
		Reader: batch.Reader{Stdin: strings.NewReader(in.String()), MaxBytes: 5000},
		Jobs:   3,
	})
	var ids []string
	for _, l := range lines {
		id, f := decode(t, l)
		ids = append(ids, id)
		if f.Document.Text != good {
			t.Errorf("%s: text changed", id)
		}
	}
	if want := []string{"g1", "10.5", "-:11"}; !slices.Equal(ids, want) {
		t.Errorf("ids = %v, want %v", ids, want)
	}
	type key struct {
		line int
		id   string
		code string
	}
	var got []key
	for _, e := range errs {
		got = append(got, key{e.Line, e.ID, e.Code})
		if e.Input != "-" || e.Message == "" {
			t.Errorf("error %+v: no input or message", e)
		}
	}
	want := []key{
		{2, "-:2", batch.CodeMalformed}, {4, "-:4", batch.CodeEncoding}, {5, "-:5", batch.CodeOversized},
		{6, "7", batch.CodeEmpty}, {7, "nodate", batch.CodeDCT}, {8, "notext", batch.CodeMalformed}, {9, "-:9", batch.CodeMalformed},
	}
	if !slices.Equal(got, want) {
		t.Errorf("errors:\n got %v\nwant %v", got, want)
	}
	if corpus.Documents != 3 || corpus.ErrorCount() != 7 || corpus.Errors[batch.CodeMalformed] != 3 {
		t.Errorf("corpus: %d documents, errors %v", corpus.Documents, corpus.Errors)
	}
	if !strings.Contains(errs[1].Message, "0xe9") {
		t.Errorf("encoding error does not name the byte: %s", errs[1].Message)
	}
}

// TestSameAsAnnotate checks that a text file gives the same export as the
// annotate command's pipeline (Encode, compacted) with the id added, and
// that the record's dct is used.
func TestSameAsAnnotate(t *testing.T) {
	name := "testdata/articles/11_snn-aawsat.txt"
	text := articles(t)[name]
	lines, errs, _ := run(t, batch.Config{Files: []string{name}, Jobs: 1})
	if len(lines) != 1 || len(errs) != 0 {
		t.Fatalf("%d lines, errors %v", len(lines), errs)
	}
	doc := annotation.NewDocument(filepath.Base(name), text)
	res, err := pipeline.Annotate(doc, pipeline.Options{Now: today.Now})
	if err != nil {
		t.Fatal(err)
	}
	doc.DCT = pipeline.FormatDCT(res.DCT)
	pretty, err := hashiyajson.Encode(doc, res.Annotations)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	json.Compact(&want, pretty)
	w := `{"id":` + string(must(json.Marshal(name))) + "," + want.String()[1:] + "\n"
	if lines[0] != w {
		t.Errorf("batch line differs from annotate's export:\n got %.400s\nwant %.400s", lines[0], w)
	}
	if len(res.Annotations) < 10 {
		t.Errorf("only %d annotations on a news article", len(res.Annotations))
	}

	// A "dct" in the record overrides the dateline.
	rec := jsonLine(t, map[string]any{"id": "x", "text": "وصل الوفد أمس إلى الرياض.", "dct": "2016-11-29"})
	lines, _, _ = run(t, batch.Config{Files: []string{"-"}, Reader: batch.Reader{Stdin: strings.NewReader(rec)}})
	_, f := decode(t, lines[0])
	if f.Document.DCT != "2016-11-29" {
		t.Errorf("dct = %q", f.Document.DCT)
	}
	for _, a := range f.Annotations {
		if a.Quote == "أمس" && a.Value != "2016-11-28" {
			t.Errorf("أمس resolved to %q, want 2016-11-28", a.Value)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestInputsAndOrder reads a folder (text files, a .jsonl.gz, a README to
// skip) and checks order, --unordered and the corpus tables.
func TestInputsAndOrder(t *testing.T) {
	arts := articles(t)
	dir := t.TempDir()
	var names []string
	for n, text := range arts {
		names = append(names, filepath.Base(n))
		os.WriteFile(filepath.Join(dir, filepath.Base(n)), []byte(text), 0o644)
	}
	slices.Sort(names)
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("not an article"), 0o644)
	os.WriteFile(filepath.Join(dir, "export.json"), []byte("{}"), 0o644)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	const copies = 40
	for i := range copies {
		n := names[i%len(names)]
		zw.Write([]byte(jsonLine(t, map[string]any{"id": fmt.Sprintf("z%02d", i), "text": arts["testdata/articles/"+n]})))
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "zz.jsonl.gz"), gz.Bytes(), 0o644)

	files, err := batch.Files([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(names)+1 {
		t.Fatalf("files = %v", files)
	}
	if size, ok := batch.Size(files); !ok || size == 0 {
		t.Errorf("size %d %v", size, ok)
	}
	ordered, errs, corpus := run(t, batch.Config{Files: files, Jobs: 4})
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var ids []string
	for _, l := range ordered {
		id, _ := decode(t, l)
		ids = append(ids, id)
	}
	var want []string
	for _, n := range names {
		want = append(want, filepath.Join(dir, n))
	}
	for i := range copies {
		want = append(want, fmt.Sprintf("z%02d", i))
	}
	if !slices.Equal(ids, want) {
		t.Errorf("order:\n got %v\nwant %v", ids, want)
	}
	unordered, _, corpus2 := run(t, batch.Config{Files: files, Jobs: 4, Unordered: true})
	slices.Sort(unordered)
	sorted := slices.Clone(ordered)
	slices.Sort(sorted)
	if !slices.Equal(sorted, unordered) {
		t.Error("--unordered gives other lines")
	}

	// Tables: the same whatever the order, and consistent with the lines.
	var e1, e2, m1, m2 bytes.Buffer
	batch.WriteCSV(&e1, batch.EntityHeader, corpus.EntityRows())
	batch.WriteCSV(&e2, batch.EntityHeader, corpus2.EntityRows())
	batch.WriteCSV(&m1, batch.MonthHeader, corpus.MonthRows())
	batch.WriteCSV(&m2, batch.MonthHeader, corpus2.MonthRows())
	if e1.String() != e2.String() || m1.String() != m2.String() {
		t.Error("tables depend on the order")
	}
	labels := map[string]int{}
	months := map[string]int{}
	docs := len(ordered)
	for _, l := range ordered {
		_, f := decode(t, l)
		for _, a := range f.Annotations {
			labels[string(a.Label)]++
			if (a.Label == annotation.DATE || a.Label == annotation.TIME) && len(a.Value) >= 7 && a.Value[4] == '-' && a.Value[5] <= '1' && a.Value[:4] != "XXXX" {
				months[a.Value[:7]]++
			}
		}
	}
	if corpus.Documents != docs || fmt.Sprint(corpus.Labels) != fmt.Sprint(labels) {
		t.Errorf("summary %d %v, lines %d %v", corpus.Documents, corpus.Labels, docs, labels)
	}
	rows := corpus.MonthRows()
	if len(rows) == 0 {
		t.Fatal("no months")
	}
	for _, r := range rows {
		if r.Mentions != months[r.Month] {
			t.Errorf("month %s: %d mentions in the table, %d in the lines", r.Month, r.Mentions, months[r.Month])
		}
	}
	// Each article appears 1 + 10 times: an entity of one article is in
	// 11 documents (or a multiple, when several articles have it).
	ents := corpus.EntityRows()
	if len(ents) < 20 {
		t.Fatalf("%d entities", len(ents))
	}
	for _, r := range ents[:10] {
		if r.Documents%11 != 0 || r.Mentions < r.Documents {
			t.Errorf("entity row %+v", r)
		}
	}
	sc := bufio.NewScanner(&e1)
	sc.Scan()
	if sc.Text() != "entity,label,mentions,documents" {
		t.Errorf("header %q", sc.Text())
	}
}

func TestEntityKey(t *testing.T) {
	if batch.EntityKey("الأمم  المتّحدة") != batch.EntityKey("الامم المتحده") {
		t.Error("hamza, shadda, ta marbuta or spaces not folded")
	}
	if batch.EntityKey("عمان") == batch.EntityKey("عثمان") {
		t.Error("different names folded together")
	}
}

func TestMissingFile(t *testing.T) {
	_, errs, corpus := run(t, batch.Config{Files: []string{"testdata/nope.jsonl", "testdata/articles/29_ant1-jawharafm.txt"}})
	if len(errs) != 1 || errs[0].Code != batch.CodeRead || corpus.Documents != 1 {
		t.Errorf("errors %v, %d documents", errs, corpus.Documents)
	}
}

// BenchmarkRun measures the whole batch path (JSON Lines parsing,
// pipeline, export line, tables) on one worker over the test articles
// repeated; it reports articles/s besides MB/s.
func BenchmarkRun(b *testing.B) {
	arts := articles(b)
	var in strings.Builder
	var size int64
	n := 0
	for i := 0; n < 200; i++ {
		for name, text := range arts {
			in.WriteString(jsonLine(b, map[string]any{"id": fmt.Sprint(name, i), "text": text}))
			size += int64(len(text))
			n++
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		corpus, err := batch.Run(batch.Config{Files: []string{"-"}, Reader: batch.Reader{Stdin: strings.NewReader(in.String())}, Out: io.Discard, Jobs: 1, Options: today})
		if err != nil || corpus.Documents != n {
			b.Fatal(err, corpus.Documents)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestProgress checks the progress lines: counts and rates, the share read
// and an ETA while the input size is known, and a final line.
func TestProgress(t *testing.T) {
	arts := articles(t)
	var in strings.Builder
	for i := range 30 {
		for _, text := range arts {
			in.WriteString(jsonLine(t, map[string]any{"id": fmt.Sprint(i), "text": text}))
		}
	}
	name := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(name, []byte(in.String()), 0o644)
	total, ok := batch.Size([]string{name})
	if !ok || total != int64(in.Len()) {
		t.Fatalf("size %d %v", total, ok)
	}
	var log bytes.Buffer
	corpus, err := batch.Run(batch.Config{Files: []string{name}, Out: io.Discard, Log: &log, Progress: time.Millisecond, Total: total, Options: today})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	last := lines[len(lines)-1]
	if want := fmt.Sprintf("hashiya batch: %d documents, ", corpus.Documents); !strings.HasPrefix(last, want) || !strings.Contains(last, "articles/s") || !strings.Contains(last, "MB/s in ") {
		t.Errorf("final line %q", last)
	}
	eta := false
	for _, l := range lines[:len(lines)-1] {
		if !strings.Contains(l, "% read") {
			t.Errorf("progress line without the share read: %q", l)
		}
		eta = eta || strings.Contains(l, "% read, ETA ")
	}
	if len(lines) > 3 && !eta {
		t.Errorf("no ETA in %d progress lines:\n%s", len(lines), log.String())
	}
}
