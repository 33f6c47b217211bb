package labelstudio_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/labelstudio"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestGoldenRoundTrip(t *testing.T) {
	doc := annotation.NewDocument("ls <b>", "😀 وصل الوفد إلى القاهرة")
	a, _ := annotation.Select(doc.Text, 16, 23, annotation.LOC)
	a.ID, a.Source, a.Status = "x", annotation.Manual, annotation.Accepted
	s, _ := annotation.Select(doc.Text, 6, 11, annotation.ORG)
	s.ID, s.Source, s.Status = "s", annotation.Auto, annotation.Suggested
	out, err := labelstudio.Encode(doc, []annotation.Annotation{a, s})
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		os.WriteFile("testdata/export.golden", out, 0o644)
	}
	want, _ := os.ReadFile("testdata/export.golden")
	if !bytes.Equal(out, want) {
		t.Fatalf("export differs from the golden file:\n%s", out)
	}
	res, err := labelstudio.Decode("ls", out)
	if err != nil || len(res) != 1 {
		t.Fatal(err)
	}
	r := res[0]
	if r.Document.SHA256 != doc.SHA256 || r.Document.Title != "ls <b>" || len(r.Annotations) != 2 || r.Annotations[0].ID != "x" || r.Annotations[1].Status != annotation.Suggested {
		t.Fatalf("%+v", r)
	}
	again, err := labelstudio.Encode(r.Document, r.Annotations)
	if err != nil || !bytes.Equal(again, out) {
		t.Fatalf("round trip %s %v", again, err)
	}
}

// Offsets counted in UTF-16 code units are detected by value.text.
func TestUTF16(t *testing.T) {
	file := `[{"data":{"text":"😀 وصل الوفد إلى القاهرة"},"annotations":[{"result":[{"id":"a","from_name":"label","to_name":"text","type":"labels","value":{"start":17,"end":24,"text":"القاهرة","labels":["LOC"]}}]}]}]`
	res, err := labelstudio.Decode("u", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	if a := res[0].Annotations[0]; a.Start != 16 || a.End != 23 || res[0].Unit != "UTF-16 code units" || len(res[0].Warnings) != 1 {
		t.Fatalf("%+v %q", res[0].Annotations, res[0].Warnings)
	}
	bad := strings.Replace(file, `"start":17`, `"start":3`, 1)
	if _, err := labelstudio.Decode("u", []byte(bad)); !strings.Contains(annotation.ErrorMessage(err), "Task 1, result 1") {
		t.Fatalf("%v", err)
	}
}
