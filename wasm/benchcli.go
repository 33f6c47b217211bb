//go:build !(js && wasm)

package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/sample"
)

func init() {
	register(command{
		Name:    "bench-cli",
		Summary: "measure annotate throughput (MB/s) on ~1 MB of Arabic news text",
		Run:     runBenchCLI,
	})
}

func runBenchCLI(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench-cli", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "app/ner/testdata", "directory with gold/articles/*.txt and anercorp/test.txt (news text); the sample article alone if missing")
	size := fs.Int("size", 1<<20, "bytes of text to annotate")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	articles := benchArticles(*data)
	var total int
	for _, a := range articles {
		total += len(a)
	}
	fmt.Fprintf(stdout, "corpus: %d distinct texts, %d bytes, repeated to %d bytes\n", len(articles), total, *size)

	// 1. Model load: the first Annotate call loads the NER model.
	start := time.Now()
	if _, err := pipeline.Annotate(annotation.NewDocument(sample.Title, sample.Article), pipeline.Options{}); err != nil {
		fmt.Fprintln(stderr, "hashiya bench-cli:", err)
		return 1
	}
	fmt.Fprintf(stdout, "first call (model load + sample article, %d bytes): %s\n", len(sample.Article), time.Since(start).Round(time.Millisecond))

	dir, err := os.MkdirTemp("", "hashiya-bench-cli-")
	if err != nil {
		fmt.Fprintln(stderr, "hashiya bench-cli:", err)
		return 1
	}
	defer os.RemoveAll(dir)

	// 2. Many articles, one file each, as `annotate FILE...` does.
	var files []string
	n := 0
	for i := 0; n < *size; i++ {
		a := articles[i%len(articles)]
		name := filepath.Join(dir, "article-"+strconv.Itoa(i)+".txt")
		if err := os.WriteFile(name, []byte(a), 0o644); err != nil {
			fmt.Fprintln(stderr, "hashiya bench-cli:", err)
			return 1
		}
		files = append(files, name)
		n += len(a)
	}
	for _, jobs := range []int{1, runtime.GOMAXPROCS(0)} {
		start = time.Now()
		if code := runAnnotate(append([]string{"-j", strconv.Itoa(jobs)}, files...), io.Discard, stderr); code != 0 {
			return code
		}
		d := time.Since(start)
		fmt.Fprintf(stdout, "annotate %d articles (%d bytes), -j %d: %s, %.2f MB/s, %.0f articles/s\n",
			len(files), n, jobs, d.Round(time.Millisecond), float64(n)/1e6/d.Seconds(), float64(len(files))/d.Seconds())
		if jobs == runtime.GOMAXPROCS(0) {
			break
		}
	}

	// 3. One ~1 MB document.
	var b strings.Builder
	for i := 0; b.Len() < *size; i++ {
		b.WriteString(articles[i%len(articles)])
		b.WriteString("\n\n")
	}
	big := filepath.Join(dir, "one-megabyte.txt")
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(stderr, "hashiya bench-cli:", err)
		return 1
	}
	start = time.Now()
	if code := runAnnotate([]string{big}, io.Discard, stderr); code != 0 {
		return code
	}
	d := time.Since(start)
	fmt.Fprintf(stdout, "annotate one %d-byte document: %s, %.2f MB/s\n", b.Len(), d.Round(time.Millisecond), float64(b.Len())/1e6/d.Seconds())
	return 0
}

// benchArticles returns news texts for the benchmark: the sample article,
// the gold articles under data, and the ANERcorp test sentences (one
// sentence per line, tokens joined by spaces) in chunks of ~4 KB.
func benchArticles(data string) []string {
	texts := []string{sample.Article}
	names, _ := filepath.Glob(filepath.Join(data, "gold", "articles", "*.txt"))
	for _, name := range names {
		if b, err := os.ReadFile(name); err == nil && len(b) > 0 {
			texts = append(texts, string(b))
		}
	}
	f, err := os.Open(filepath.Join(data, "anercorp", "test.txt"))
	if err != nil {
		return texts
	}
	defer f.Close()
	var chunk, sentence strings.Builder
	flush := func() {
		if sentence.Len() > 0 {
			chunk.WriteString(sentence.String())
			chunk.WriteString("\n")
			sentence.Reset()
		}
		if chunk.Len() >= 4096 {
			texts = append(texts, chunk.String())
			chunk.Reset()
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		token, _, _ := strings.Cut(line, " ")
		if sentence.Len() > 0 {
			sentence.WriteByte(' ')
		}
		sentence.WriteString(token)
	}
	flush()
	return texts
}
