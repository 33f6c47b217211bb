// Package session holds the state of the annotator (the open document, its
// annotations, the reference date) and every operation a person performs on
// it, independent of the browser: the go-app components in app/ui only render
// a Session and call its methods.
//
// The annotations live in a RangeSet (sorted chunks, after CodeMirror 6), and
// every change to them is a transaction (Tx) applied by Session.Apply, which
// returns the change applied so that it can be inverted (undo); the commands
// (Add, SetStatus, Relabel, Delete, SetNote, SetDCT, Import, ApplyFile,
// ApplyToAll) only build transactions. Opening a document is not a
// transaction: it replaces the state (an undo history starts again).
//
// Each change is written through an annotation.Store at once (only the
// changed annotations when the store is a Patcher); when writing fails
// (storage full), the change is kept in memory, Unsaved is set, and the next
// change tries again.
package session

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/labelset"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
	"github.com/hashiya/hashiya/app/timex"
)

// AnnotateFunc runs the recognizers over a document (pipeline.Annotate).
type AnnotateFunc func(annotation.Document, pipeline.Options) (pipeline.Result, error)

// Session is one person's annotator state.
type Session struct {
	Store annotation.Store
	// Meta is a key-value store for the few settings that are the UI's own
	// (where each document's DCT came from); nil keeps them in memory only.
	Meta store.KV
	// Annotate runs the recognizers; pipeline.Annotate by default.
	Annotate AnnotateFunc
	// Entities gives the entity suggestions alone, for AddEntities;
	// pipeline.Entities by default.
	Entities EntitiesFunc
	// EntitiesPending: the open document was opened while the entity model
	// could not be had (still being fetched in the browser, or failed), so
	// it has its temporal suggestions only; AddEntities adds the others
	// (entities.go).
	EntitiesPending bool
	// Now is the clock given to the pipeline; time.Now by default.
	Now func() time.Time

	// OnApply, when set, is called with every transaction Apply applied
	// (after it is stored, or failed to be), e.g. to record an undo history.
	OnApply func(applied Tx)

	// Labels is the library's label set, written into exports (Export) so
	// that whoever imports them gets the labels' names and colours; nil
	// writes none.
	Labels []labelset.Label

	Doc annotation.Document
	// DCTSource says where Doc.DCT comes from: pipeline.SourceDateline,
	// SourceOverride or SourceToday; "" when Doc.DCT is unset (no document
	// open, or an imported document without a DCT).
	DCTSource string
	// Dateline is the DCT detected in the text (pipeline.FormatDCT), "" when
	// the text has no dateline (or, after opening a stored document, until
	// DetectDateline has run: see there).
	Dateline string
	// datelineDue: Dateline is not detected yet (load).
	datelineDue bool
	// Unsaved is the user-facing reason why the last change is not stored
	// ("" when everything shown is stored).
	Unsaved string
	// UnsavedCode is the error code (annotation.EQUOTA, …) of Unsaved.
	UnsavedCode string
	// Damaged lists the browser-storage keys (store.CorruptPrefix) of the
	// kept copies of the open document's damaged records, set when it was
	// opened; see DamagedCopies.
	Damaged []string

	set   *RangeSet         // the open document's annotations
	links []annotation.Link // typed links between them (links.go)
	// linksErr: reading the stored links failed when the document was opened.
	linksErr error
	runes    []rune // Doc.Text as code points, converted once per document

	metaMem    map[string]string
	deletedMem map[string][]string // tombstones kept in memory, see remember
	// dirty: the last save failed, so the next one writes everything.
	dirty bool

	// Defer, when set, defers the storage writes of Apply: it is called
	// with the function that writes them (Flush) when the first is
	// pending, and should run it soon (deferred.go). Nil writes at once.
	Defer func(flush func())

	pending    map[string]*pendingChange // by annotation id
	pendingAll bool                      // write everything (DCT change)
	tasks      []pendingTask
	scheduled  bool // Defer was called and its Flush has not run
}

// New returns a Session over st.
func New(st annotation.Store, meta store.KV) *Session {
	return &Session{Store: st, Meta: meta, Annotate: pipeline.Annotate, Now: time.Now, set: &RangeSet{}}
}

