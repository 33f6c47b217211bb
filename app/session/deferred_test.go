package session

import (
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

// stored returns the stored annotations of the open document by id.
func stored(t *testing.T, s *Session) map[string]annotation.Annotation {
	t.Helper()
	_, anns, err := s.Store.Document(s.Doc.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]annotation.Annotation{}
	for _, a := range anns {
		out[a.ID] = a
	}
	return out
}

// With Defer, edits change memory at once and storage at Flush, coalesced:
// an annotation added and deleted before the flush is never written, one
// added and relabelled is written once, as it ends up.
func TestDeferredWrites(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	calls := 0
	s.Defer = func(flush func()) { calls++ }
	before := stored(t, s)
	a, err := s.Add(0, 8, annotation.DATE)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Add(9, 11, annotation.MISC)
	if err := s.Relabel(b.ID, annotation.ORG); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	if err := s.SetStatus(per.ID, annotation.Accepted); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if calls != 1 || !s.Pending() {
		t.Fatalf("Defer called %d times, pending %v", calls, s.Pending())
	}
	if got := stored(t, s); len(got) != len(before) || got[per.ID].Status != annotation.Suggested {
		t.Fatalf("written before Flush: %d annotations, %s", len(got), got[per.ID].Status)
	}
	if err := s.Flush(); err != nil || s.Pending() {
		t.Fatalf("flush: %v, pending %v", err, s.Pending())
	}
	got := stored(t, s)
	if _, ok := got[a.ID]; ok {
		t.Error("an annotation added and deleted before the flush was stored")
	}
	if got[b.ID].Label != annotation.ORG || got[per.ID].Status != annotation.Accepted || len(got) != len(before)+1 {
		t.Errorf("after flush: %+v", got)
	}
	mem := s.Anns()
	all := make([]annotation.Annotation, 0, len(got))
	for _, x := range got {
		all = append(all, x)
	}
	Sort(all)
	if !slices.Equal(all, mem) {
		t.Error("storage and memory differ after the flush")
	}
	// Reading storage flushes first: a second tab's merge never reverts
	// this tab's pending work.
	s.SetStatus(b.ID, annotation.Rejected)
	if _, err := s.Refresh(); err != nil {
		t.Fatal(err)
	}
	if get(s, b.ID).Status != annotation.Rejected || stored(t, s)[b.ID].Status != annotation.Rejected {
		t.Error("Refresh lost a pending change")
	}
	// Later tasks run at the flush, once per key.
	n := 0
	s.Later("x", func() { n++ })
	s.Later("x", func() { n += 10 })
	s.Flush()
	if n != 10 {
		t.Errorf("tasks ran %d", n)
	}
}

// A deferred write that fails (storage full) sets Unsaved at the flush and
// loses nothing in memory; the next flush writes everything.
func TestDeferredQuota(t *testing.T) {
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	s.Defer = func(func()) {}
	kv.Quota = kv.Used() + 10
	a, err := s.Add(0, 8, annotation.DATE)
	if err != nil || s.Unsaved != "" {
		t.Fatalf("before the flush: %v %q", err, s.Unsaved)
	}
	if err := s.Flush(); annotation.ErrorCode(err) != annotation.EQUOTA || s.Unsaved == "" || !has(s, a.ID) {
		t.Fatalf("flush: %v %q", err, s.Unsaved)
	}
	kv.Quota = 0
	s.SetStatus(find(s, "حفتر", annotation.PER).ID, annotation.Rejected)
	if err := s.Flush(); err != nil || s.Unsaved != "" {
		t.Fatalf("retry: %v %q", err, s.Unsaved)
	}
	if got := stored(t, s); len(got) != 4 {
		t.Errorf("retry stored %d annotations", len(got))
	}
}
