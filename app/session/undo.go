package session

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/history"
)

// Undo is the undo/redo history of the open document (app/history over
// Tx): every transaction Session.Apply applies is recorded, so every change
// a person makes (add, delete, relabel, accept, reject, note, apply to all,
// import, DCT change) can be undone and redone. Each document has its own
// history, kept in the session's Meta store under historyPrefix+sha256
// (bounded to HistoryBytes), so it survives a reload; switching documents
// switches histories.
type Undo struct {
	s        *Session
	h        history.History[Tx]
	sha      string // document whose history h is
	applying bool   // Undo/Redo is applying: do not record
	// Err is the last failure to read or write the stored history, for a
	// hint; the history in memory still works.
	Err error
}

// historyPrefix is the Meta key prefix of stored histories.
const historyPrefix = "hashiya/ui/v1/history/"

// HistoryBytes bounds a document's stored history (in bytes of JSON, about
// as many UTF-16 units in localStorage for mostly-ASCII JSON): the newest
// events that fit are kept. It is small beside localStorage's ~5 Mi units,
// as every stored document has one.
const HistoryBytes = 128 << 10

// HistoryDepth is the number of undoable steps kept per document.
const HistoryDepth = 200

// NewUndo starts recording s's transactions (it sets s.OnApply, calling any
// previous OnApply first).
func NewUndo(s *Session) *Undo {
	u := &Undo{s: s}
	u.h.Depth = HistoryDepth
	prev := s.OnApply
	s.OnApply = func(tx Tx) {
		if prev != nil {
			prev(tx)
		}
		u.record(tx)
	}
	return u
}

// sync loads the history of the open document when it changed.
func (u *Undo) sync() {
	sha := u.s.Doc.SHA256
	if sha == u.sha {
		return
	}
	u.sha = sha
	u.h.Reset()
	u.Err = nil
	if sha == "" || u.s.Meta == nil {
		return
	}
	v, ok, err := u.s.Meta.Get(historyPrefix + sha)
	if err == nil && ok {
		err = u.h.Unmarshal([]byte(v))
	}
	u.Err = err
}

func (u *Undo) persist() {
	if u.s.Meta == nil || u.sha == "" {
		return
	}
	data, err := u.h.Marshal(HistoryBytes)
	if err == nil {
		err = u.s.Meta.Set(historyPrefix+u.sha, string(data))
	}
	if err != nil {
		// The history is a convenience: when it cannot be written (storage
		// full), its stale copy is dropped so that it never takes room the
		// annotations need; the history in memory still works.
		_ = u.s.Meta.Remove(historyPrefix + u.sha)
	}
	u.Err = err
}

func (u *Undo) record(tx Tx) {
	if u.applying || tx.Empty() {
		return
	}
	u.sync()
	group := ""
	if tx.Kind == "note" && len(tx.Changes) == 1 {
		group = "note:" + tx.Changes[0].ID() // typing a note is one step
	}
	u.h.Record(tx, tx.Kind, group, tx.Time)
	u.s.Later("undo-history", u.persist) // once per burst of edits with Session.Defer
}

// CanUndo and CanRedo report whether there is something to undo or redo in
// the open document; UndoKind and RedoKind name it (Tx.Kind), "" if not.
func (u *Undo) CanUndo() bool { u.sync(); return u.h.CanUndo() }

// CanRedo reports whether there is an undone step to redo.
func (u *Undo) CanRedo() bool { u.sync(); return u.h.CanRedo() }

// UndoKind names the step Undo would reverse ("" when none).
func (u *Undo) UndoKind() string { u.sync(); ev, _ := u.h.PeekUndo(); return ev.Label }

// RedoKind names the step Redo would do again ("" when none).
func (u *Undo) RedoKind() string { u.sync(); ev, _ := u.h.PeekRedo(); return ev.Label }

// Undo reverses the last step of the open document and returns the
// transaction applied (Kind "undo"); ok is false when there was nothing to
// undo. Annotations changed elsewhere since (another tab) are set back as
// they were before the step; one deleted since is not deleted again. When
// applying fails, the step stays undoable and the error is returned.
func (u *Undo) Undo() (applied Tx, ok bool, err error) {
	u.sync()
	inv, _, ok := u.h.Undo()
	if !ok {
		return Tx{}, false, nil
	}
	applied, err = u.apply(inv, "undo")
	if err != nil && annotation.ErrorCode(err) != annotation.EQUOTA {
		u.h.Redo() // put the step back
	}
	u.persist()
	return applied, true, err
}

// Redo does again the last undone step (Kind "redo").
func (u *Undo) Redo() (applied Tx, ok bool, err error) {
	u.sync()
	tx, _, ok := u.h.Redo()
	if !ok {
		return Tx{}, false, nil
	}
	applied, err = u.apply(tx, "redo")
	if err != nil && annotation.ErrorCode(err) != annotation.EQUOTA {
		u.h.Undo() // back on the redo stack
	}
	u.persist()
	return applied, true, err
}

func (u *Undo) apply(tx Tx, kind string) (Tx, error) {
	// A deletion of an annotation that no longer exists is dropped, so that
	// one change made elsewhere does not block the whole step.
	out := Tx{Kind: kind, DCT: tx.DCT, Links: tx.Links}
	for _, c := range tx.Changes {
		if c.After == nil {
			if _, ok := u.s.Get(c.Before.ID); !ok {
				continue
			}
		}
		out.Changes = append(out.Changes, c)
	}
	u.applying = true
	defer func() { u.applying = false }()
	return u.s.Apply(out)
}

// Then returns the transaction that does tx and then next (history.Change):
// per annotation the state before tx and the state after next; an
// annotation added by tx and deleted by next drops out. Kind is tx's, Time
// next's.
func (tx Tx) Then(next Tx) Tx {
	out := Tx{Kind: tx.Kind, Time: next.Time}
	idx := map[string]int{}
	for _, c := range append(append([]Change(nil), tx.Changes...), next.Changes...) {
		if i, ok := idx[c.ID()]; ok {
			out.Changes[i].After = c.After
			continue
		}
		idx[c.ID()] = len(out.Changes)
		out.Changes = append(out.Changes, c)
	}
	kept := out.Changes[:0]
	for _, c := range out.Changes {
		if c.Before == nil && c.After == nil || c.Before != nil && c.After != nil && *c.Before == *c.After {
			continue
		}
		kept = append(kept, c)
	}
	out.Changes = kept
	out.Links = thenLinks(tx.Links, next.Links)
	switch {
	case tx.DCT == nil:
		out.DCT = next.DCT
	case next.DCT == nil:
		out.DCT = tx.DCT
	default:
		out.DCT = &DCTChange{Before: tx.DCT.Before, After: next.DCT.After}
	}
	return out
}

var _ history.Change[Tx] = Tx{}
