package history

import (
	"testing"
	"time"
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
