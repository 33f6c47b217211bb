// Package doclib is the document library of the browser: every document
// kept locally with its title, dateline (DCT), annotation counts by review
// status, last change and whether it was exported since; search by title
// and text; rename; delete with undo (the document, its annotations and
// the UI's per-document records — undo history, tombstones, DCT source,
// export mark — go together and come back together).
//
// It works over an annotation.Store (app/store) and the key-value store of
// the UI's own records (store.KV, localStorage in the browser), and
// imports no go-app: app/ui renders it.
package doclib

import (
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/search"
	"github.com/hashiya/hashiya/app/store"
)

// MetaPrefix is the prefix of the UI's own records; a record of one
// document is MetaPrefix + KIND + "/" + its SHA-256 (undo history,
// tombstones, DCT source, export mark).
const MetaPrefix = "hashiya/ui/"

// Entry is one stored document as the library shows it.
type Entry struct {
	SHA256 string
	Title  string
	DCT    string    // the document creation time (TIMEX3 value), "" when unknown
	Chars  int       // length of the text in code points
	Update time.Time // last save of the document or its annotations

	// Counts of annotations by review status, and their total.
	Suggested, Accepted, Rejected, Total int

	// Export state: Exported is the time of the last export (zero: never
	// exported from this browser); Unexported counts the annotations
	// added, changed or deleted since then (all of them when never
	// exported; -1 when the document changed but the count is not kept,
	// see MaxFingerprint).
	Exported   time.Time
	Unexported int

	// Problem is a user-facing sentence when the stored document could not
	// be read whole (damaged, newer version); the counts are then those of
	// what could be read.
	Problem string

	search *folded // title and text, folded on the first search
}

// folded is an entry's title and text, folded for Match once, when first
// searched (folding a 1 MB text costs tens of milliseconds).
type folded struct {
	title, text string
	once        sync.Once
	s           string
}

func (f *folded) get() string {
	f.once.Do(func() { f.s = search.Fold(f.title) + "\n" + search.Fold(f.text) })
	return f.s
}

// Dirty reports whether the document has work that is not in an export.
func (e Entry) Dirty() bool { return e.Unexported != 0 }

// Load returns the library: every stored document, most recently changed
// first, with its counts and export state. Each document is read whole
// (text and annotations): call it when the library is opened, not on the
// editing path. A document that cannot be read at all is listed with its
// Problem and the counts of the index. open, when not nil, is the open
// document as it is in memory (it may hold work storage refused): it is
// used instead of reading that document again.
func Load(st annotation.Store, kv store.KV, open *Open) ([]Entry, error) {
	infos, err := st.Documents()
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(infos))
	for _, info := range infos {
		e := Entry{SHA256: info.SHA256, Title: info.Title, Update: info.Updated, Total: info.Count, Problem: info.Problem}
		if open != nil && open.Doc.SHA256 == info.SHA256 {
			e.Fill(open.Doc, open.Anns, kv)
			out = append(out, e)
			continue
		}
		doc, anns, err := st.Document(info.SHA256)
		if err != nil && doc.SHA256 == "" {
			if e.Problem == "" {
				e.Problem = annotation.ErrorMessage(err)
			}
			e.search = &folded{title: info.Title}
			out = append(out, e)
			continue
		}
		if err != nil && e.Problem == "" {
			e.Problem = annotation.ErrorMessage(err)
		}
		e.Fill(doc, anns, kv)
		out = append(out, e)
	}
	return out, nil
}

// Open is the open document and its annotations, for Load.
type Open struct {
	Doc  annotation.Document
	Anns []annotation.Annotation
}

// Fill sets the entry's fields from a document and its annotations (the
// open document's, which may be newer in memory than in storage).
func (e *Entry) Fill(doc annotation.Document, anns []annotation.Annotation, kv store.KV) {
	e.SHA256, e.Title, e.DCT = doc.SHA256, doc.Title, doc.DCT
	e.Chars = utf8.RuneCountInString(doc.Text)
	e.Suggested, e.Accepted, e.Rejected, e.Total = 0, 0, 0, len(anns)
	for _, a := range anns {
		switch a.Status {
		case annotation.Accepted:
			e.Accepted++
		case annotation.Rejected:
			e.Rejected++
		default:
			e.Suggested++
		}
	}
	e.Exported, e.Unexported = Unexported(kv, doc.SHA256, anns)
	e.search = &folded{title: doc.Title, text: doc.Text}
}