// Anns returns the open document's annotations in order (Compare), as a new
// slice: O(n), for export and whole-document views; the editor's paths use
// Get, At and Between.
func (s *Session) Anns() []annotation.Annotation { return s.set.All() }

// Len returns the number of annotations of the open document.
func (s *Session) Len() int { return s.set.Len() }

// Get returns the annotation with the given id.
func (s *Session) Get(id string) (annotation.Annotation, bool) { return s.set.Get(id) }

// Between calls f in order for each annotation overlapping the code points
// [from,to) until f returns false (RangeSet.Between).
func (s *Session) Between(from, to int, f func(annotation.Annotation) bool) {
	s.set.Between(from, to, f)
}

// Set returns the open document's annotation set, for reading only (change
// it with Apply).
func (s *Session) Set() *RangeSet { return s.set }

// Runes returns the open document's text as code points, converted once
// per document; the caller must not change it.
func (s *Session) Runes() []rune { return s.text() }

// text returns the open document's text as code points.
func (s *Session) text() []rune {
	if s.runes == nil && s.Doc.Text != "" {
		s.runes = []rune(s.Doc.Text)
	}
	return s.runes
}

// setState makes doc, with anns, the open document (not a transaction).
func (s *Session) setState(doc annotation.Document, anns []annotation.Annotation) {
	if doc.Text != s.Doc.Text || s.runes == nil {
		s.runes = nil
	}
	s.Doc, s.set, s.dirty = doc, NewRangeSet(anns), false
	s.links, s.linksErr = nil, nil
}

const metaPrefix = "hashiya/ui/v1/dct-source/"

func (s *Session) getMeta(sha string) string {
	if s.Meta != nil {
		if v, ok, err := s.Meta.Get(metaPrefix + sha); err == nil && ok {
			return v
		}
		return ""
	}
	return s.metaMem[sha]
}

func (s *Session) setMeta(sha, v string) {
	if s.Meta != nil {
		_ = s.Meta.Set(metaPrefix+sha, v) // best effort: only a display hint
		return
	}
	if s.metaMem == nil {
		s.metaMem = map[string]string{}
	}
	s.metaMem[sha] = v
}

func (s *Session) annotate(doc annotation.Document, dct time.Time) (pipeline.Result, error) {
	f := s.Annotate
	if f == nil {
		f = pipeline.Annotate
	}
	return f(doc, pipeline.Options{DCT: dct, Now: s.Now, PartialEntities: true})
}

// Sort orders annotations by Start, longer spans first (so an enclosing span
// comes before the spans nested in it), then Label and ID.
func Sort(anns []annotation.Annotation) { slices.SortStableFunc(anns, Compare) }

// Open makes doc the open document. A document already stored (same
// SHA-256) is loaded with its annotations, and doc's title is ignored;
// otherwise the recognizers run (DCT from the dateline, else today), and the
// document and its suggestions are stored. The returned error is
// user-facing (annotation.ErrorMessage); a storage failure still leaves the
// document open, with Unsaved set.
func (s *Session) Open(doc annotation.Document) error {
	s.flushFirst()
	if doc.SHA256 == "" {
		doc.SHA256 = annotation.Hash(doc.Text)
	}
	if err := doc.Validate(); err != nil {
		return err
	}
	stored, anns, err := s.Store.Document(doc.SHA256)
	switch annotation.ErrorCode(err) {
	case "":
		s.load(stored, anns)
		return s.Store.SetCurrentDocument(stored.SHA256)
	case annotation.ENOTFOUND:
	case annotation.ECORRUPT:
		if stored.SHA256 == doc.SHA256 { // the document is fine, its annotations are not
			s.load(stored, anns)
			if serr := s.Store.SetCurrentDocument(stored.SHA256); serr != nil {
				return serr
			}
			return s.recoverAnnotations(err)
		}
		return s.repairDocument(doc, err)
	default:
		if stored.SHA256 == doc.SHA256 {
			s.load(stored, anns)
		}
		return err
	}
	res, aerr := s.annotate(doc, time.Time{})
	if aerr != nil {
		// Open the document anyway, without suggestions: it can still be
		// annotated by hand.
		res = pipeline.Result{DCTSource: pipeline.SourceToday}
		if t, _, _, ok := timex.DetectDCT(doc.Text); ok {
			res.DCT, res.DCTSource = t, pipeline.SourceDateline
		}
	}
	doc.DCT = pipeline.FormatDCT(res.DCT)
	s.setState(doc, s.dropDeletedFor(doc.SHA256, res.Annotations))
	s.DCTSource = res.DCTSource
	s.Damaged = nil
	s.Dateline, s.datelineDue = "", false
	if res.DCTSource == pipeline.SourceDateline {
		s.Dateline = doc.DCT
	}
	s.setMeta(doc.SHA256, res.DCTSource)
	s.setPending(doc.SHA256, res.EntityErr != nil)
	if err := s.saveAll(); err != nil {
		return err
	}
	if err := s.Store.SetCurrentDocument(doc.SHA256); err != nil {
		return err
	}
	if aerr != nil {
		return &annotation.Error{Code: annotation.EINTERNAL, Message: "The recognizers could not run, so there are no suggestions; you can still annotate by hand. (" + aerr.Error() + ")", Err: aerr}
	}
	return nil
}

