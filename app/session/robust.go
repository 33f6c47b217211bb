package session

import (
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
)

// CheckText refuses data that is not text: a NUL or another C0/C1 control
// character other than tab, line feed, form feed and carriage return (what a
// binary file decoded as Windows-1256 or UTF-8 contains). The error is
// EINVALID and names the first such character's code-point offset.
func CheckText(text string) error {
	i := 0
	for _, r := range text {
		switch {
		case r == '\t' || r == '\n' || r == '\f' || r == '\r':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F):
			return annotation.Errorf(annotation.EINVALID, "This is not a text file: it contains the control character U+%04X at code point %d (a binary file such as a PDF, image or Word document?). Save the article as plain text (UTF-8) and open that.", r, i)
		}
		i++
	}
	return nil
}

// Deleted automatic suggestions are remembered per document (tombstones:
// their ids, which pipeline.ID keeps stable per span and label) under
// deletedPrefix+sha256 in Meta, as a JSON array of ids. Running the
// recognizers again (a new DCT) never brings them back. The choice of a
// tombstone over "rejected" keeps a deletion looking like one (no rejected
// highlight); Export writes them to the file ("deleted", see
// hashiyajson.Tombstone) and Import applies a file's tombstones.
const deletedPrefix = "hashiya/ui/v1/deleted/"

// deletedIDs returns the tombstones of the document sha.
func (s *Session) deletedIDs(sha string) map[string]bool {
	out := map[string]bool{}
	for _, id := range s.deletedMem[sha] {
		out[id] = true
	}
	if s.Meta != nil {
		if v, ok, err := s.Meta.Get(deletedPrefix + sha); err == nil && ok {
			var ids []string
			if json.Unmarshal([]byte(v), &ids) == nil {
				for _, id := range ids {
					out[id] = true
				}
			}
		}
	}
	return out
}

