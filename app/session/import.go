package session

import (
	"slices"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/pipeline"
)

// Export returns the native export (app/hashiyajson) of the open document
// and a file name for it. The export carries a tombstone for every
// recognizer suggestion the person deleted (see tombstones), so a
// colleague's import removes it there too, and the library's label set
// (Labels).
func (s *Session) Export() (name string, data []byte, err error) {
	data, err = hashiyajson.EncodeFile(&hashiyajson.File{Document: s.Doc, Annotations: s.Anns(), Links: s.Links(), Tombstones: s.tombstones(), Labels: s.Labels})
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
// decision on the same span and label), then removes the unreviewed
// suggestions the file's tombstones bury (hashiyajson.Apply: what the
// colleague deleted stays deleted; they are remembered here too). It
// returns what Apply did; ok is
// false when nothing was merged. A file over interop.MaxFile bytes is refused
// unread, as by the other importers. A malformed file returns Decode's error and
// changes nothing; a file of another document returns a *ConflictError and
// changes nothing. When the file has a DCT other than the open document's,
// the document takes it first (adoptDCT: the suggestions are re-resolved
// against it, and it counts as set by the person unless it is the
// dateline), so that the values match the file's; compare Doc.DCT before
// and after to tell. A merge that could not be saved returns the report, ok
// and the storage error (the merge stays in memory, Unsaved set).
func (s *Session) Import(data []byte) (report hashiyajson.MergeReport, ok bool, err error) {
	if err := interop.CheckSize("The file", data); err != nil {
		return report, false, err // as every other importer: refused before parsing
	}
	f, err := hashiyajson.Decode(data)
	if err != nil {
		return report, false, err
	}
	if err := f.MatchDocument(s.Doc); err != nil {
		return report, false, &ConflictError{File: f, Err: err}
	}
	old := s.Anns()
	base, dct := s.adoptDCT(f.Document.DCT)
	if dct == nil {
		base = old
	}
	merged, report := hashiyajson.Apply(base, f)
	links := diffLinks(s.links, s.mergeLinks(merged, f.Annotations, f.Links))
	_, err = s.Apply(Tx{Kind: "import", Changes: Diff(old, merged), DCT: dct, Links: links})
	return report, true, err
}

// OpenFile opens the document of an export (when its annotations belong to
// another document than the open one) and merges the file's annotations into
// what is stored for it, as Import does. A document not stored yet is stored
// with exactly the file's annotations.
func (s *Session) OpenFile(f *hashiyajson.File) (hashiyajson.MergeReport, error) {
	s.flushFirst()
	doc, anns, err := s.Store.Document(f.Document.SHA256)
	switch annotation.ErrorCode(err) {
	case "":
		s.load(doc, anns)
		if adopted, dct := s.adoptDCT(f.Document.DCT); dct != nil {
			s.set = NewRangeSet(adopted)
			s.Doc.DCT, s.DCTSource = dct.After.DCT, dct.After.Source
			s.setMeta(s.Doc.SHA256, s.DCTSource)
		}
	case annotation.ENOTFOUND:
		s.setState(f.Document, nil)
		s.Unsaved, s.UnsavedCode = "", ""
		s.Dateline, s.datelineDue = detectDateline(s.Doc.Text), false
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
		return hashiyajson.MergeReport{}, err
	}
	merged, report := hashiyajson.Apply(s.Anns(), f)
	for _, a := range s.Anns() {
		if !slices.ContainsFunc(merged, func(b annotation.Annotation) bool { return b.ID == a.ID }) {
			s.remember(a)
		}
	}
	s.set = NewRangeSet(merged)
	s.links = s.mergeLinks(merged, f.Annotations, f.Links)
	if err := s.saveAll(); err != nil {
		return report, err
	}
	return report, s.Store.SetCurrentDocument(s.Doc.SHA256)
}

// tombstones returns the tombstones of the suggestions deleted from the
// open document, from their pipeline ids ("auto-START-END-LABEL", code
// points; see pipeline.ID), sorted by Export. An id that does not parse or
// no longer fits the text is left out.
func (s *Session) tombstones() []hashiyajson.Tombstone {
	var out []hashiyajson.Tombstone
	runes := []rune(s.Doc.Text)
	for id := range s.deletedIDs(s.Doc.SHA256) {
		parts := strings.SplitN(id, "-", 4)
		if len(parts) != 4 || parts[0] != "auto" {
			continue
		}
		start, err1 := strconv.Atoi(parts[1])
		end, err2 := strconv.Atoi(parts[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start || end > len(runes) {
			continue
		}
		t := hashiyajson.Tombstone{ID: id, Start: start, End: end, Label: annotation.Label(parts[3]), Quote: string(runes[start:end])}
		a := annotation.Annotation{ID: id, Start: start, End: end, Quote: t.Quote, Label: t.Label, Source: annotation.Auto, Status: annotation.Rejected}
		if a.ValidateRunes(runes) != nil {
			continue
		}
		out = append(out, t)
	}
	return out
}

// ImportOther reads a file of another tool (app/formats: W3C Web
// Annotation incl. Hypothesis/Recogito, brat .ann, CoNLL BIO, doccano
// JSONL, Label Studio JSON; the format is detected from name and data),
// places its annotations on the open document (formats.Import: converted
// to code points, moved or re-anchored when the file's text differs) and
// merges them, with the file's tombstones, as one transaction (one undo
// step, Kind "import"). It returns what the importer read (Warnings,
// Orphans, Encoding, Newline, Unit) and what the merge did; ok is false
// when nothing was merged. A file that cannot be read returns the
// importer's *annotation.Error and changes nothing; a storage failure
// returns the result, the report, ok and the error (the merge stays in
// memory, Unsaved set).
func (s *Session) ImportOther(name string, data []byte) (r formats.Result, report hashiyajson.MergeReport, ok bool, err error) {
	doc := s.Doc
	r, err = formats.Import(name, data, &doc)
	if err != nil {
		return r, report, false, err
	}
	old := s.Anns()
	merged, report := hashiyajson.Apply(old, &hashiyajson.File{Annotations: r.Annotations, Tombstones: r.Tombstones})
	links := diffLinks(s.links, s.mergeLinks(merged, r.Annotations, r.Links))
	if _, err = s.Apply(Tx{Kind: "import", Changes: Diff(old, merged), Links: links}); err != nil && annotation.ErrorCode(err) == annotation.EINVALID {
		return r, report, false, err // refused by validation: nothing applied
	}
	return r, report, true, err
}