// load sets a stored document as the open one.
func (s *Session) load(doc annotation.Document, anns []annotation.Annotation) {
	s.setState(doc, anns)
	s.loadLinks()
	s.Unsaved, s.UnsavedCode = "", ""
	s.Damaged = nil
	s.Dateline, s.datelineDue = "", false
	s.DCTSource = s.getMeta(doc.SHA256)
	s.EntitiesPending = s.getPending(doc.SHA256)
	switch {
	case s.DCTSource == pipeline.SourceDateline:
		s.Dateline = doc.DCT
	case s.DCTSource != "" || doc.DCT == "":
		// Only a hint beside the DCT field: detected once the document
		// is shown (the temporal tagger's first run builds its lexicon,
		// ~100 ms, which a stored document's open does not otherwise need).
		s.datelineDue = true
	default:
		s.Dateline = detectDateline(doc.Text)
		if s.Dateline != "" && s.Dateline == doc.DCT {
			s.DCTSource = pipeline.SourceDateline
		} else {
			s.DCTSource = pipeline.SourceOverride
		}
	}
}

// OpenStored opens the stored document with the given SHA-256.
func (s *Session) OpenStored(sha string) error {
	s.flushFirst()
	doc, anns, err := s.Store.Document(sha)
	if err != nil && doc.SHA256 != sha {
		return err
	}
	s.load(doc, anns)
	if serr := s.Store.SetCurrentDocument(sha); err == nil {
		err = serr
	} else if annotation.ErrorCode(err) == annotation.ECORRUPT {
		err = s.recoverAnnotations(err)
	}
	return err
}

// Refresh reads the open document's annotations from the store again
// (another tab changed them: the browser's storage event) and makes them the
// open ones, without writing anything; what this tab changed is stored
// already (every change is written at once, read-modify-write per chunk),
// so nothing of it is lost. It returns the changes it made in memory (not
// a transaction of this tab: OnApply is not called), nil when none. When
// the last save of this tab failed (Unsaved), nothing is refreshed, so that
// the unsaved work stays on the page; the next change writes it all.
func (s *Session) Refresh() ([]Change, error) {
	s.flushFirst()
	if s.Doc.SHA256 == "" || s.dirty {
		return nil, nil
	}
	doc, anns, err := s.Store.Document(s.Doc.SHA256)
	if err != nil && doc.SHA256 != s.Doc.SHA256 {
		return nil, err
	}
	changes := Diff(s.Anns(), anns)
	for _, c := range changes {
		if c.After != nil {
			s.set.Put(*c.After)
		} else {
			s.set.Delete(c.Before.ID)
		}
	}
	if doc.DCT != s.Doc.DCT || doc.Title != s.Doc.Title {
		s.Doc.DCT, s.Doc.Title = doc.DCT, doc.Title
		s.DCTSource = s.getMeta(doc.SHA256)
	}
	return changes, err
}