// remember adds a tombstone for the automatic suggestion a. It is kept in
// memory for the session even when storage is full.
func (s *Session) remember(a annotation.Annotation) {
	if a.Source != annotation.Auto {
		return
	}
	if s.deletedMem == nil {
		s.deletedMem = map[string][]string{}
	}
	sha := s.Doc.SHA256
	if !slices.Contains(s.deletedMem[sha], a.ID) {
		s.deletedMem[sha] = append(s.deletedMem[sha], a.ID)
	}
	if s.Meta != nil {
		ids := make([]string, 0)
		for id := range s.deletedIDs(sha) {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if data, err := json.Marshal(ids); err == nil {
			_ = s.Meta.Set(deletedPrefix+sha, string(data)) // best effort; kept in memory anyway
		}
	}
}

// forget removes the tombstone of a, when it is an automatic suggestion put
// back (undo of a deletion).
func (s *Session) forget(a annotation.Annotation) {
	if a.Source != annotation.Auto {
		return
	}
	sha := s.Doc.SHA256
	inMem := slices.Contains(s.deletedMem[sha], a.ID)
	if !inMem && s.Meta == nil {
		return
	}
	dead := s.deletedIDs(sha)
	if !dead[a.ID] {
		return
	}
	if inMem {
		s.deletedMem[sha] = slices.DeleteFunc(s.deletedMem[sha], func(id string) bool { return id == a.ID })
	}
	if s.Meta != nil {
		delete(dead, a.ID)
		ids := make([]string, 0, len(dead))
		for id := range dead {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		if data, err := json.Marshal(ids); err == nil {
			_ = s.Meta.Set(deletedPrefix+sha, string(data))
		}
	}
}

// dropDeleted removes from anns the unreviewed automatic suggestions that
// were deleted before from the open document.
func (s *Session) dropDeleted(anns []annotation.Annotation) []annotation.Annotation {
	return s.dropDeletedFor(s.Doc.SHA256, anns)
}

// dropDeletedFor is dropDeleted for the document sha.
func (s *Session) dropDeletedFor(sha string, anns []annotation.Annotation) []annotation.Annotation {
	dead := s.deletedIDs(sha)
	if len(dead) == 0 {
		return anns
	}
	return slices.DeleteFunc(anns, func(a annotation.Annotation) bool {
		return a.Source == annotation.Auto && a.Status == annotation.Suggested && dead[a.ID]
	})
}

// damagedKeys returns the keys under which copies of the damaged records of
// the document sha are kept (store.CorruptPrefix), sorted.
func (s *Session) damagedKeys(sha string) []string {
	d, ok := s.Store.(interface {
		Damaged() (map[string]string, error)
	})
	if !ok {
		return nil
	}
	m, err := d.Damaged()
	if err != nil {
		return nil
	}
	var keys []string
	for k := range m {
		if strings.HasPrefix(k, store.CorruptPrefix+store.DocPrefix+sha+"/") || strings.HasPrefix(k, store.CorruptPrefix+store.AnnPrefix+sha+"/") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// DamagedCopies returns the raw values kept for the open document's damaged
// records (Damaged lists their keys), for download.
func (s *Session) DamagedCopies() map[string]string {
	d, ok := s.Store.(interface {
		Damaged() (map[string]string, error)
	})
	out := map[string]string{}
	if !ok {
		return out
	}
	m, err := d.Damaged()
	if err != nil {
		return out
	}
	for _, k := range s.Damaged {
		if v, ok := m[k]; ok {
			out[k] = v
		}
	}
	return out
}

func keysNote(keys []string) string {
	if len(keys) == 0 {
		return "No copy of the damaged data could be kept (storage full)."
	}
	return "The damaged data is kept unchanged under the browser-storage key " + strings.Join(keys, ", ") + "; use “Download the damaged copy” to save it."
}

// repairDocument handles an open of doc whose stored document record is
// damaged: as doc has the same SHA-256, it is the same text, so the record
// is written again from doc (the store first keeps the damaged raw value
// under store.CorruptPrefix) and the stored annotations are kept. The DCT,
// lost with the record, is taken from the dateline, else today. It returns
// a user-facing ECORRUPT error saying so, or the error of the repair.
func (s *Session) repairDocument(doc annotation.Document, cause error) error {
	res, aerr := s.annotate(doc, time.Time{})
	if aerr == nil {
		doc.DCT = pipeline.FormatDCT(res.DCT)
	}
	if err := s.Store.SaveDocument(doc); err != nil {
		return &annotation.Error{Code: annotation.ErrorCode(err), Message: annotation.ErrorMessage(cause) + " It could not be repaired: " + annotation.ErrorMessage(err), Err: err}
	}
	stored, anns, err := s.Store.Document(doc.SHA256)
	if err != nil && stored.SHA256 != doc.SHA256 {
		return err
	}
	s.load(stored, anns)
	s.Damaged = s.damagedKeys(doc.SHA256)
	if aerr == nil && s.getMeta(doc.SHA256) == "" {
		s.setMeta(doc.SHA256, res.DCTSource)
		s.DCTSource = res.DCTSource
	}
	if serr := s.Store.SetCurrentDocument(doc.SHA256); serr != nil {
		return serr
	}
	msg := fmt.Sprintf("The saved document record was damaged. As the text you opened is the same (same SHA-256), the record was repaired from it and its %d saved annotations were kept. %s", len(anns), keysNote(s.Damaged))
	if err != nil {
		msg += " " + annotation.ErrorMessage(err)
	}
	return &annotation.Error{Code: annotation.ECORRUPT, Message: msg, Err: cause}
}

// recoverAnnotations handles a document whose annotation record is damaged
// (err, ECORRUPT): what could be read is kept, the recognizers run again so
// that suggestions are offered, and the returned error says where the
// damaged copy is. Nothing is saved here: the damaged record stays as it is
// until the next change (and a copy of it is kept under store.CorruptPrefix
// before any overwrite).
func (s *Session) recoverAnnotations(err error) error {
	s.Damaged = s.damagedKeys(s.Doc.SHA256)
	var dct time.Time
	if s.DCTSource == pipeline.SourceOverride && s.Doc.DCT != "" {
		dct, _ = pipeline.ParseDCT(s.Doc.DCT)
	}
	msg := annotation.ErrorMessage(err) + " " + keysNote(s.Damaged)
	if res, aerr := s.annotate(s.Doc, dct); aerr == nil {
		before := s.set.Len()
		s.set = NewRangeSet(s.dropDeleted(Reconcile(s.Anns(), keepEntities(s.Anns(), res))))
		s.dirty = true // the next change writes the whole record
		msg += fmt.Sprintf(" The recognizers ran again: %d suggestions are offered (not saved until you change something).", s.set.Len()-min(before, s.set.Len()))
	}
	return &annotation.Error{Code: annotation.ECORRUPT, Message: msg, Err: err}
}

// adoptDCT returns what taking the DCT of an imported file would do, when
// the file has one and it differs from the open document's: the
// annotations with the suggestions re-resolved against it (as SetDCT) and
// the DCT change; nil when nothing would change. Nothing is changed here.
// The export format does not say where a DCT came from, so it counts as set
// by the person (SourceOverride) unless it is the text's dateline.
func (s *Session) adoptDCT(fileDCT string) ([]annotation.Annotation, *DCTChange) {
	if fileDCT == "" || fileDCT == s.Doc.DCT {
		return nil, nil
	}
	t, err := pipeline.ParseDCT(fileDCT)
	if err != nil {
		return nil, nil
	}
	if fileDCT = pipeline.FormatDCT(t); fileDCT == s.Doc.DCT {
		return nil, nil
	}
	res, err := s.annotate(s.Doc, t)
	if err != nil {
		return nil, nil
	}
	src := pipeline.SourceOverride
	s.DetectDateline()
	if s.Dateline != "" && s.Dateline == fileDCT {
		src = pipeline.SourceDateline
	}
	return s.dropDeleted(Reconcile(s.Anns(), keepEntities(s.Anns(), res))), &DCTChange{After: DCTState{fileDCT, src}}
}

// MaxSpan is the longest span, in code points, that a selection may label:
// mentions and time expressions are short, and a longer selection is almost
// always a slip (Ctrl+A, a drag past the end).
const MaxSpan = 300

// CheckSelection refuses to label the code points [start,end) of text when
// they cross a line break (a paragraph boundary) or exceed MaxSpan; the
// error is EINVALID.
func CheckSelection(text []rune, start, end int) error {
	if start < 0 || end > len(text) || start > end {
		return annotation.Errorf(annotation.EINVALID, "The selection [%d,%d) is outside the text.", start, end)
	}
	if slices.Contains(text[start:end], '\n') {
		return annotation.Errorf(annotation.EINVALID, "The selection crosses paragraphs; a span lies within one paragraph. Select a name or a time expression.")
	}
	if end-start > MaxSpan {
		return annotation.Errorf(annotation.EINVALID, "The selection is %d code points long; a span may be at most %d. Select a name or a time expression.", end-start, MaxSpan)
	}
	return nil
}

// NormalizeDCT prepares a typed DCT for pipeline.ParseDCT: Eastern Arabic
// (U+0660–0669) and Persian (U+06F0–06F9) digits become ASCII digits, and
// surrounding space is removed.
func NormalizeDCT(v string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, strings.TrimSpace(v))
}

// DCTDropsSeconds reports whether the typed DCT v has seconds (or finer),
// which the DCT does not keep (pipeline.FormatDCT has minutes).
func DCTDropsSeconds(v string) bool {
	t, err := pipeline.ParseDCT(NormalizeDCT(v))
	return err == nil && (t.Second() != 0 || t.Nanosecond() != 0)
}
