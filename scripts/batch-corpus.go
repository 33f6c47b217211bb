//go:build ignore

// batch-corpus writes a JSON Lines corpus for measuring `hashiya batch` to
// standard output. Nothing is written to disk, so any size can be streamed.
//
// With a directory, the .txt articles in it are repeated, each copy with its
// own id ("a-N") and a numbered title (a synthetic corpus: every word is seen
// again and again):
//
//	go run scripts/batch-corpus.go -n 100000 ../shared/data/articles | build/hashiya batch -o /dev/null -
//
// With a file, it is cut into articles at blank lines (the first line of each
// is its title), as in the ANT corpus's Jawhara FM news
// (../shared/data/ner-extra/unlabelled/ant-jawharafm-2017.txt, 10,139
// distinct articles, Apache-2.0): distinct real articles with a real
// vocabulary. Up to -n of them are written, in file order, with ids "j-N".
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type article struct{ title, text string }

func main() {
	n := flag.Int("n", 100000, "number of records")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run scripts/batch-corpus.go [-n N] DIR|FILE")
		os.Exit(2)
	}
	src := flag.Arg(0)
	st, err := os.Stat(src)
	if err != nil {
		fail(err)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if st.IsDir() {
		arts := readDir(src)
		for i := range *n {
			a := arts[i%len(arts)]
			enc.Encode(map[string]string{"id": fmt.Sprintf("a-%d", i), "title": fmt.Sprintf("%s (%d)", a.title, i), "text": a.text})
		}
	} else {
		for i, a := range splitFile(src) {
			if i == *n {
				break
			}
			enc.Encode(map[string]string{"id": fmt.Sprintf("j-%d", i), "title": a.title, "text": a.text})
		}
	}
	if err := w.Flush(); err != nil {
		fail(err)
	}
}

// readDir reads the .txt articles of dir, in name order.
func readDir(dir string) []article {
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	sort.Strings(names)
	var arts []article
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			fail(err)
		}
		title, _, _ := strings.Cut(string(data), "\n")
		arts = append(arts, article{strings.TrimSpace(title), string(data)})
	}
	if len(arts) == 0 {
		fail(fmt.Errorf("no .txt articles in %s", dir))
	}
	return arts
}

// splitFile cuts a file into articles at blank lines.
func splitFile(name string) []article {
	data, err := os.ReadFile(name)
	if err != nil {
		fail(err)
	}
	var arts []article
	for part := range strings.SplitSeq(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
		text := strings.TrimSpace(part)
		if text == "" {
			continue
		}
		title, _, _ := strings.Cut(text, "\n")
		arts = append(arts, article{strings.TrimSpace(title), text + "\n"})
	}
	if len(arts) == 0 {
		fail(fmt.Errorf("no articles in %s", name))
	}
	return arts
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "batch-corpus:", err)
	os.Exit(1)
}
