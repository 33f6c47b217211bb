package labelset

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
		{Code: "TWO WORDS", Name: "x", Colour: "#ffffff"},
		{Code: "<b>", Name: "x", Colour: "#ffffff"},
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

// Labels are open-ended: any valid code can be added, in any script.
func TestOpenCodes(t *testing.T) {
	s, err := Default().Put(Label{Code: "حدث", Name: "حدث", Colour: "#ff8800", Key: "9"})
	if err != nil || s.Find("حدث") != 8 {
		t.Fatalf("Arabic code: %v", err)
	}
	if _, err := s.Put(Label{Code: "Event", Name: "x", Colour: "#ffffff", Key: "9"}); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("key 9 twice: %v", err)
	}
}

// AddMissing is the hook for files bringing labels the set lacks.
func TestAddMissing(t *testing.T) {
	anns := []annotation.Annotation{{Label: "PER"}, {Label: "EVENT"}, {Label: "TITLE"}, {Label: "EVENT"}, {Label: "bad label"}}
	s := Default()
	missing := s.Missing(anns)
	if len(missing) != 3 || missing[0] != "EVENT" || missing[1] != "TITLE" {
		t.Fatalf("Missing = %q", missing)
	}
	out, added := s.AddMissing(missing)
	if len(added) != 2 || len(out.Labels) != 10 || len(s.Labels) != 8 {
		t.Fatalf("added %q, %d labels (old %d)", added, len(out.Labels), len(s.Labels))
	}
	if err := out.Validate(); err != nil {
		t.Fatal(err)
	}
	ev, ti := out.Labels[8], out.Labels[9]
	if ev.Code != "EVENT" || ev.Name != "EVENT" || ev.Key != "9" || ti.Key != "" || ev.Colour == ti.Colour || out.Find("PER") != 0 {
		t.Errorf("new labels %+v %+v", ev, ti)
	}
	if l, ok := out.ForKey("9"); !ok || l.Code != "EVENT" {
		t.Errorf("key 9 = %+v", l)
	}
	if again, added := out.AddMissing(missing); len(added) != 0 || len(again.Labels) != 10 {
		t.Errorf("second AddMissing added %q", added)
	}
	if len(out.Missing(anns)) != 1 { // only the invalid one
		t.Errorf("still missing %q", out.Missing(anns))
	}
}

// A colleague's labels join the set with their names and colours; keys
// that are taken move to a free digit; the library's own labels keep its
// choices.
func TestAdopt(t *testing.T) {
	s := Default()
	from := []Label{
		{Code: annotation.PER, Name: "Person", Colour: "#000000", Key: "9"}, // held: s's PER stays
		{Code: "EVENT", Name: "حدث", Colour: "#aa0000", Key: "1"},           // key 1 taken: next free
		{Code: "TITLE", Name: "", Colour: "red", Key: "t", Hidden: true},    // bad name and colour
		{Code: "bad code", Name: "x", Colour: "#111111"},                    // invalid code: skipped
		{Code: "QUOTE", Name: "اقتباس", Colour: "#00aa00", Key: "q"},        // a letter: no digit is left
	}
	out, added := s.Adopt(from)
	if err := out.Validate(); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(added); got != "[EVENT TITLE QUOTE]" {
		t.Fatalf("added %s", got)
	}
	if per := out.Labels[out.Find(annotation.PER)]; per != s.Labels[0] {
		t.Errorf("PER changed to %+v", per)
	}
	ev := out.Labels[out.Find("EVENT")]
	if ev.Name != "حدث" || ev.Colour != "#aa0000" || ev.Key != "9" {
		t.Errorf("EVENT = %+v, want حدث #aa0000 key 9", ev)
	}
	ti := out.Labels[out.Find("TITLE")]
	if ti.Name != "TITLE" || !colourRE.MatchString(ti.Colour) || ti.Key != "" || !ti.Hidden {
		t.Errorf("TITLE = %+v", ti)
	}
	if q := out.Labels[out.Find("QUOTE")]; q.Key != "" || q.Colour != "#00aa00" {
		t.Errorf("QUOTE = %+v", q)
	}
	if len(s.Labels) != 8 {
		t.Error("Adopt changed its receiver")
	}
}

// Keys are digits 1–9: the review, link, help and search keys and a digit
// already given are refused with the rule and the labels named.
func TestKeyRules(t *testing.T) {
	s := Default()
	for _, c := range []struct {
		key    string
		reason Reason
		other  annotation.Label
	}{
		{"L", ReservedKey, ""}, {"l", ReservedKey, ""}, {"a", ReservedKey, ""}, {"R", ReservedKey, ""},
		{"j", ReservedKey, ""}, {"K", ReservedKey, ""}, {"?", ReservedKey, ""}, {"/", ReservedKey, ""},
		{"0", ReservedKey, ""}, {"q", ReservedKey, ""}, {"١", ReservedKey, ""}, {"12", ReservedKey, ""},
		{"3", DupKey, annotation.ORG},
	} {
		_, err := s.Put(Label{Code: "EVENT", Name: "حدث", Colour: "#ff8800", Key: c.key})
		var le *Error
		if !errors.As(err, &le) || le.Reason != c.reason || le.Label != "EVENT" || le.Value != c.key || le.Other != c.other {
			t.Errorf("key %q: %v (%+v), want %s", c.key, err, le, c.reason)
			continue
		}
		if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), c.key) {
			t.Errorf("key %q: code %s, message %q", c.key, annotation.ErrorCode(err), annotation.ErrorMessage(err))
		}
	}
	if _, err := s.Put(Label{Code: "EVENT", Name: "حدث", Colour: "#ff8800", Key: "9"}); err != nil {
		t.Errorf("key 9: %v", err)
	}
	for _, c := range []struct {
		l      Label
		reason Reason
	}{
		{Label{Code: "TWO WORDS", Name: "x", Colour: "#ffffff"}, BadCode},
		{Label{Code: "EVENT", Name: " ", Colour: "#ffffff"}, BadName},
		{Label{Code: "EVENT", Name: "x", Colour: "red"}, BadColour},
	} {
		var le *Error
		if _, err := s.Put(c.l); !errors.As(err, &le) || le.Reason != c.reason {
			t.Errorf("Put(%+v) = %v, want reason %s", c.l, err, c.reason)
		}
	}
	twice := Set{Labels: []Label{s.Labels[0], s.Labels[0]}}
	var le *Error
	if err := twice.Validate(); !errors.As(err, &le) || le.Reason != DupCode || le.Label != annotation.PER {
		t.Errorf("a code twice: %v", err)
	}
}

// A stored set with a letter key (allowed before) is read with that key
// moved to a free digit, not lost.
func TestParseFixesOldKeys(t *testing.T) {
	s, err := Parse([]byte(`{"labels":[{"code":"PER","name":"شخص","colour":"#f9b76f","key":"1"},{"code":"EVENT","name":"حدث","colour":"#77aadd","key":"L"},{"code":"QUOTE","name":"q","colour":"#77aadd","key":"1"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Labels[1].Key + s.Labels[2].Key; got != "23" {
		t.Errorf("keys %q, want EVENT 2, QUOTE 3", got)
	}
	var le *Error
	if _, err := Parse([]byte(`{"labels":[]}`)); !errors.As(err, &le) || le.Reason != NoLabels {
		t.Errorf("empty set: %v", err)
	}
	if _, err := Parse([]byte(`{`)); !errors.As(err, &le) || le.Reason != BadJSON {
		t.Errorf("bad JSON: %v", err)
	}
}
