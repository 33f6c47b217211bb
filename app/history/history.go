// Package history is a bounded undo/redo history of reversible changes,
// shaped after CodeMirror 6's history (codemirror/commands history.ts): each
// recorded change keeps its inverse; Undo pops an event and returns the
// change that reverses it, and Redo the change that does it again; changes
// recorded within Window of the previous one with the same group key are
// grouped into one event; the number of events is bounded (Depth); the
// history can be written to JSON and read back, so it survives a reload.
//
// History is generic over the change type C, which only has to invert and
// compose (the Change constraint); app/session's Tx (a transaction of
// annotation changes) is the one the annotator records.
package history

import (
	"encoding/json"
	"fmt"
	"time"
)

// Change is what History needs from a change type: Invert returns the change
// that undoes it, Then the change that does it and then next (used to group
// events). Both must be pure: they return new values.
type Change[C any] interface {
	Invert() C
	Then(next C) C
}

// Event is one step of the history.
type Event[C any] struct {
	// Change is what the person did, as applied to the state.
	Change C `json:"change"`
	// Label names the action for the interface ("add", "delete", "relabel",
	// "accept", "reject", "note", "apply-all", "import", "dct", …).
	Label string `json:"label"`
	// Group is the grouping key: consecutive events with the same non-empty
	// Group within Window are merged (e.g. "note:<id>" while a note is typed).
	Group string `json:"group,omitempty"`
	// Time is when the event was last extended.
	Time time.Time `json:"time"`

	enc []byte // cached JSON of the event, see Marshal
}

// DefaultDepth is the number of events kept when History.Depth is 0.
const DefaultDepth = 200

// DefaultWindow is the grouping window when History.Window is 0
// (CodeMirror's newGroupDelay is 500 ms; typing a note is slower).
const DefaultWindow = 1500 * time.Millisecond

// History is a bounded undo and redo stack. The zero value is ready to use.
type History[C Change[C]] struct {
	// Depth bounds the number of undoable events (DefaultDepth when 0): the
	// oldest is dropped when a new one would exceed it.
	Depth int
	// Window is the grouping delay (DefaultWindow when 0); negative never
	// groups.
	Window time.Duration

	undo []Event[C] // oldest first
	redo []Event[C] // most recently undone last
}

func (h *History[C]) depth() int {
	if h.Depth > 0 {
		return h.Depth
	}
	return DefaultDepth
}

func (h *History[C]) window() time.Duration {
	if h.Window == 0 {
		return DefaultWindow
	}
	return h.Window
}

// Record adds a change made at time now, labelled label. A change recorded
// within Window after the last event with the same non-empty group is
// merged into that event. Recording clears the redo stack.
func (h *History[C]) Record(c C, label, group string, now time.Time) {
	h.redo = h.redo[:0]
	if n := len(h.undo); n > 0 && group != "" && h.window() > 0 {
		last := &h.undo[n-1]
		if last.Group == group && now.Sub(last.Time) <= h.window() && !now.Before(last.Time) {
			last.Change = last.Change.Then(c)
			last.Time, last.enc = now, nil
			return
		}
	}
	h.undo = append(h.undo, Event[C]{Change: c, Label: label, Group: group, Time: now})
	if over := len(h.undo) - h.depth(); over > 0 {
		h.undo = append(h.undo[:0], h.undo[over:]...)
	}
}

// CanUndo reports whether there is an event to undo.
func (h *History[C]) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone event to redo.
func (h *History[C]) CanRedo() bool { return len(h.redo) > 0 }

// Len returns the number of undoable and redoable events.
func (h *History[C]) Len() (undo, redo int) { return len(h.undo), len(h.redo) }

// PeekUndo returns the event Undo would reverse.
func (h *History[C]) PeekUndo() (Event[C], bool) {
	if len(h.undo) == 0 {
		return Event[C]{}, false
	}
	return h.undo[len(h.undo)-1], true
}

// PeekRedo returns the event Redo would do again.
func (h *History[C]) PeekRedo() (Event[C], bool) {
	if len(h.redo) == 0 {
		return Event[C]{}, false
	}
	return h.redo[len(h.redo)-1], true
}

