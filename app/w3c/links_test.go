package w3c_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/w3c"
)

func TestLinksRoundTrip(t *testing.T) {
	doc, anns := sample(t)
	links := []annotation.Link{{ID: "k1", From: "l1", To: "d1", Type: annotation.DateOf, Note: "<i>وصل</i>"}}
	data, err := w3c.EncodeLinks(doc, anns, links)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"motivation": "linking"`, `"urn:hashiya:annotation:l1"`, `"id": "urn:hashiya:link:k1"`, `"total": 3`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("export lacks %s:\n%s", want, data)
		}
	}
	res, err := w3c.Decode(data, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Annotations, anns) || !reflect.DeepEqual(res.Links, links) || len(res.Warnings) > 0 {
		t.Fatalf("round trip:\n%+v\n%+v\nwarnings %v", res.Annotations, res.Links, res.Warnings)
	}
	if _, err := w3c.EncodeLinks(doc, anns, []annotation.Link{{ID: "x", From: "l1", To: "gone", Type: annotation.DateOf}}); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("a link to a missing annotation: %v, want EINVALID", err)
	}
}

// A link written by another tool: targets given as objects with ids, no
// direction stated (the first target is From), a body that is a plain
// string; and a link to an annotation the file does not have.
func TestLinksFromOtherTools(t *testing.T) {
	doc, anns := sample(t)
	data, err := w3c.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), `"total": 2`, `"total": 4`, 1)
	i := strings.LastIndex(s, "}\n    ]")
	s = s[:i+1] + `,
{"id": "https://example.org/anno/9", "type": "Annotation", "body": "same-as",
 "target": [{"id": "urn:hashiya:annotation:d1"}, {"id": "urn:hashiya:annotation:l1"}]},
{"type": "Annotation", "motivation": "linking", "body": "date-of",
 "target": ["urn:hashiya:annotation:l1", "urn:hashiya:annotation:nowhere"]}` + s[i+1:]
	res, err := w3c.Decode([]byte(s), doc)
	if err != nil {
		t.Fatalf("%v\n%s", err, s)
	}
	if len(res.Links) != 1 || res.Links[0].From != "d1" || res.Links[0].To != "l1" || res.Links[0].Type != annotation.SameAs {
		t.Errorf("links %+v", res.Links)
	}
	if w := strings.Join(res.Warnings, " "); !strings.Contains(w, "Annotation #4 (a link)") {
		t.Errorf("warnings %q", w)
	}
}
