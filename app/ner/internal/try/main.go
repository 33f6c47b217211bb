package main

import (
	"fmt"
	"os"

	"github.com/hashiya/hashiya/app/ner"
)

func main() {
	t, err := ner.Default()
	if err != nil {
		panic(err)
	}
	b, _ := os.ReadFile(os.Args[1])
	rs := []rune(string(b))
	for _, m := range t.Tag(string(b)) {
		fmt.Printf("%d-%d %s %d %q\n", m.Start, m.End, m.Label, m.Entity, string(rs[m.Start:m.End]))
	}
}
