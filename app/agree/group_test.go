package agree

import (
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

func TestShortNames(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"alice-report1.json", "bob-report1.json"}, []string{"alice", "bob"}},
		{[]string{"report1_alice.json", "report1_bob.json"}, []string{"alice", "bob"}},
		{[]string{"ann1.json", "ann2.json"}, []string{"ann1", "ann2"}},
		{[]string{"عائشة-خبر.json", "علي-خبر.json"}, []string{"عائشة", "علي"}},
		{[]string{"a.json", "a.json"}, []string{"a.json", "a.json"}}, // nothing distinct left
		{[]string{"only.json"}, []string{"only.json"}},
	} {
		if got := ShortNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("ShortNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestByDocument(t *testing.T) {
	d1, d2 := annotation.NewDocument("1", "نص أول."), annotation.NewDocument("2", "نص ثان.")
	gs := ByDocument([]Annotator{
		{Name: "alice-1.json", Doc: d1}, {Name: "alice-2.json", Doc: d2},
		{Name: "bob-1.json", Doc: d1}, {Name: "bob-2.json", Doc: d2}, {Name: "carol-2.json", Doc: d2},
	})
	if len(gs) != 2 || len(gs[0]) != 2 || len(gs[1]) != 3 || gs[0][0].Doc.SHA256 != d1.SHA256 {
		t.Fatalf("groups: %+v", gs)
	}
	var names []string
	for _, g := range gs {
		for _, a := range g {
			names = append(names, a.Name)
		}
	}
	if !slices.Equal(names, []string{"alice", "bob", "alice", "bob", "carol"}) {
		t.Errorf("names = %q", names)
	}
}
