package formats_test

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
)

// A Hypothesis annotation counts UTF-16 code units (the pin emoji is two);
// Import detects it by the quote, converts, and says so (case C8).
func ExampleImport() {
	doc := annotation.NewDocument("بيروت", "📌 عاجل: انفجار في مرفأ بيروت")
	file := `{"rows":[{"target":[{"selector":[
	  {"type":"TextPositionSelector","start":24,"end":29},
	  {"type":"TextQuoteSelector","exact":"بيروت","prefix":"مرفأ "}]}],"tags":["LOC"]}]}`
	r, err := formats.Import("hypothesis.json", []byte(file), &doc)
	if err != nil {
		panic(err)
	}
	a := r.Annotations[0]
	fmt.Println(r.Format, a.Label, a.Start, a.End, a.Quote)
	fmt.Println(r.Unit)
	// Output:
	// w3c LOC 23 28 بيروت
	// UTF-16 code units
}
