package session

import "github.com/hashiya/hashiya/app/annotation"

// Deferred writes. With Session.Defer set, Apply changes the state in
// memory and returns at once: the storage writes of its transactions are
// kept (coalesced per annotation) until Flush, which the caller runs soon
// after, e.g. once the browser has painted the edit (an edit then costs a
// frame, not a frame plus a storage write). Everything that reads storage
// or replaces the open document flushes first (Refresh, Open, …), so
// deferral never reorders what is stored.

// pendingChange is the net change of one annotation since the last write:
// stored is what storage holds for it (nil: nothing), now what memory holds
// (nil: deleted).
type pendingChange struct {
	stored, now *annotation.Annotation
}

type pendingTask struct {
	key string
	f   func()
}

// Pending reports whether writes are waiting for Flush.
func (s *Session) Pending() bool {
	return len(s.pending) > 0 || s.pendingAll || len(s.tasks) > 0
}

// Later runs f at the next Flush (at once without Defer); a task queued
// under the same key replaces the earlier one (e.g. persisting the undo
// history once for a burst of edits).
func (s *Session) Later(key string, f func()) {
	if s.Defer == nil {
		f()
		return
	}
	for i := range s.tasks {
		if s.tasks[i].key == key {
			s.tasks[i].f = f
			return
		}
	}
	s.tasks = append(s.tasks, pendingTask{key, f})
	s.schedule()
}

func (s *Session) schedule() {
	if !s.scheduled && s.Defer != nil {
		s.scheduled = true
		s.Defer(func() { _ = s.Flush() })
	}
}

// write stores an applied transaction now, or at the next Flush with Defer.
func (s *Session) write(tx Tx) error {
	if s.Defer == nil {
		if tx.DCT != nil {
			return s.saveAll()
		}
		return s.saveChanges(tx.Changes)
	}
	if tx.DCT != nil {
		s.pendingAll = true
	}
	if s.pending == nil {
		s.pending = map[string]*pendingChange{}
	}
	for _, c := range tx.Changes {
		id := c.ID()
		p, ok := s.pending[id]
		if !ok {
			p = &pendingChange{stored: c.Before}
			s.pending[id] = p
		}
		p.now = c.After
	}
	s.schedule()
	return nil
}

// Flush writes what is pending: the annotations changed since the last
// write (or everything, after a failed write or a DCT change), then the
// tasks of Later. It returns the storage error (Unsaved is set, as for an
// immediate write).
func (s *Session) Flush() error {
	s.scheduled = false
	var err error
	switch {
	case s.Doc.SHA256 == "":
	case s.pendingAll:
		err = s.saveAll()
	case len(s.pending) > 0:
		var cs []Change
		for _, p := range s.pending {
			if p.stored == nil && p.now == nil {
				continue // added and removed before being written
			}
			cs = append(cs, Change{Before: p.stored, After: p.now})
		}
		err = s.saveChanges(cs)
	}
	s.pending, s.pendingAll = nil, false
	tasks := s.tasks
	s.tasks = nil
	for _, t := range tasks {
		t.f()
	}
	return err
}

// flushFirst writes what is pending before storage is read or the open
// document replaced (a failure sets Unsaved and dirty, as for any write;
// the page asks before leaving unsaved work).
func (s *Session) flushFirst() {
	if s.Pending() {
		_ = s.Flush()
	}
}
