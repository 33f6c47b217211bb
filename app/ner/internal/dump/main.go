package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/hashiya/hashiya/app/ner"
	"github.com/hashiya/hashiya/app/ner/nereval"
)

func main() {
	t, _ := ner.Default()
	f, _ := os.Open(os.Args[1])
	sents, _ := ner.ReadCoNLL(f)
	for _, doc := range nereval.Chunk(sents, ner.DocSentences) {
		pred := nereval.TagWords(t, doc)
		for i, s := range doc {
			for j, w := range s.Words {
				g := strings.Replace(s.Tags[j], "PERS", "PER", 1)
				fmt.Printf("%s %s %s\n", w, g, pred[i][j])
			}
			fmt.Println()
		}
	}
}
