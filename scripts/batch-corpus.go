//go:build ignore

// batch-corpus writes a synthetic JSON Lines corpus for measuring
// `hashiya batch`: the .txt articles of DIR repeated, each copy with its own
// id ("a-N") and a numbered title, to standard output. Nothing is written to
// disk, so any size can be streamed:
//
//	go run scripts/batch-corpus.go -n 100000 ../shared/data/articles | build/hashiya batch -o /dev/null -
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

func main() {
	n := flag.Int("n", 100000, "number of records")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run scripts/batch-corpus.go [-n N] DIR")
		os.Exit(2)
	}
	names, _ := filepath.Glob(filepath.Join(flag.Arg(0), "*.txt"))
	sort.Strings(names)
	type article struct{ title, text string }
	var arts []article
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		title, _, _ := strings.Cut(string(data), "\n")
		arts = append(arts, article{strings.TrimSpace(title), string(data)})
	}
	if len(arts) == 0 {
		fmt.Fprintln(os.Stderr, "batch-corpus: no .txt articles in", flag.Arg(0))
		os.Exit(1)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range *n {
		a := arts[i%len(arts)]
		enc.Encode(map[string]string{"id": fmt.Sprintf("a-%d", i), "title": fmt.Sprintf("%s (%d)", a.title, i), "text": a.text})
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
