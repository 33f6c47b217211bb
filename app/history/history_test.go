package history

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// counter is a minimal Change: adding n to an int.
type counter int

func (c counter) Invert() counter           { return -c }
func (c counter) Then(next counter) counter { return c + next }

var t0 = time.Date(2026, 12, 2, 22, 0, 0, 0, time.UTC)

func TestUndoRedo(t *testing.T) {
	var h History[counter]
	state := 0
	do := func(n int, at time.Duration) {
		state += n
		h.Record(counter(n), "add", "", t0.Add(at))
	}
	do(1, 0)
	do(10, time.Second)
	do(100, 2*time.Second)
	if c, ev, ok := h.Undo(); !ok || c != -100 || ev.Label != "add" {
		t.Fatalf("Undo = %v %v %v", c, ev, ok)
	} else {
		state += int(c)
	}
	if c, _, _ := h.Undo(); true {
		state += int(c)
	}
	if state != 1 {
		t.Fatalf("state after two undos = %d, want 1", state)
	}
	c, _, ok := h.Redo()
	if !ok || c != 10 {
		t.Fatalf("Redo = %v %v", c, ok)
	}
	state += int(c)
	if u, r := h.Len(); u != 2 || r != 1 {
		t.Fatalf("Len = %d %d, want 2 1", u, r)
	}
	do(5, 3*time.Second) // a new change drops the redo stack
	if h.CanRedo() {
		t.Fatal("redo stack kept after a new change")
	}
	for h.CanUndo() {
		c, _, _ := h.Undo()
		state += int(c)
	}
	if state != 0 {
		t.Fatalf("state after undoing everything = %d, want 0", state)
	}
	if _, _, ok := h.Undo(); ok {
		t.Fatal("Undo on an empty history reported ok")
	}
}

func TestGroupingAndDepth(t *testing.T) {
	h := History[counter]{Depth: 3}
	h.Record(1, "note", "note:a", t0)
	h.Record(2, "note", "note:a", t0.Add(time.Second))           // grouped
	h.Record(4, "note", "note:b", t0.Add(1500*time.Millisecond)) // other group
	h.Record(8, "note", "note:b", t0.Add(5*time.Second))         // too late
	if u, _ := h.Len(); u != 3 {
		t.Fatalf("undo events = %d, want 3", u)
	}
	want := []counter{-8, -4, -3}
	for i, w := range want {
		c, _, _ := h.Undo()
		if c != w {
			t.Errorf("undo %d = %d, want %d", i, c, w)
		}
	}
	for i := range 5 {
		h.Record(counter(i), "add", "", t0)
	}
	if u, _ := h.Len(); u != 3 {
		t.Fatalf("depth not bounded: %d events", u)
	}
	if ev, _ := h.PeekUndo(); ev.Change != 4 {
		t.Fatalf("newest = %v, want 4", ev.Change)
	}
}

func TestMarshalBounded(t *testing.T) {
	var h History[counter]
	for i := range 100 {
		h.Record(counter(i), "add", "", t0.Add(time.Duration(i)*time.Minute))
	}
	h.Undo()
	full, err := h.Marshal(0)
	if err != nil {
		t.Fatal(err)
	}
	small, err := h.Marshal(len(full) / 3)
	if err != nil || len(small) > len(full)/3 {
		t.Fatalf("Marshal(%d) gave %d bytes, err %v", len(full)/3, len(small), err)
	}
	var back History[counter]
	if err := back.Unmarshal(small); err != nil {
		t.Fatal(err)
	}
	u, r := back.Len()
	if u == 0 || u >= 99 || r != 1 {
		t.Fatalf("bounded history has %d undo, %d redo events", u, r)
	}
	if ev, _ := back.PeekUndo(); ev.Change != 98 { // newest kept, oldest dropped
		t.Fatalf("newest stored event = %v, want 98", ev.Change)
	}
	if err := back.Unmarshal([]byte(`{"version":9}`)); err == nil {
		t.Fatal("a future version was accepted")
	}
	if err := back.Unmarshal([]byte(`{not json`)); err == nil {
		t.Fatal("broken JSON was accepted")
	}
	if u2, _ := back.Len(); u2 != u {
		t.Fatal("a failed Unmarshal changed the history")
	}
}

func ann(id string, start, end int, l annotation.Label, st annotation.Status) annotation.Annotation {
	return annotation.Annotation{ID: id, Start: start, End: end, Label: l, Source: annotation.Auto, Status: st, Quote: id}
}

