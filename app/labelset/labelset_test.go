package labelset

import (
	"encoding/json"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

func TestDefault(t *testing.T) {
	s := Default()
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, l := range s.Labels {
		if l.Code != annotation.Labels[i] {
			t.Errorf("default label %d = %s, want %s", i, l.Code, annotation.Labels[i])
		}
	}
	if l, ok := s.ForKey("3"); !ok || l.Code != annotation.ORG {
		t.Errorf("key 3 = %v %v", l, ok)
	}
}

func TestEdit(t *testing.T) {
	s := Default()
	s2, err := s.Put(Label{Code: "EVENT", Name: "حدث", Colour: "#ff8800", Key: "9"})
	if err != nil || len(s2.Labels) != 9 || len(s.Labels) != 8 {
		t.Fatalf("add: %v, %d labels (old %d)", err, len(s2.Labels), len(s.Labels))
	}
	hidden := s2.Labels[s2.Find(annotation.MISC)]
	hidden.Hidden, hidden.Colour = true, "#000000"
	s3, err := s2.Put(hidden)
	if err != nil || len(s3.Visible()) != 8 || s3.Labels[3].Colour != "#000000" {
		t.Fatalf("hide/recolour: %v", err)
	}
	if _, ok := s3.ForKey("4"); ok {
		t.Error("a hidden label keeps its key")
	}
	for _, bad := range []Label{
		{Code: "event", Name: "x", Colour: "#ffffff"},
		{Code: "EVENT", Name: " ", Colour: "#ffffff"},
		{Code: "EVENT", Name: "x", Colour: "red"},
		{Code: "EVENT", Name: "x", Colour: "#ffffff", Key: "1"},  // taken by PER
		{Code: "EVENT", Name: "x", Colour: "#ffffff", Key: "a"},  // accept
		{Code: "EVENT", Name: "x", Colour: "#ffffff", Key: "12"}, // two characters
	} {
		if _, err := s.Put(bad); annotation.ErrorCode(err) != annotation.EINVALID {
			t.Errorf("Put(%+v) = %v, want EINVALID", bad, err)
		}
	}
}

func TestJSON(t *testing.T) {
	data, err := json.Marshal(Default())
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse(data)
	if err != nil || len(s.Labels) != 8 {
		t.Fatalf("round trip: %v", err)
	}
	for _, bad := range []string{`{`, `{"labels":[]}`, `{"labels":[{"code":"PER","name":"a","colour":"#fff"}]}`} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%s) accepted", bad)
		}
	}
}
