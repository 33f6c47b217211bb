//go:build !(js && wasm)

package beampipe_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/hashiya/hashiya/app/batch"
	"github.com/hashiya/hashiya/app/beampipe"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// corpus writes two JSON Lines shards (one gzip-compressed would need the
// same reader; plain text keeps the test small): the test articles of
// app/batch repeated with ids, plus bad records.
func corpus(t *testing.T, dir string) []string {
	t.Helper()
	names, _ := filepath.Glob("../batch/testdata/articles/*.txt")
	if len(names) == 0 {
		t.Fatal("no articles")
	}
	var shards [2]strings.Builder
	for i := range 12 {
		data, err := os.ReadFile(names[i%len(names)])
		if err != nil {
			t.Fatal(err)
		}
		rec := map[string]string{"id": fmt.Sprintf("doc-%02d", i), "title": filepath.Base(names[i%len(names)]), "text": string(data)}
		if i%3 == 0 {
			rec["dct"] = "2015-08-01"
		}
		b, _ := json.Marshal(rec)
		shards[i%2].Write(append(b, '\n'))
	}
	shards[0].WriteString("{\"id\":\"bad-json\",\"text\":\n")
	shards[1].WriteString("{\"id\":\"bad-dct\",\"text\":\"نص\",\"dct\":\"soon\"}\n")
	var files []string
	for i, s := range shards {
		name := filepath.Join(dir, fmt.Sprintf("in-%d.jsonl", i))
		if err := os.WriteFile(name, []byte(s.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, name)
	}
	return files
}

func sortedLines(t *testing.T, data string) []string {
	t.Helper()
	var out []string
	for _, l := range strings.Split(data, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// TestPrismEqualsBatch runs the pipeline on Prism, in process, and checks
// that its lines, errors and tables equal those of batch.Run on the same
// files.
func TestPrismEqualsBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("Beam on Prism: a few seconds")
	}
	dir := t.TempDir()
	files := corpus(t, dir)
	const today = "2020-05-17"

	// The batch command's way.
	var out, errs bytes.Buffer
	tday, _ := time.Parse("2006-01-02", today)
	corp, err := batch.Run(batch.Config{
		Files: files, Out: &out, Errors: func() (io.Writer, error) { return &errs, nil },
		Options: batch.Options{Now: func() time.Time { return tday }},
	})
	if err != nil {
		t.Fatal(err)
	}
	var entities, months bytes.Buffer
	batch.WriteCSV(&entities, batch.EntityHeader, corp.EntityRows())
	batch.WriteCSV(&months, batch.MonthHeader, corp.MonthRows())

	// Beam's way.
	prefix := filepath.Join(dir, "out", "annotated")
	os.MkdirAll(filepath.Dir(prefix), 0o755)
	p, s := beam.NewPipelineWithRoot()
	beampipe.Build(s, beampipe.Config{Input: filepath.Join(dir, "in-*.jsonl"), Output: prefix, Shards: 3, Today: today})
	start := time.Now()
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Prism run: %s", time.Since(start).Round(time.Millisecond))

	shardFiles, _ := filepath.Glob(prefix + "-0000?-of-00003.jsonl")
	if len(shardFiles) == 0 {
		t.Fatal("no output shards")
	}
	var beamOut string
	for _, f := range shardFiles {
		data, _ := os.ReadFile(f)
		beamOut += string(data)
	}
	got, want := sortedLines(t, beamOut), sortedLines(t, out.String())
	if len(want) != 12 {
		t.Fatalf("batch wrote %d lines", len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("Beam lines differ from batch lines: %d vs %d", len(got), len(want))
	}
	for _, l := range got {
		if _, err := hashiyajson.Decode([]byte(l)); err != nil {
			t.Errorf("the app refuses a Beam line: %v", err)
		}
	}

	// Errors: the same records and codes. Beam knows no line numbers, so a
	// record without a readable id is named FILE#HASH instead of FILE:LINE.
	data, _ := os.ReadFile(prefix + "-errors.jsonl")
	codes := func(data string) []string {
		var out []string
		for _, l := range sortedLines(t, data) {
			var e batch.Error
			if err := json.Unmarshal([]byte(l), &e); err != nil {
				t.Fatal(err)
			}
			id := e.ID
			if e.Code == batch.CodeMalformed {
				id = filepath.Base(e.Input)
			}
			out = append(out, id+" "+e.Code)
		}
		slices.Sort(out)
		return out
	}
	if b, w := codes(string(data)), codes(errs.String()); !slices.Equal(b, w) || len(b) != 2 {
		t.Errorf("errors: Beam %v, batch %v", b, w)
	}

	for name, want := range map[string]string{"-entities.csv": entities.String(), "-months.csv": months.String()} {
		data, err := os.ReadFile(prefix + name)
		if err != nil {
			t.Fatal(err)
		}
		if string(data) != want {
			t.Errorf("%s differs from batch's table:\n got %.500s\nwant %.500s", name, data, want)
		}
	}
	if strings.Count(entities.String(), "\n") < 20 || strings.Count(months.String(), "\n") < 3 {
		t.Errorf("tables too small:\n%s\n%s", entities.String(), months.String())
	}

	// Metrics: the counters the runner reports.
	if res != nil {
		for _, c := range res.Metrics().AllMetrics().Counters() {
			if c.Key.Name == "documents" && c.Committed != 12 {
				t.Errorf("documents counter = %d", c.Committed)
			}
		}
	}
}
