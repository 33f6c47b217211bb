package annotation_test

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
)

// Offsets count code points: the emoji is one, each haraka or shadda is one.
func ExampleSelect() {
	text := "🔴 عاجل: وزير الخارجية يصل إلى عمّان"
	a, err := annotation.Select(text, 30, 35, annotation.LOC)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q [%d,%d) %s\n", a.Quote, a.Start, a.End, a.Label)
	fmt.Printf("prefix %q\n", a.Prefix)
	// Output:
	// "عمّان" [30,35) LOC
	// prefix "🔴 عاجل: وزير الخارجية يصل إلى "
}
