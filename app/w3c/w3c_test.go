package w3c_test

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/w3c"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func sample(t testing.TB) (annotation.Document, []annotation.Annotation) {
	t.Helper()
	doc := annotation.NewDocument("عاجل <b>", "🔴 عاجل: وزير الخارجية يصل إلى عمّان\nالثلاثاء 28 نوفمبر 2016")
	doc.DCT = "2016-11-29"
	loc, err := annotation.Select(doc.Text, 30, 35, annotation.LOC)
	if err != nil {
		t.Fatal(err)
	}
	loc.ID, loc.Source, loc.Status, loc.Note, loc.Entity = "l1", annotation.Manual, annotation.Accepted, "<script>alert(1)</script>", "e1"
	date, err := annotation.Select(doc.Text, 45, 59, annotation.DATE)
	if err != nil {
		t.Fatal(err)
	}
	date.ID, date.Source, date.Status = "d1", annotation.Auto, annotation.Suggested
	date.Value, date.Type, date.Calendar = "2016-11-28", "DATE", "gregorian"
	return doc, []annotation.Annotation{loc, date}
}

func TestGoldenAndRoundTrip(t *testing.T) {
	doc, anns := sample(t)
	got, err := w3c.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		os.WriteFile("testdata/export.golden", got, 0o644)
	}
	want, err := os.ReadFile("testdata/export.golden")
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("export differs from testdata/export.golden (-update to rewrite):\n%s", got)
	}
	res, err := w3c.Decode(got, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Annotations, anns) || len(res.Warnings) != 0 {
		t.Fatalf("round trip:\n got %+v\nwant %+v\nwarnings %v", res.Annotations, anns, res.Warnings)
	}
}

// Case C8: a Hypothesis-style annotation counting UTF-16 code units.
func TestC8Hypothesis(t *testing.T) {
	doc := annotation.NewDocument("c8", "📌 عاجل: انفجار في مرفأ بيروت")
	if doc.Len() != 28 {
		t.Fatalf("len %d", doc.Len())
	}
	file := `{"rows":[{"id":"hyp1","target":[{"source":"https://example.org/a","selector":[
	  {"type":"RangeSelector","startContainer":"/p[1]"},
	  {"type":"TextPositionSelector","start":24,"end":29},
	  {"type":"TextQuoteSelector","exact":"بيروت","prefix":"مرفأ "}]}],"tags":["LOC"],"text":"ميناء"}]}`
	res, err := w3c.Decode([]byte(file), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Annotations) != 1 {
		t.Fatalf("%+v", res)
	}
	a := res.Annotations[0]
	if a.Start != 23 || a.End != 28 || a.Quote != "بيروت" || a.Label != annotation.LOC || a.Note != "ميناء" || a.ID != "hyp1" {
		t.Fatalf("got %+v", a)
	}
	if res.Unit != "UTF-16 code units" || len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "UTF-16") {
		t.Fatalf("conversion not reported: %q %q", res.Unit, res.Warnings)
	}
	out, err := w3c.Encode(doc, res.Annotations)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"start": 23`, `"end": 28`, `"hashiya:offsets": "unicode-code-points"`} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("re-export lacks %s", s)
		}
	}
}

// Recogito's W3C export: body classifying PLACE, positions in UTF-16.
func TestRecogito(t *testing.T) {
	doc := annotation.NewDocument("r", "😀 زار الوفد القاهرة")
	file := `[{"@context":"http://www.w3.org/ns/anno.jsonld","id":"https://recogito.pelagios.org/annotation/1","type":"Annotation",
	 "body":[{"type":"TextualBody","purpose":"classifying","value":"PLACE"},{"type":"TextualBody","purpose":"commenting","value":"عاصمة"}],
	 "target":{"source":"https://recogito/doc","selector":[{"type":"TextQuoteSelector","exact":"القاهرة"},{"type":"TextPositionSelector","start":13,"end":20}]}}]`
	res, err := w3c.Decode([]byte(file), doc)
	if err != nil {
		t.Fatal(err)
	}
	a := res.Annotations[0]
	if a.Start != 12 || a.End != 19 || a.Label != annotation.LOC || a.Note != "عاصمة" {
		t.Fatalf("got %+v", a)
	}
}

// Another version of the text: placed by quote and context; a quote not
// found is an orphan; the same text with a wrong quote is an error.
func TestOtherText(t *testing.T) {
	doc, anns := sample(t)
	data, err := w3c.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	edited := annotation.NewDocument("e", "🔴 عاجل: وزير الخارجية يصل إلى عمّان\nالثلاثاء الماضي في زيارة رسمية")
	res, err := w3c.Decode(data, edited)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Annotations) != 1 || res.Annotations[0].Quote != "عمّان" || len(res.Orphans) != 1 {
		t.Fatalf("got %+v orphans %+v", res.Annotations, res.Orphans)
	}
	if err := res.Annotations[0].Validate(edited.Text); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(data, []byte(`"exact": "عمّان"`), []byte(`"exact": "دمشق"`), 1)
	if _, err := w3c.Decode(bad, doc); annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), `Annotation #1 ("l1")`) {
		t.Fatalf("quote mismatch: %v", err)
	}
}