// OpenCurrent opens the document open last (the store's current document),
// else fallback. It reports whether a stored document was opened.
func (s *Session) OpenCurrent(fallback annotation.Document) (bool, error) {
	s.flushFirst()
	if sha, err := s.Store.CurrentDocument(); err == nil && sha != "" {
		if err := s.OpenStored(sha); err == nil || s.Doc.SHA256 == sha {
			return true, err
		}
	}
	return false, s.Open(fallback)
}

// saveAll stores the document and its annotations (so nothing of them is
// pending any more).
func (s *Session) saveAll() error {
	s.pending, s.pendingAll = nil, false
	if err := s.Store.SaveDocument(s.Doc); err != nil {
		return s.saved(err)
	}
	return s.save()
}

// save stores the annotations of the open document. On failure the change is
// kept in memory and Unsaved says why.
func (s *Session) save() error {
	err := s.Store.SaveAnnotations(s.Doc.SHA256, s.Anns())
	if annotation.ErrorCode(err) == annotation.ENOTFOUND { // e.g. the first save failed
		err = s.saveAllOnce()
	}
	if err == nil {
		err = s.saveLinks()
	}
	return s.saved(err)
}

// saved records the outcome of a save.
func (s *Session) saved(err error) error {
	s.Unsaved, s.UnsavedCode = annotation.ErrorMessage(err), annotation.ErrorCode(err)
	s.dirty = err != nil
	return err
}

func (s *Session) saveAllOnce() error {
	if err := s.Store.SaveDocument(s.Doc); err != nil {
		return err
	}
	return s.Store.SaveAnnotations(s.Doc.SHA256, s.Anns())
}

// Patcher is a store that can write the changed annotations of a document
// alone (store.Store does), so that a change to one annotation of a large
// document costs one small write instead of rewriting all of them.
type Patcher interface {
	// PatchAnnotations adds or replaces put and removes del (as they
	// were: the store finds them by id and position) in the stored
	// annotations of the document sha, all or nothing.
	PatchAnnotations(sha string, put, del []annotation.Annotation) error
}

var _ Patcher = (*store.Store)(nil)

// saveChanges stores the changes of an applied transaction.
func (s *Session) saveChanges(cs []Change) error {
	p, ok := s.Store.(Patcher)
	if !ok || s.dirty {
		return s.save()
	}
	var put, del []annotation.Annotation
	for _, c := range cs {
		if c.After != nil {
			put = append(put, *c.After)
		}
		if c.Before != nil && (c.After == nil || c.After.Start != c.Before.Start) {
			del = append(del, *c.Before)
		}
	}
	err := p.PatchAnnotations(s.Doc.SHA256, put, del)
	if annotation.ErrorCode(err) == annotation.ENOTFOUND {
		return s.save()
	}
	return s.saved(err)
}

// At returns the annotations whose span contains the code-point offset cp
// (Start <= cp < End), shortest first.
func (s *Session) At(cp int) []annotation.Annotation {
	var out []annotation.Annotation
	s.set.Between(cp, cp+1, func(a annotation.Annotation) bool {
		out = append(out, a)
		return true
	})
	slices.SortStableFunc(out, func(a, b annotation.Annotation) int { return (a.End - a.Start) - (b.End - b.Start) })
	return out
}

