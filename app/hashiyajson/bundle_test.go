package hashiyajson_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// Case C25 (native part): a bundle of 3 annotations imports back with the
// same ids and offsets, its label sets and DCTs; an annotation added after
// the export is not in it.
func TestBundleC25(t *testing.T) {
	doc, anns := sample(t)
	anns = anns[:3]
	other := annotation.NewDocument("<script>alert(1)</script>", "نص ثان")
	set := hashiyajson.DefaultLabelSet()
	set.Labels[0].Colour, set.Labels[7].Hidden = "#1f77b4", true
	b := hashiyajson.Bundle{LabelSets: []hashiyajson.LabelSet{set}, Documents: []hashiyajson.File{{Document: doc, Annotations: anns}, {Document: other}}}
	data, err := hashiyajson.EncodeBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	if !hashiyajson.IsBundle(data) {
		t.Fatal("not recognized as a bundle")
	}
	got, err := hashiyajson.DecodeBundle(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != 2 || got.Documents[0].Document != doc || got.Documents[1].Document.Title != other.Title {
		t.Fatalf("documents %+v", got.Documents)
	}
	want := append([]annotation.Annotation(nil), anns...)
	hashiyajson.Sort(want)
	if !reflect.DeepEqual(got.Documents[0].Annotations, want) || !reflect.DeepEqual(got.LabelSets, b.LabelSets) {
		t.Fatalf("annotations or label sets changed:\n%+v\n%+v", got.Documents[0].Annotations, got.LabelSets)
	}
	for name, mut := range map[string]func(string) string{
		"colour":  func(s string) string { return strings.Replace(s, `"#1f77b4"`, `"red; background:url(x)"`, 1) },
		"hotkey":  func(s string) string { return strings.Replace(s, `"hotkey": "1"`, `"hotkey": "ctrl+1"`, 1) },
		"version": func(s string) string { return strings.Replace(s, `"version": 1`, `"version": 9`, 1) },
		"doc":     func(s string) string { return strings.Replace(s, `"start": `, `"start": -`, 1) },
	} {
		_, err := hashiyajson.DecodeBundle([]byte(mut(string(data))))
		if err == nil || annotation.ErrorMessage(err) == "" {
			t.Errorf("%s: accepted", name)
		}
		if name == "doc" && !strings.Contains(annotation.ErrorMessage(err), "Document #1") {
			t.Errorf("doc error does not name the document: %v", err)
		}
	}
}
