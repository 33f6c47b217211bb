package session

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/pipeline"
)

// Export returns the native export (app/hashiyajson) of the open document
// and a file name for it.
func (s *Session) Export() (name string, data []byte, err error) {
	data, err = hashiyajson.Encode(s.Doc, s.Anns)
	if err != nil {
		return "", nil, err
	}
	return "hashiya-" + s.Doc.SHA256[:12] + ".json", data, nil
}

// ConflictError is returned by Import for a file exported from another
// document; File holds that document (an export carries its text), so it can
// be opened instead with OpenFile.
type ConflictError struct {
	File *hashiyajson.File
	Err  error
}

func (e *ConflictError) Error() string { return e.Err.Error() }
func (e *ConflictError) Unwrap() error { return e.Err }

// Import reads a native export and merges its annotations into the open
// document (hashiyajson.Merge: nothing already there is dropped or changed,
// except that an unreviewed suggestion is replaced by the file's reviewed
// decision on the same span and label). It returns a sentence for the user.
// A malformed file returns Decode's error and changes nothing; a file of
// another document returns a *ConflictError and changes nothing.
func (s *Session) Import(data []byte) (string, error) {
	f, err := hashiyajson.Decode(data)
	if err != nil {
		return "", err
	}
	if err := f.MatchDocument(s.Doc); err != nil {
		return "", &ConflictError{File: f, Err: err}
	}
	report := s.merge(f.Annotations)
	if err := s.save(); err != nil {
		return report, err
	}
	return report, nil
}

// merge merges incoming annotations into s.Anns and returns a report.
func (s *Session) merge(incoming []annotation.Annotation) string {
	anns, updated := takeDecisions(s.Anns, incoming)
	merged, rep := hashiyajson.Merge(anns, incoming)
	s.Anns = merged
	Sort(s.Anns)
	msg := rep.String()
	if updated > 0 {
		msg += fmt.Sprintf(" %d suggestions took the file's accept/reject decision.", updated)
	}
	return msg
}

// takeDecisions returns a copy of existing in which each unreviewed
// suggestion that has a reviewed counterpart in incoming (same span and
// label, status accepted or rejected) takes that counterpart's fields, keeping
// its own id. Only suggestions nobody has looked at change.
func takeDecisions(existing, incoming []annotation.Annotation) ([]annotation.Annotation, int) {
	type key struct {
		s, e int
		l    annotation.Label
	}
	reviewed := map[key]annotation.Annotation{}
	for _, a := range incoming {
		if a.Status != annotation.Suggested {
			reviewed[key{a.Start, a.End, a.Label}] = a
		}
	}
	out := make([]annotation.Annotation, len(existing))
	copy(out, existing)
	n := 0
	for i, a := range out {
		if a.Status != annotation.Suggested || a.Source != annotation.Auto {
			continue
		}
		if b, ok := reviewed[key{a.Start, a.End, a.Label}]; ok {
			id, link, entity := a.ID, a.Link, a.Entity
			out[i] = b
			out[i].ID, out[i].Link, out[i].Entity = id, link, entity
			n++
		}
	}
	return out, n
}

// OpenFile opens the document of an export (when its annotations belong to
// another document than the open one) and merges the file's annotations into
// what is stored for it, as Import does. A document not stored yet is stored
// with exactly the file's annotations.
func (s *Session) OpenFile(f *hashiyajson.File) (string, error) {
	doc, anns, err := s.Store.Document(f.Document.SHA256)
	switch annotation.ErrorCode(err) {
	case "":
		s.load(doc, anns)
	case annotation.ENOTFOUND:
		s.Doc, s.Anns, s.Unsaved = f.Document, nil, ""
		s.Dateline = detectDateline(s.Doc.Text)
		switch {
		case s.Doc.DCT == "":
			s.DCTSource = ""
		case s.Dateline == s.Doc.DCT:
			s.DCTSource = pipeline.SourceDateline
		default:
			s.DCTSource = pipeline.SourceOverride
		}
		s.setMeta(s.Doc.SHA256, s.DCTSource)
	default:
		return "", err
	}
	report := s.merge(f.Annotations)
	if err := s.saveAll(); err != nil {
		return report, err
	}
	return report, s.Store.SetCurrentDocument(s.Doc.SHA256)
}