// Add annotates [start,end) (code points) with label, as the person's own
// work: Source manual, Status accepted. If an annotation with the same span
// and label exists, it is accepted instead and returned; a manual one with
// the same span and another label is relabelled (Relabel) and returned. Temporal labels
// take the TIMEX3 type, value and calendar of a suggestion with the same
// span, when the recognizers made one.
func (s *Session) Add(start, end int, label annotation.Label) (annotation.Annotation, error) {
	if !label.Valid() {
		return annotation.Annotation{}, annotation.Errorf(annotation.EINVALID, "%q is not a label.", label)
	}
	var same, manual, typed *annotation.Annotation
	s.set.Between(start, end, func(a annotation.Annotation) bool {
		if a.Start != start || a.End != end {
			return true
		}
		switch {
		case a.Label == label && same == nil:
			same = &a
		case a.Source == annotation.Manual && manual == nil:
			manual = &a
		}
		if a.Type != "" && typed == nil {
			typed = &a
		}
		return true
	})
	if same != nil {
		a := *same
		a.Status = annotation.Accepted
		_, err := s.Apply(Tx{Kind: "add", Changes: []Change{Put(a)}})
		return a, err
	}
	// The person's own span with another label: relabel it rather than
	// add a second annotation on the same span.
	if manual != nil {
		err := s.Relabel(manual.ID, label)
		a, _ := s.set.Get(manual.ID)
		return a, err
	}
	a, err := s.selectSpan(start, end, label)
	if err != nil {
		return a, err
	}
	if start == end {
		return a, annotation.Errorf(annotation.EINVALID, "Select some text first.")
	}
	a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
	if label.IsTemporal() {
		a.Type = string(label)
		if b := typed; b != nil {
			a.Value, a.Calendar, a.Hijri, a.Mod, a.Note = b.Value, b.Calendar, b.Hijri, b.Mod, b.Note
		}
	}
	_, err = s.Apply(Tx{Kind: "add", Changes: []Change{Put(a)}})
	return a, err
}

// selectSpan is annotation.Select on the open document's code points
// (converted once, not per call).
func (s *Session) selectSpan(start, end int, label annotation.Label) (annotation.Annotation, error) {
	r := s.text()
	if start < 0 || end < start || end > len(r) {
		return annotation.Annotation{}, annotation.Errorf(annotation.EINVALID, "The span [%d,%d) is not inside the text, which has %d characters (Unicode code points).", start, end, len(r))
	}
	return annotation.Annotation{
		Start:  start,
		End:    end,
		Label:  label,
		Quote:  string(r[start:end]),
		Prefix: string(r[max(0, start-annotation.ContextLen):start]),
		Suffix: string(r[end:min(len(r), end+annotation.ContextLen)]),
	}, nil
}

var errGone = annotation.Errorf(annotation.ENOTFOUND, "That annotation no longer exists.")

// update applies f to a copy of the annotation id and applies the result as
// a transaction of the given kind.
func (s *Session) update(kind, id string, f func(a *annotation.Annotation)) error {
	a, ok := s.set.Get(id)
	if !ok {
		return errGone
	}
	f(&a)
	_, err := s.Apply(Tx{Kind: kind, Changes: []Change{Put(a)}})
	return err
}

// SetStatus sets the review status of an annotation.
func (s *Session) SetStatus(id string, st annotation.Status) error {
	kind := map[annotation.Status]string{annotation.Accepted: "accept", annotation.Rejected: "reject"}[st]
	if kind == "" {
		kind = "status"
	}
	return s.update(kind, id, func(a *annotation.Annotation) { a.Status = st })
}

// SetNote sets the free-text note of an annotation, exactly as given.
func (s *Session) SetNote(id, note string) error {
	return s.update("note", id, func(a *annotation.Annotation) { a.Note = note })
}

// Relabel changes the label of an annotation; the person's choice makes it
// accepted. Moving between an entity label and a temporal one clears the
// fields that no longer apply.
func (s *Session) Relabel(id string, label annotation.Label) error {
	if _, ok := s.set.Get(id); !ok {
		return errGone
	} else if !label.Valid() {
		return annotation.Errorf(annotation.EINVALID, "%q is not a label.", label)
	}
	return s.update("relabel", id, func(a *annotation.Annotation) {
		a.Label, a.Status = label, annotation.Accepted
		if label.IsTemporal() {
			a.Type, a.Entity = string(label), ""
		} else {
			a.Type, a.Value, a.Calendar, a.Hijri, a.Mod, a.Link = "", "", "", "", "", ""
		}
	})
}

// Delete removes an annotation. A deleted automatic suggestion is
// remembered (a tombstone, see deletedPrefix), so that running the
// recognizers again (SetDCT, import) does not suggest it again; rejecting
// it instead keeps it visible as rejected.
func (s *Session) Delete(id string) error {
	if _, ok := s.set.Get(id); !ok {
		return errGone
	}
	_, err := s.Apply(Tx{Kind: "delete", Changes: []Change{Del(id)}})
	return err
}

