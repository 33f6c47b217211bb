package anchor_test

import (
	"fmt"

	"github.com/hashiya/hashiya/app/anchor"
)

// Case A17: the second أحمد [12,16) of the old text is orphaned in the new
// text, not moved to the first; دمشق is found after the inserted ticker.
func ExampleText_Anchor() {
	old := "قال أحمد إن أحمد سيزور دمشق"
	now := anchor.NewText("عاجل: قال أحمد إن خالد سيزور دمشق")
	for _, r := range [][2]int{{12, 16}, {4, 8}, {23, 27}} {
		sel, _ := anchor.Describe(old, r[0], r[1])
		m := now.Anchor(sel)
		fmt.Println(sel.Exact, r, "→", m.Method, m.Start, m.End)
	}
	// Output:
	// أحمد [12 16] → orphan 0 0
	// أحمد [4 8] → quote 10 14
	// دمشق [23 27] → quote 29 33
}

// Case A18: whole words, then proclitic forms too.
func ExampleOccurrences() {
	text := "حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي"
	fmt.Println(anchor.Occurrences(text, "حكومة", false))
	fmt.Println(anchor.Occurrences(text, "حكومة", true))
	// Output:
	// [{0 5 0}]
	// [{0 5 0} {14 19 1} {34 39 3}]
}
