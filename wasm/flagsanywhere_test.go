//go:build !(js && wasm)

package main

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestParseAnywhere(t *testing.T) {
	for _, c := range []struct {
		args  []string
		to    string
		files []string
	}{
		{[]string{"--to", "w3c", "a.json"}, "w3c", []string{"a.json"}},
		{[]string{"a.json", "--to", "w3c"}, "w3c", []string{"a.json"}},
		{[]string{"a.json", "-to=brat", "b.ann", "-"}, "brat", []string{"a.json", "b.ann", "-"}},
		{[]string{"--to", "conll", "--", "-o", "x"}, "conll", []string{"-o", "x"}},
		{[]string{"a", "--", "--to", "w3c"}, "", []string{"a", "--to", "w3c"}},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		to := fs.String("to", "", "")
		if err := parseAnywhere(fs, c.args); err != nil || *to != c.to || !slices.Equal(fs.Args(), c.files) {
			t.Errorf("%q: to=%q files=%q err=%v", c.args, *to, fs.Args(), err)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if err := parseAnywhere(fs, []string{"a.json", "--nope"}); err == nil {
		t.Error("an unknown flag after a file name was accepted")
	}
}
