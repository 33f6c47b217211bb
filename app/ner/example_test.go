package ner_test

import (
	"fmt"

	"github.com/hashiya/hashiya/app/ner"
)

func Example() {
	t, err := ner.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "وصل الرئيس الفرنسي إلى بموسكو أمس."
	rs := []rune(text)
	for _, m := range t.Tag(text) {
		// Offsets are code points; the proclitic ب stays outside.
		fmt.Println(m.Label, string(rs[m.Start:m.End]))
	}
	// Output:
	// LOC موسكو
}
