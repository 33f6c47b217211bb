package doccano_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/doccano"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestGoldenRoundTrip(t *testing.T) {
	doc := annotation.NewDocument("d", "😀 وصل الوفد إلى القاهرة \"<script>\"")
	a, _ := annotation.Select(doc.Text, 16, 23, annotation.LOC)
	a.ID, a.Source, a.Status = "x", annotation.Manual, annotation.Accepted
	r, _ := annotation.Select(doc.Text, 2, 5, annotation.PER)
	r.ID, r.Source, r.Status = "r", annotation.Auto, annotation.Rejected
	out, err := doccano.Encode(doc, []annotation.Annotation{a, r})
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
	res, err := doccano.Decode("d", out)
	if err != nil || len(res) != 1 {
		t.Fatal(err)
	}
	if res[0].Document.SHA256 != doc.SHA256 || len(res[0].Annotations) != 1 || res[0].Annotations[0].Quote != "القاهرة" || len(res[0].Warnings) != 1 {
		t.Fatalf("%+v", res[0])
	}
	again, err := doccano.Encode(res[0].Document, res[0].Annotations)
	if err != nil || !bytes.Equal(again, out) {
		t.Fatalf("round trip %s %v", again, err)
	}
}

func TestEntitiesAndLines(t *testing.T) {
	file := `{"text":"زار محمد عباس رام الله","entities":[{"id":1,"start_offset":4,"end_offset":13,"label":"PERSON"}]}

{"text":"غزة","label":[[0,3,"GPE"]]}`
	res, err := doccano.Decode("f", []byte(file))
	if err != nil || len(res) != 2 {
		t.Fatal(err)
	}
	if res[0].Annotations[0].Quote != "محمد عباس" || res[0].Annotations[0].Label != annotation.PER || res[1].Annotations[0].Label != annotation.LOC || res[1].Document.Title != "f #2" {
		t.Fatalf("%+v", res)
	}
	_, err = doccano.Decode("f", []byte(`{"text":"غزة","label":[[0,3,"GPE"]]}`+"\n"+`{"text":"غزة","label":[[0,4,"LOC"]]}`))
	if !strings.Contains(annotation.ErrorMessage(err), "Line 2, span 1") {
		t.Fatalf("%v", err)
	}
}
