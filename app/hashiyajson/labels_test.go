package hashiyajson

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/labelset"
)

// The label set is written into the file and read back; FileLabels reads
// it alone; a file without one reads as before; a broken one is left out
// with a reason and the annotations are kept.
func TestFileLabels(t *testing.T) {
	text := "وقعت الحرب في صيف 2016"
	doc := annotation.NewDocument("t", text)
	a, err := annotation.Select(text, 5, 10, "EVENT")
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = "m1", annotation.Manual, annotation.Accepted
	set, _ := labelset.Default().Put(labelset.Label{Code: "EVENT", Name: "حدث", Colour: "#aa0000", Key: "9"})
	data, err := EncodeFile(&File{Document: doc, Annotations: []annotation.Annotation{a}, Labels: set.Labels})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"labels": [`) || !strings.Contains(string(data), `"code": "EVENT"`) {
		t.Fatalf("no label set in the file:\n%s", data)
	}
	f, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Labels) != 9 || f.Labels[8] != set.Labels[8] || f.LabelsIgnored != "" {
		t.Fatalf("decoded labels %+v (%q)", f.Labels, f.LabelsIgnored)
	}
	if ls := FileLabels(data); len(ls) != 9 || ls[8].Colour != "#aa0000" {
		t.Fatalf("FileLabels = %+v", ls)
	}
	// Without a label set: none, and nothing else changes.
	plain, err := Encode(doc, []annotation.Annotation{a})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(plain), `"labels"`) {
		t.Fatalf("a file with no label set writes one:\n%s", plain)
	}
	if f, err := Decode(plain); err != nil || f.Labels != nil || FileLabels(plain) != nil {
		t.Fatalf("no label set: %v %+v", err, f)
	}
	// A broken set (a key twice) is left out; the annotation is kept.
	broken := strings.Replace(string(data), `"key": "9"`, `"key": "1"`, 1)
	f, err = Decode([]byte(broken))
	if err != nil || len(f.Annotations) != 1 || f.Labels != nil || !strings.Contains(f.LabelsIgnored, "key") {
		t.Fatalf("broken label set: %v, %d annotations, labels %v, reason %q", err, len(f.Annotations), f.Labels, f.LabelsIgnored)
	}
	// A letter key (files of older versions) gets a free digit; the set is
	// kept.
	lettered := strings.Replace(string(data), `"key": "9"`, `"key": "e"`, 1)
	if f, err = Decode([]byte(lettered)); err != nil || len(f.Labels) != len(set.Labels) || f.LabelsIgnored != "" {
		t.Fatalf("letter key: %v, labels %v, reason %q", err, f.Labels, f.LabelsIgnored)
	}
	for _, l := range f.Labels {
		if l.Key != "" && !labelset.KeyAllowed(l.Key) {
			t.Errorf("label %s keeps the key %q", l.Code, l.Key)
		}
	}
	if f.Labels[8].Key != "9" {
		t.Errorf("the lettered label got key %q, want the free 9", f.Labels[8].Key)
	}
	// Encode refuses to write a broken set.
	bad := append([]labelset.Label(nil), set.Labels...)
	bad[8].Key = "1"
	if _, err := EncodeFile(&File{Document: doc, Labels: bad}); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Fatalf("a broken label set is written: %v", err)
	}
}
