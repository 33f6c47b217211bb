package session

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

// Case C8: a W3C annotation counting UTF-16 code units is stored in code
// points, the conversion is reported, and the import is one undo step.
func TestImportOtherW3CUTF16(t *testing.T) {
	s, _ := newSession(t, 0)
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("t", "📌 عاجل: انفجار في مرفأ بيروت")); err != nil {
		t.Fatal(err)
	}
	before := len(s.Anns())
	w3c := `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","body":{"type":"TextualBody","purpose":"tagging","value":"LOC"},
"target":{"selector":[{"type":"TextPositionSelector","start":24,"end":29},{"type":"TextQuoteSelector","exact":"بيروت","prefix":"مرفأ "}]}}`
	r, report, _, err := s.ImportOther("hypothesis.jsonld", []byte(w3c))
	if err != nil {
		t.Fatal(err)
	}
	if report.Added != 1 || len(s.Anns()) != before+1 {
		t.Fatalf("report %+v, anns %+v", report, s.Anns())
	}
	a := find(s, "بيروت", annotation.LOC)
	if a.Start != 23 || a.End != 28 {
		t.Fatalf("stored %+v, want [23,28)", a)
	}
	if !strings.Contains(strings.Join(r.Warnings, " "), "UTF-16") {
		t.Fatalf("conversion not reported: %q", r.Warnings)
	}
	if _, ok, err := u.Undo(); !ok || err != nil || len(s.Anns()) != before {
		t.Fatalf("one undo did not take the import back: %v %v %d", ok, err, len(s.Anns()))
	}
}

// A brat .ann made on the open text is merged; a malformed one changes
// nothing and says why.
func TestImportOtherBrat(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	start := len([]rune(text[:strings.Index(text, "حفتر")]))
	ann := "T1\tORG " + itoa(start) + " " + itoa(start+4) + "\tحفتر\n"
	if _, report, _, err := s.ImportOther("news.ann", []byte(ann)); err != nil || report.Added != 1 {
		t.Fatalf("brat import: %+v %v", report, err)
	}
	if a := find(s, "حفتر", annotation.ORG); a.ID == "" {
		t.Fatalf("ORG not stored: %+v", s.Anns())
	}
	n := len(s.Anns())
	_, _, ok, err := s.ImportOther("bad.ann", []byte("T1\tORG 3 999\tحفتر\n"))
	if err == nil || ok || annotation.ErrorMessage(err) == "" || len(s.Anns()) != n {
		t.Fatalf("malformed .ann: err %v, %d anns (was %d)", err, len(s.Anns()), n)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