func sorted(anns []annotation.Annotation) []annotation.Annotation {
	anns = slices.Clone(anns)
	slices.SortFunc(anns, func(a, b annotation.Annotation) int {
		if a.ID < b.ID {
			return -1
		} else if a.ID > b.ID {
			return 1
		}
		return 0
	})
	return anns
}

func TestPatchDiffApplyInvert(t *testing.T) {
	old := []annotation.Annotation{
		ann("a", 0, 3, annotation.PER, annotation.Suggested),
		ann("b", 4, 8, annotation.LOC, annotation.Suggested),
		ann("c", 9, 12, annotation.DATE, annotation.Accepted),
	}
	new := []annotation.Annotation{
		ann("a", 0, 3, annotation.ORG, annotation.Accepted), // relabel
		ann("c", 9, 12, annotation.DATE, annotation.Accepted),
		ann("d", 13, 20, annotation.MISC, annotation.Accepted), // add; b deleted
	}
	p := Diff(old, new)
	if len(p.Ops) != 3 {
		t.Fatalf("Diff has %d ops, want 3: %+v", len(p.Ops), p.Ops)
	}
	got, conflicts := p.Apply(old)
	if conflicts != 0 || fmt.Sprint(sorted(got)) != fmt.Sprint(sorted(new)) {
		t.Fatalf("Apply = %v (%d conflicts), want %v", got, conflicts, new)
	}
	back, conflicts := p.Invert().Apply(got)
	if conflicts != 0 || fmt.Sprint(sorted(back)) != fmt.Sprint(sorted(old)) {
		t.Fatalf("Invert().Apply = %v (%d conflicts), want %v", back, conflicts, old)
	}
	if !Diff(old, old).Empty() {
		t.Fatal("Diff of equal lists is not empty")
	}
	// Applying over a changed state still reaches After, and counts it.
	changed := slices.Clone(old)
	changed[1].Status = annotation.Rejected
	if _, c := p.Apply(changed); c != 1 {
		t.Fatalf("conflicts = %d, want 1", c)
	}
}

func TestPatchThen(t *testing.T) {
	s0 := []annotation.Annotation{ann("a", 0, 3, annotation.PER, annotation.Suggested)}
	s1 := []annotation.Annotation{ann("a", 0, 3, annotation.PER, annotation.Accepted), ann("n", 5, 7, annotation.LOC, annotation.Accepted)}
	s2 := []annotation.Annotation{ann("a", 0, 3, annotation.ORG, annotation.Accepted)}
	p1, p2 := Diff(s0, s1), Diff(s1, s2)
	p1.DCT = &DCTChange{Before: "2016-11-29", After: "2016-11-30"}
	p2.DCT = &DCTChange{Before: "2016-11-30", After: "2016-12-01"}
	both := p1.Then(p2)
	if len(both.Ops) != 1 { // n added then deleted: gone
		t.Fatalf("Then has ops %+v, want only a", both.Ops)
	}
	if both.DCT.Before != "2016-11-29" || both.DCT.After != "2016-12-01" {
		t.Fatalf("Then DCT = %+v", both.DCT)
	}
	got, _ := both.Apply(s0)
	if fmt.Sprint(got) != fmt.Sprint(s2) {
		t.Fatalf("Then.Apply = %v, want %v", got, s2)
	}
	if d := both.Invert().DCT; d.After != "2016-11-29" {
		t.Fatalf("inverted DCT = %+v", d)
	}
}

func TestPatchHistoryRoundTrip(t *testing.T) {
	var h History[Patch]
	s0 := []annotation.Annotation{ann("a", 0, 3, annotation.PER, annotation.Suggested)}
	s1 := []annotation.Annotation{ann("a", 0, 3, annotation.PER, annotation.Rejected)}
	h.Record(Diff(s0, s1), "reject", "", t0)
	data, err := h.Marshal(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	var back History[Patch]
	if err := back.Unmarshal(data); err != nil {
		t.Fatal(err)
	}
	inv, ev, ok := back.Undo()
	if !ok || ev.Label != "reject" {
		t.Fatalf("Undo after reload: %v %v", ev, ok)
	}
	got, c := inv.Apply(s1)
	if c != 0 || fmt.Sprint(got) != fmt.Sprint(s0) {
		t.Fatalf("undo after reload gives %v (%d conflicts)", got, c)
	}
}