// Match reports whether the entry's title or text contains query, folded
// as the in-document search folds it (tashkeel, tatweel, hamza forms,
// ة/ه, ى/ي, digit scripts, Latin case). An empty query matches all.
func (e Entry) Match(query string) bool {
	q := search.Fold(query)
	return q == "" || e.search != nil && strings.Contains(e.search.get(), q)
}

// Filter returns the entries that Match query, in order.
func Filter(entries []Entry, query string) []Entry {
	if search.Fold(query) == "" {
		return entries
	}
	var out []Entry
	for _, e := range entries {
		if e.Match(query) {
			out = append(out, e)
		}
	}
	return out
}

// Rename gives a stored document a new title (trimmed; not empty, at most
// 300 code points). The text, hence the SHA-256, and the annotations are
// unchanged. Errors are EINVALID or the store's.
func Rename(st annotation.Store, sha, title string) (annotation.Document, error) {
	title = strings.TrimSpace(title)
	if title == "" {
		return annotation.Document{}, annotation.Errorf(annotation.EINVALID, "A title cannot be empty.")
	}
	if utf8.RuneCountInString(title) > 300 {
		return annotation.Document{}, annotation.Errorf(annotation.EINVALID, "A title is at most 300 characters.")
	}
	doc, _, err := st.Document(sha)
	if doc.SHA256 == "" {
		return doc, err
	}
	doc.Title = title
	return doc, st.SaveDocument(doc)
}

// Trash is what Delete removed, for Restore.
type Trash struct {
	Doc  annotation.Document
	Anns []annotation.Annotation
	Meta map[string]string // the UI's per-document records, by key
}

// metaKeys returns the keys of kv that are per-document UI records of sha.
func metaKeys(kv store.KV, sha string) ([]string, error) {
	if kv == nil {
		return nil, nil
	}
	keys, err := kv.Keys()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, k := range keys {
		if strings.HasPrefix(k, MetaPrefix) && strings.HasSuffix(k, "/"+sha) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out, nil
}

// Delete removes a stored document, its annotations and its UI records
// (undo history and the others under MetaPrefix), and returns them for
// Restore. A document whose annotations cannot all be read is not
// deleted (ECORRUPT/EVERSION): its undo would lose what was not read.
func Delete(st annotation.Store, kv store.KV, sha string) (Trash, error) {
	doc, anns, err := st.Document(sha)
	if err != nil {
		return Trash{}, err
	}
	t := Trash{Doc: doc, Anns: anns, Meta: map[string]string{}}
	keys, err := metaKeys(kv, sha)
	if err != nil {
		return Trash{}, err
	}
	for _, k := range keys {
		if v, ok, err := kv.Get(k); err == nil && ok {
			t.Meta[k] = v
		}
	}
	if err := st.DeleteDocument(sha); err != nil {
		return Trash{}, err
	}
	for k := range t.Meta {
		_ = kv.Remove(k) // removing frees space; a failure leaves a stale hint only
	}
	return t, nil
}

// Restore puts back what Delete removed. On a storage error (quota) the
// document is removed again, so nothing half-restored is left, and the
// error is returned; the Trash can be tried again.
func Restore(st annotation.Store, kv store.KV, t Trash) error {
	if err := st.SaveDocument(t.Doc); err != nil {
		return err
	}
	if err := st.SaveAnnotations(t.Doc.SHA256, t.Anns); err != nil {
		_ = st.DeleteDocument(t.Doc.SHA256)
		return err
	}
	for k, v := range t.Meta {
		if kv != nil {
			_ = kv.Set(k, v) // conveniences (undo history, hints): best effort
		}
	}
	return nil
}
