package session

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/search"
)

func TestBulkReviewIsOneStep(t *testing.T) {
	s, _ := newSession(t, 0)
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	before := snapshot(s)
	var ids []string
	for _, a := range s.Anns() {
		if a.Status == annotation.Suggested {
			ids = append(ids, a.ID)
		}
	}
	n, err := s.SetStatusAll(append(ids, "gone"), annotation.Accepted)
	if err != nil || n != len(ids) || n == 0 {
		t.Fatalf("SetStatusAll = %d, %v; want %d", n, err, len(ids))
	}
	for _, a := range s.Anns() {
		if a.Status != annotation.Accepted {
			t.Fatalf("%s still %s", a.Quote, a.Status)
		}
	}
	if u.UndoKind() != "bulk-accept" {
		t.Fatalf("UndoKind = %q", u.UndoKind())
	}
	u.Undo()
	if !snapshot(s).equal(before) {
		t.Fatal("one undo does not revert the bulk accept")
	}
}

func TestLabelAllHits(t *testing.T) {
	s, _ := newSession(t, 0)
	s.Annotate = noSuggestions
	u := NewUndo(s)
	txt := "حكومة جديدة. وحكومة الظل ترفض، والحكومةُ رأيها"
	if err := s.Open(annotation.NewDocument("t", txt)); err != nil {
		t.Fatal(err)
	}
	var spans [][2]int
	for _, h := range search.New(txt).Find("حكومة", search.Options{}) {
		spans = append(spans, [2]int{h.Start, h.End})
	}
	n, err := s.LabelSpans(spans, annotation.ORG)
	if err != nil || n != 3 || s.Len() != 3 {
		t.Fatalf("LabelSpans = %d, %v; %d annotations", n, err, s.Len())
	}
	for _, a := range s.Anns() {
		if err := a.Validate(txt); err != nil || a.Label != annotation.ORG {
			t.Fatalf("%+v: %v", a, err)
		}
	}
	// Again with another label: the manual spans are relabelled, not doubled.
	if n, err := s.LabelSpans(spans, annotation.LOC); err != nil || n != 3 || s.Len() != 3 {
		t.Fatalf("relabel hits = %d, %v, %d annotations", n, err, s.Len())
	}
	u.Undo()
	u.Undo()
	if s.Len() != 0 {
		t.Fatalf("%d annotations after undoing both", s.Len())
	}
	if _, err := s.LabelSpans([][2]int{{0, 999}}, annotation.ORG); err == nil {
		t.Fatal("a span outside the text was accepted")
	}
}
