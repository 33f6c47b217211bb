package interop

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

// Label keeps the standard labels and aliases, and brings any other valid
// name in as a label of its own (the page adds it to the label set).
func TestLabelOpen(t *testing.T) {
	for _, c := range []struct {
		name      string
		want      annotation.Label
		alias, ok bool
	}{
		{"LOC", "LOC", false, true},
		{"per", "PER", true, true},
		{"Person", "PER", true, true},
		{"GPE", "LOC", true, true},
		{"TITLE", "TITLE", false, true},
		{"Event_Attack", "Event_Attack", false, true},
		{"Job title", "Job_title", true, true},
		{" حدث ", "حدث", true, true},
		{"<script>", "", false, false},
		{"", "", false, false},
		{"A\x00B", "", false, false},
	} {
		l, alias, ok := Label(c.name)
		if ok != c.ok || ok && (l != c.want || alias != c.alias) {
			t.Errorf("Label(%q) = %q %v %v, want %q %v %v", c.name, l, alias, ok, c.want, c.alias, c.ok)
		}
	}
}