// Undo moves the last event to the redo stack and returns the change that
// reverses it (its Invert), with the event. ok is false when there is
// nothing to undo. The caller applies the returned change to its state.
func (h *History[C]) Undo() (inverse C, ev Event[C], ok bool) {
	if len(h.undo) == 0 {
		return inverse, ev, false
	}
	ev = h.undo[len(h.undo)-1]
	h.undo = h.undo[:len(h.undo)-1]
	h.redo = append(h.redo, ev)
	return ev.Change.Invert(), ev, true
}

// Redo moves the last undone event back to the undo stack and returns its
// change, to be applied again.
func (h *History[C]) Redo() (change C, ev Event[C], ok bool) {
	if len(h.redo) == 0 {
		return change, ev, false
	}
	ev = h.redo[len(h.redo)-1]
	h.redo = h.redo[:len(h.redo)-1]
	ev.Group, ev.enc = "", nil // a redone event never absorbs the next change
	h.undo = append(h.undo, ev)
	return ev.Change, ev, true
}

// Reset empties both stacks.
func (h *History[C]) Reset() { h.undo, h.redo = nil, nil }

// stored is the JSON form of a History.
type stored[C any] struct {
	Version int               `json:"version"`
	Undo    []json.RawMessage `json:"undo"`
	Redo    []json.RawMessage `json:"redo"`
}

// Version is the version of the JSON form written by Marshal.
const Version = 1

// Marshal returns the JSON form of the history, {"version":1,"undo":[…],
// "redo":[…]}. When maxBytes > 0 only the newest events that fit in
// maxBytes bytes are written (redo events first, since they are the most
// recent, then undo events from the newest back): the stored history is
// bounded in size as well as depth, and what does not fit is lost only
// from storage, not from memory. Each event is encoded once and cached, so
// writing the history after every change costs a copy, not a re-encoding.
func (h *History[C]) Marshal(maxBytes int) ([]byte, error) {
	const overhead = len(`{"version":1,"undo":[],"redo":[]}`)
	budget := maxBytes - overhead
	s := stored[C]{Version: Version, Undo: []json.RawMessage{}, Redo: []json.RawMessage{}}
	fits := func(ev *Event[C]) (bool, error) {
		if ev.enc == nil {
			data, err := json.Marshal(ev)
			if err != nil {
				return false, err
			}
			ev.enc = data
		}
		if maxBytes <= 0 {
			return true, nil
		}
		if len(ev.enc)+1 > budget {
			return false, nil
		}
		budget -= len(ev.enc) + 1
		return true, nil
	}
	// Redo events are taken oldest-undone first: the one Redo pops next is
	// the last of the slice, so keep a suffix.
	keepRedo := len(h.redo)
	for i := len(h.redo) - 1; i >= 0; i-- {
		ok, err := fits(&h.redo[i])
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		keepRedo = i
	}
	for i := keepRedo; i < len(h.redo); i++ {
		s.Redo = append(s.Redo, h.redo[i].enc)
	}
	keepUndo := len(h.undo)
	for i := len(h.undo) - 1; i >= 0; i-- {
		ok, err := fits(&h.undo[i])
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		keepUndo = i
	}
	for i := keepUndo; i < len(h.undo); i++ {
		s.Undo = append(s.Undo, h.undo[i].enc)
	}
	return json.Marshal(s)
}

// Unmarshal replaces the history with the one in data (Marshal's form). On
// error the history is left unchanged; the error says what is wrong.
func (h *History[C]) Unmarshal(data []byte) error {
	var s struct {
		Version int        `json:"version"`
		Undo    []Event[C] `json:"undo"`
		Redo    []Event[C] `json:"redo"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("history: stored history is not readable: %w", err)
	}
	if s.Version != Version {
		return fmt.Errorf("history: stored history has version %d, expected %d", s.Version, Version)
	}
	if over := len(s.Undo) - h.depth(); over > 0 {
		s.Undo = s.Undo[over:]
	}
	h.undo, h.redo = s.Undo, s.Redo
	return nil
}
