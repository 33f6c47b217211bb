package conll_test

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/conll"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func sel(t *testing.T, doc annotation.Document, s, e int, l annotation.Label) annotation.Annotation {
	t.Helper()
	a, err := annotation.Select(doc.Text, s, e, l)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
	return a
}

// Case C12: a token cut by a span boundary is split, and the import
// aligns the tokens onto the text.
func TestC12(t *testing.T) {
	doc := annotation.NewDocument("c12", "وصل الوفد بالقاهرة أمس")
	loc := sel(t, doc, 11, 18, annotation.LOC)
	out, _, err := conll.Encode(doc, []annotation.Annotation{loc})
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "وصل O\nالوفد O\nب O\nالقاهرة B-LOC\nأمس O\n" {
		t.Fatalf("export:\n%s", out)
	}
	res, err := conll.Decode("c12", out, &doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Annotations) != 1 || res.Annotations[0].Start != 11 || res.Annotations[0].End != 18 || res.Annotations[0].Label != annotation.LOC {
		t.Fatalf("%+v", res.Annotations)
	}
	if err := res.Annotations[0].Validate(doc.Text); err != nil {
		t.Fatal(err)
	}
	// Onto a text with other spacing, the real offsets are found.
	spaced := annotation.NewDocument("s", "  وصل   الوفد\tبالقاهرة، أمس")
	res, err = conll.Decode("s", []byte("وصل O\nالوفد O\nب O\nالقاهرة B-LOC\nأمس O\n"), &spaced)
	if err != nil || res.Annotations[0].Quote != "القاهرة" || res.Annotations[0].Start != 15 {
		t.Fatalf("%+v %v", res.Annotations, err)
	}
	// Another text: refused naming the line.
	other := annotation.NewDocument("o", "وصل الوفد إلى دمشق أمس")
	if _, err := conll.Decode("o", out, &other); annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "Line 3") {
		t.Fatalf("other text: %v", err)
	}
}

func TestGoldenRoundTrip(t *testing.T) {
	doc := annotation.NewDocument("g", "قال الرئيس محمد عباس في رام الله.\nوزار وفد الأمم المتحدة غزة")
	find := func(q string, l annotation.Label) annotation.Annotation {
		i := strings.Index(doc.Text, q)
		s := len([]rune(doc.Text[:i]))
		return sel(t, doc, s, s+len([]rune(q)), l)
	}
	anns := []annotation.Annotation{
		find("محمد عباس", annotation.PER), find("رام الله", annotation.LOC),
		find("الأمم المتحدة", annotation.ORG), find("غزة", annotation.LOC),
		find("عباس", annotation.MISC), // overlaps PER: left out
	}
	out, warnings, err := conll.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 {
		t.Errorf("warnings %q", warnings)
	}
	if *update {
		os.WriteFile("testdata/export.golden", out, 0o644)
	}
	want, _ := os.ReadFile("testdata/export.golden")
	if !bytes.Equal(out, want) {
		t.Fatalf("export differs from the golden file:\n%s", out)
	}
	res, err := conll.Decode("g", out, &doc)
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := conll.Encode(doc, res.Annotations)
	if err != nil || !bytes.Equal(again, out) {
		t.Fatalf("round trip:\n%s %v", again, err)
	}
	// Without a document, the text is rebuilt from the tokens.
	res, err = conll.Decode("g", out, nil)
	if err != nil || res.Document.Text != "قال الرئيس محمد عباس في رام الله .\nوزار وفد الأمم المتحدة غزة" || len(res.Annotations) != 4 {
		t.Fatalf("rebuilt %q %+v %v", res.Document.Text, res.Annotations, err)
	}
}

// IOB1, BIOES and the four CoNLL-2003 columns are read too.
func TestSchemes(t *testing.T) {
	for name, file := range map[string]string{
		"iob1":  "-DOCSTART- -X- O O\n\nزار NN O I-<X>\nمحمد NNP I-NP I-PER\nعباس NNP I-NP I-PER\nرام NNP I-NP I-LOC\nالله NNP I-NP I-LOC\n",
		"bioes": "زار O\nمحمد B-PERSON\nعباس E-PERSON\nرام B-LOC\nالله E-LOC\n",
	} {
		res, err := conll.Decode(name, []byte(file), nil)
		if name == "iob1" {
			if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "Line 3") {
				t.Errorf("unknown label X: %v", err)
			}
			file = strings.Replace(file, "I-<X>", "O", 1)
			res, err = conll.Decode(name, []byte(file), nil)
		}
		if err != nil || len(res.Annotations) != 2 || res.Annotations[0].Quote != "محمد عباس" || res.Annotations[1].Quote != "رام الله" || res.Annotations[0].Label != annotation.PER {
			t.Errorf("%s: %+v %v", name, res.Annotations, err)
		}
	}
}