// SetDCT overrides the document creation time with a date such as 2016-11-29
// or 2016-11-29T11:11 (pipeline.ParseDCT); "" goes back to the detected
// dateline (or today). The recognizers run again, and their suggestions
// replace the unreviewed ones; accepted, rejected and manual annotations are
// kept unchanged, and no new suggestion is added on a span the person has
// already reviewed.
func (s *Session) SetDCT(value string) error {
	var dct time.Time
	if v := strings.TrimSpace(value); v != "" {
		t, err := pipeline.ParseDCT(NormalizeDCT(v))
		if err != nil {
			return annotation.Errorf(annotation.EINVALID, "%s", capitalize(err.Error())+".")
		}
		dct = t
	}
	res, err := s.annotate(s.Doc, dct)
	if err != nil {
		return &annotation.Error{Code: annotation.EINTERNAL, Message: "The recognizers could not run: " + err.Error(), Err: err}
	}
	old := s.Anns()
	tx := Tx{Kind: "dct", Changes: Diff(old, s.dropDeleted(Reconcile(old, keepEntities(old, res)))),
		DCT: &DCTChange{After: DCTState{pipeline.FormatDCT(res.DCT), res.DCTSource}}}
	_, err = s.Apply(tx)
	return err
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Reconcile merges fresh suggestions into old annotations: old annotations
// that a person made or reviewed (manual, accepted or rejected) are kept as
// they are; old unreviewed suggestions are dropped; a fresh suggestion is
// added unless a kept annotation has its id or its span.
func Reconcile(old, fresh []annotation.Annotation) []annotation.Annotation {
	type span struct{ s, e int }
	var out []annotation.Annotation
	ids, spans := map[string]bool{}, map[span]bool{}
	for _, a := range old {
		if a.Source == annotation.Manual || a.Status != annotation.Suggested {
			out = append(out, a)
			ids[a.ID], spans[span{a.Start, a.End}] = true, true
		}
	}
	for _, a := range fresh {
		if !ids[a.ID] && !spans[span{a.Start, a.End}] {
			out = append(out, a)
		}
	}
	Sort(out)
	return out
}

// Documents lists the stored documents.
func (s *Session) Documents() ([]annotation.DocumentInfo, error) {
	s.flushFirst()
	return s.Store.Documents()
}

// DeleteDocument removes a stored document that is not the open one.
func (s *Session) DeleteDocument(sha string) error {
	s.flushFirst()
	if sha == s.Doc.SHA256 {
		return annotation.Errorf(annotation.EINVALID, "The open document cannot be deleted; open another one first.")
	}
	return s.Store.DeleteDocument(sha)
}

// Title returns a title for a text: its first non-empty line, cut to 80
// code points.
func Title(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			if r := []rune(line); len(r) > 80 {
				return string(r[:80]) + "…"
			}
			return line
		}
	}
	return "(untitled)"
}

// Quote returns the quote of an annotation for display, with its length
// limited.
func Quote(a annotation.Annotation) string {
	if r := []rune(a.Quote); len(r) > 120 {
		return string(r[:120]) + "…"
	}
	return a.Quote
}

// String describes a for logs.
func String(a annotation.Annotation) string {
	return fmt.Sprintf("%s[%d,%d)%s/%s", a.Label, a.Start, a.End, a.Source, a.Status)
}

// DetectDateline detects the open document's dateline (Dateline) if that
// was left for later when it was opened, and reports whether it did (the
// DCT field's hint may then change). The page calls it once the document
// is shown.
func (s *Session) DetectDateline() bool {
	if !s.datelineDue {
		return false
	}
	s.datelineDue = false
	s.Dateline = detectDateline(s.Doc.Text)
	return true
}

// detectDateline returns the DCT of the text's dateline, "" when none.
func detectDateline(text string) string {
	if t, _, _, ok := timex.DetectDCT(text); ok {
		return pipeline.FormatDCT(t)
	}
	return ""
}
