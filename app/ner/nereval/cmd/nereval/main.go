// Command nereval prints the entity recognizer's scores on ANERcorp test,
// AQMAR dev and the project's gold entity files, and the model size.
//
//	go run ./app/ner/nereval/cmd/nereval [-data app/ner/testdata]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hashiya/hashiya/app/ner/nereval"
)

func main() {
	data := flag.String("data", "app/ner/testdata", "directory with anercorp/, aqmar-dev/ and gold/")
	flag.Parse()
	if err := nereval.Run(os.Stdout, *data); err != nil {
		fmt.Fprintln(os.Stderr, "nereval:", err)
		os.Exit(1)
	}
}
