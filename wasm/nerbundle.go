//go:build !(js && wasm)

package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hashiya/hashiya/app/ner"
)

func init() {
	register(command{
		Name:    "ner-bundle",
		Summary: "write the entity model and word lists as one file named by its content (DIR/ner-HASH.bin) for the site; prints the name",
		Run:     runNERBundle,
	})
}

// runNERBundle writes ner.Bundle() into -out as ner.BundleName, unless a
// file of that name is there already (the build keeps its compressed
// copies), and prints the name.
func runNERBundle(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-bundle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "build/wasm", "output directory")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: ner-bundle [-out DIR]")
		return 2
	}
	b, err := ner.Bundle()
	if err != nil {
		fmt.Fprintln(stderr, "hashiya ner-bundle:", err)
		return 1
	}
	name := ner.BundleName(b)
	path := filepath.Join(*out, name)
	if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, b) {
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintln(stderr, "hashiya ner-bundle:", err)
			return 1
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			fmt.Fprintln(stderr, "hashiya ner-bundle:", err)
			return 1
		}
	}
	fmt.Fprintln(stdout, name)
	return 0
}
