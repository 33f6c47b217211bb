package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// Version is the version of the records this package writes. Records with a
// higher version were written by a newer Hashiya and are refused (EVERSION),
// never overwritten.
const Version = 1

// Keys. Every key starts with Prefix; records are JSON objects with a
// "version" field.
const (
	Prefix        = "hashiya/v1/"
	IndexKey      = Prefix + "index"    // {"version":1,"documents":[{"sha256","title","updated","count"}]}
	SettingsKey   = Prefix + "settings" // {"version":1,"current":"<sha256>"}
	DocPrefix     = Prefix + "doc/"     // + sha256: {"version":1,"updated":…,"document":{"sha256","title","text","dct"}}
	AnnPrefix     = Prefix + "ann/"     // + sha256 + "/" + chunk: see AnnVersion (version 1: + sha256: {"version":1,"sha256":…,"updated":…,"annotations":[…]})
	CorruptPrefix = Prefix + "corrupt/" // + original key + "/" + n: raw copies of damaged records, n = 1, 2, …
)

type docRecord struct {
	Version  int                 `json:"version"`
	Updated  time.Time           `json:"updated"`
	Document annotation.Document `json:"document"`
}

type annRecord struct {
	Version     int                     `json:"version"`
	SHA256      string                  `json:"sha256"`
	Updated     time.Time               `json:"updated"`
	Annotations []annotation.Annotation `json:"annotations"`
}

type indexRecord struct {
	Version   int                       `json:"version"`
	Documents []annotation.DocumentInfo `json:"documents"`
}

type settingsRecord struct {
	Version int    `json:"version"`
	Current string `json:"current"`
}

// Store implements annotation.Store over a KV.
//
// Each document is two records, the document and its annotation set; an
// index record lists them for Documents. Every change is written at once. A
// write never removes the old value before the new one is stored, and when a
// second write of the same change fails (the index), the first is rolled back,
// so a failed call (EQUOTA when storage is full) leaves the stored data as it
// was. A damaged record (not JSON, wrong shape, wrong version number, hash
// mismatch) is reported as ECORRUPT; its raw value is copied under
// CorruptPrefix when space allows and is never overwritten before such a copy
// exists. A damaged record does not hide the other documents.
//
// Records read or written are cached (the raw value and the decoded,
// checked record), so a change to a large document costs one encoding and
// one write rather than re-reading and re-validating everything; the cache
// is used only while the KV still holds the same value (see Invalidate).
//
// A Store is not safe for concurrent use; localStorage has one writer per tab.
type Store struct {
	kv KV

	// cache holds, per key, the last value this Store read or wrote and
	// what it decoded from it (cache.go).
	cache map[string]*entry
	// texts holds the documents' texts indexed by code point, by SHA-256.
	texts map[string]*docText

	// Now returns the time recorded as DocumentInfo.Updated; time.Now by default.
	Now func() time.Time

	// written holds this Store's recent patches per chunk key (reconcile.go).
	written map[string][]patchEntry
}

var _ annotation.Store = (*Store)(nil)

// New returns a Store over kv.
func New(kv KV) *Store { return &Store{kv: kv, Now: time.Now} }

func docKey(sha string) string { return DocPrefix + sha }
func annKey(sha string) string { return AnnPrefix + sha }

func short(sha string) string {
	if len(sha) > 12 {
		return sha[:12] + "…"
	}
	return sha
}

// errStorage wraps a failure of the KV itself.
func errStorage(op string, err error) error {
	var e *annotation.Error
	if errors.As(err, &e) {
		return err
	}
	if errors.Is(err, ErrQuota) {
		return &annotation.Error{Code: annotation.EQUOTA, Message: "Browser storage is full, so the change was not saved; what was saved before is unchanged. Export and delete documents you no longer need, then try again.", Err: fmt.Errorf("%s: %w", op, err)}
	}
	return &annotation.Error{Code: annotation.EINTERNAL, Message: "Browser storage could not be used; what was saved before is unchanged.", Err: fmt.Errorf("%s: %w", op, err)}
}

// currentPrefix starts every record of this version that json.Marshal
// writes (Version is the first field of every record type).
var currentPrefix = `{"version":` + strconv.Itoa(Version) + `,`

// errBadRecord marks a record that exists but cannot be used.
type errBadRecord struct{ reason string }

func (e errBadRecord) Error() string { return e.reason }

// get reads key into v. It returns the raw value, whether the key exists,
// and an error: EVERSION for a newer record, errBadRecord for a damaged one,
// or a storage error. check, if not nil, validates the decoded record.
func (s *Store) get(key string, v any, check func() error) (raw string, ok bool, err error) {
	raw, ok, err = s.kvGet(key)
	if err != nil {
		return "", false, errStorage("get "+key, err)
	} else if !ok {
		return "", false, nil
	}
	return raw, true, decodeRecord(raw, v, check)
}

// decodeRecord decodes the stored value raw into v, as get does.
func decodeRecord(raw string, v any, check func() error) error {
	var probe struct {
		Version *int `json:"version"`
	}
	if strings.HasPrefix(raw, currentPrefix) {
		// What this package writes: no need to scan a megabyte-long
		// document record twice (the decoding below checks it all).
		probe.Version = new(int)
		*probe.Version = Version
	} else if err := json.Unmarshal([]byte(raw), &probe); err != nil {
		return errBadRecord{"it is not valid JSON: " + err.Error()}
	} else if probe.Version == nil {
		return errBadRecord{"it has no version number"}
	} else if *probe.Version > Version {
		return annotation.Errorf(annotation.EVERSION, "Some saved data was written by a newer version of Hashiya (record version %d; this version reads %d). It was left untouched; open it with the newer version.", *probe.Version, Version)
	} else if *probe.Version != Version {
		return errBadRecord{fmt.Sprintf("it has the unknown version number %d", *probe.Version)}
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return errBadRecord{"it does not have the expected shape: " + err.Error()}
	}
	if check != nil {
		if err := check(); err != nil {
			return errBadRecord{annotation.ErrorMessage(err)}
		}
	}
	return nil
}

// corrupt turns an errBadRecord for key into an ECORRUPT error, first copying
// the raw value under CorruptPrefix if space allows.
// msg is the first sentence(s) of the message.
func (s *Store) corrupt(key, raw, msg string, bad error) error {
	kept := "A copy of the damaged data was kept in browser storage."
	copyKey, err := s.keep(key, raw)
	if err != nil {
		kept = "It was left in place (there was no room for a backup copy)."
	}
	return &annotation.Error{Code: annotation.ECORRUPT,
		Message: msg + " " + kept,
		Err:     fmt.Errorf("%s: %v (copy: %q, copy error: %v)", key, bad, copyKey, err)}
}

// keep copies raw under CorruptPrefix+key+"/"+n unless an identical copy
// exists, and returns the copy's key.
func (s *Store) keep(key, raw string) (string, error) {
	keys, err := s.kv.Keys()
	if err != nil {
		return "", errStorage("keys", err)
	}
	prefix, n := CorruptPrefix+key+"/", 0
	for _, k := range keys {
		i, err := strconv.Atoi(strings.TrimPrefix(k, prefix))
		if !strings.HasPrefix(k, prefix) || err != nil {
			continue
		}
		if v, ok, _ := s.kv.Get(k); ok && v == raw { // copies are not cached
			return k, nil
		}
		n = max(n, i)
	}
	k := prefix + strconv.Itoa(n+1)
	if err := s.kv.Set(k, raw); err != nil {
		return "", errStorage("keep "+key, err)
	}
	return k, nil
}

// prepare is called before overwriting key. It returns the value stored
// now (for rollback) and refuses to overwrite a newer record, or a damaged one
// (damaged, or not a record of the current version) that could not be copied
// aside.
func (s *Store) prepare(key string, damaged bool) (prev string, existed bool, err error) {
	prev, existed, err = s.kvGet(key)
	if err != nil {
		return "", false, errStorage("get "+key, err)
	} else if !existed {
		return "", false, nil
	}
	if e := s.cached(key, prev); !damaged && e != nil && (e.doc != nil || e.anns != nil) {
		return prev, true, nil // decoded before: a sound record of this version
	}
	var probe struct {
		Version *int `json:"version"`
	}
	if json.Unmarshal([]byte(prev), &probe) == nil && probe.Version != nil {
		if *probe.Version > Version {
			return "", false, annotation.Errorf(annotation.EVERSION, "Saved data here was written by a newer version of Hashiya (record version %d; this version writes %d), so it was not overwritten. Open it with the newer version.", *probe.Version, Version)
		} else if *probe.Version == Version && !damaged {
			return prev, true, nil
		}
	}
	// Damaged: overwrite only once a copy exists.
	if _, err := s.keep(key, prev); err != nil && annotation.ErrorCode(err) != annotation.EQUOTA {
		return "", false, err
	} else if err != nil {
		return "", false, &annotation.Error{Code: annotation.EQUOTA, Message: "Damaged saved data could not be backed up because browser storage is full, so nothing was changed. Export and delete documents you no longer need, then try again.", Err: err}
	}
	return prev, true, nil
}

// restore puts key back to its value before a failed change.
func (s *Store) restore(key, prev string, existed bool) error {
	if existed {
		return s.kvSet(key, prev)
	}
	return s.kvRemove(key)
}

// put marshals v and stores it under key.
func (s *Store) put(key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return &annotation.Error{Code: annotation.EINTERNAL, Message: "The change could not be encoded for storage; nothing was changed.", Err: err}
	}
	if err := s.kvSet(key, string(data)); err != nil {
		return errStorage("set "+key, err)
	}
	return nil
}

// readDoc reads the document record for sha.
func (s *Store) readDoc(sha string) (docRecord, error) {
	var rec docRecord
	// Read once (a book's record is megabytes copied out of JavaScript).
	raw, ok, err := s.kvGet(docKey(sha))
	if err != nil {
		return rec, errStorage("get "+docKey(sha), err)
	} else if !ok {
		return rec, annotation.Errorf(annotation.ENOTFOUND, "There is no saved document %s.", short(sha))
	}
	if e := s.cached(docKey(sha), raw); e != nil && e.doc != nil {
		return *e.doc, nil
	}
	check := func() error {
		if rec.Document.SHA256 != sha {
			return annotation.Errorf(annotation.ECORRUPT, "it is stored under %s but is document %s", short(sha), short(rec.Document.SHA256))
		}
		return rec.Document.Validate()
	}
	if r, ok := decodeDocFast(raw); ok {
		rec = r
		if err = check(); err != nil {
			err = errBadRecord{annotation.ErrorMessage(err)}
		}
	} else {
		err = decodeRecord(raw, &rec, check)
	}
	var bad errBadRecord
	switch {
	case errors.As(err, &bad):
		return rec, s.corrupt(docKey(sha), raw, fmt.Sprintf("The saved document %s is damaged and could not be read.", short(sha)), bad)
	case err != nil:
		return rec, err
	}
	if docJSONExact(rec.Document) {
		s.cacheDoc(docKey(sha), raw, rec)
	}
	return rec, nil
}

// readAnns reads the annotations of doc: its chunks, or a version 1
// record, which is migrated to chunks (left as it is when they cannot be
// written). It returns the annotations that are valid, and an ECORRUPT
// error if any were not.
func (s *Store) readAnns(doc annotation.Document) (annRecord, error) {
	has, err := s.kvHas(annKey(doc.SHA256))
	if err != nil {
		return annRecord{}, err
	}
	if !has {
		anns, updated, err := s.readChunks(doc)
		if anns == nil {
			anns = []annotation.Annotation{}
		}
		return annRecord{Version: AnnVersion, SHA256: doc.SHA256, Updated: updated, Annotations: anns}, err
	}
	rec, err := s.readLegacyAnns(doc)
	if err != nil {
		return rec, err
	}
	if buckets, kerr := s.chunkKeys(doc.SHA256); kerr == nil && len(buckets) > 0 {
		// Chunks written by a migration that could not remove the old
		// record: they are complete (written all or nothing).
		if anns, updated, err := s.readChunks(doc); err == nil {
			s.kvRemove(annKey(doc.SHA256))
			return annRecord{Version: AnnVersion, SHA256: doc.SHA256, Updated: updated, Annotations: anns}, nil
		}
	}
	s.migrate(doc, rec)
	return rec, nil
}

// migrate writes a version 1 annotation record as chunks and removes it;
// nothing changes when storage has no room for the chunks.
func (s *Store) migrate(doc annotation.Document, rec annRecord) {
	bt := &batch{s: s}
	if err := bt.writeChunks(doc.SHA256, s.text(doc), rec.Annotations, rec.Updated, nil); err != nil {
		bt.rollback(err)
		return
	}
	if err := bt.remove(annKey(doc.SHA256)); err != nil {
		bt.rollback(err)
	}
}

// writeChunks stores anns as the chunks of sha, removing the chunks in
// stale that no longer have annotations.
func (b *batch) writeChunks(sha string, text *docText, anns []annotation.Annotation, now time.Time, stale []int) error {
	by := map[int][]annotation.Annotation{}
	for _, a := range anns {
		by[bucket(a)] = append(by[bucket(a)], a)
	}
	for _, n := range stale {
		if _, ok := by[n]; !ok {
			if err := b.remove(chunkKey(sha, n)); err != nil {
				return err
			}
		}
	}
	for _, n := range slices.Sorted(maps.Keys(by)) {
		if err := b.writeChunk(sha, text, n, by[n], now, ""); err != nil {
			return err
		}
	}
	return nil
}

// readLegacyAnns reads a version 1 annotation record.
func (s *Store) readLegacyAnns(doc annotation.Document) (annRecord, error) {
	var rec annRecord
	key := annKey(doc.SHA256)
	if raw, ok, err := s.kvGet(key); err == nil && ok {
		if e := s.cached(key, raw); e != nil && e.anns != nil && e.anns.SHA256 == doc.SHA256 {
			rec = *e.anns
			rec.Annotations = slices.Clone(rec.Annotations)
			return rec, nil
		}
	}
	raw, ok, err := s.get(key, &rec, func() error {
		if rec.SHA256 != doc.SHA256 {
			return annotation.Errorf(annotation.ECORRUPT, "it belongs to document %s", short(rec.SHA256))
		}
		return nil
	})
	var bad errBadRecord
	switch {
	case errors.As(err, &bad):
		return annRecord{}, s.corrupt(key, raw, fmt.Sprintf("The saved annotations of “\u2068%s\u2069” are damaged and could not be read.", doc.Title), bad)
	case err != nil:
		return annRecord{}, err
	case !ok:
		return annRecord{Annotations: []annotation.Annotation{}}, nil
	}
	text := s.text(doc)
	good, seen := make([]annotation.Annotation, 0, len(rec.Annotations)), map[string]bool{}
	var first error
	for _, a := range rec.Annotations {
		err := text.validate(a)
		if err == nil && seen[a.ID] {
			err = annotation.Errorf(annotation.EINVALID, "duplicate id %q", a.ID)
		}
		if err != nil {
			first = cmpOr(first, err)
			continue
		}
		seen[a.ID] = true
		good = append(good, a)
	}
	dropped := len(rec.Annotations) - len(good)
	rec.Annotations = good
	if dropped > 0 {
		return rec, s.corrupt(key, raw, fmt.Sprintf("%d of the saved annotations of “\u2068%s\u2069” are damaged and were not loaded (first problem: %s); the other %d were loaded.", dropped, doc.Title, annotation.ErrorMessage(first), len(good)), errBadRecord{first.Error()})
	}
	if jsonExact(rec.Annotations) {
		s.cacheAnns(key, raw, rec)
	}
	return rec, nil
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// index returns the document list: the index record reconciled with the
// document records present (entries without a record are dropped; records
// without an entry are read and added, with Problem set if damaged).
func (s *Store) index() ([]annotation.DocumentInfo, error) {
	keys, err := s.kv.Keys()
	if err != nil {
		return nil, errStorage("keys", err)
	}
	present := map[string]bool{}
	for _, k := range keys {
		if sha, ok := strings.CutPrefix(k, DocPrefix); ok {
			present[sha] = true
		}
	}
	var rec indexRecord
	raw, _, err := s.get(IndexKey, &rec, nil)
	var bad errBadRecord
	if errors.As(err, &bad) {
		s.keep(IndexKey, raw) // best effort; rebuilt from the records below
		rec.Documents = nil
	} else if err != nil {
		return nil, err
	}
	list := make([]annotation.DocumentInfo, 0, len(present))
	listed := map[string]bool{}
	for _, d := range rec.Documents {
		if present[d.SHA256] && !listed[d.SHA256] {
			listed[d.SHA256] = true
			list = append(list, d)
		}
	}
	for sha := range present {
		if listed[sha] {
			continue
		}
		info := annotation.DocumentInfo{SHA256: sha}
		if d, err := s.readDoc(sha); err != nil {
			info.Problem = annotation.ErrorMessage(err)
		} else {
			info.Title, info.Updated = d.Document.Title, d.Updated
			if a, err := s.readAnns(d.Document); err == nil {
				info.Count = len(a.Annotations)
				if a.Updated.After(info.Updated) {
					info.Updated = a.Updated
				}
			}
		}
		list = append(list, info)
	}
	return list, nil
}

// writeIndex stores list (without entries that have a Problem).
func (s *Store) writeIndex(list []annotation.DocumentInfo) error {
	var bad errBadRecord
	_, _, err := s.get(IndexKey, &indexRecord{}, nil)
	if err != nil && !errors.As(err, &bad) {
		return err
	}
	if _, _, err := s.prepare(IndexKey, err != nil); err != nil {
		return err
	}
	rec := indexRecord{Version: Version, Documents: make([]annotation.DocumentInfo, 0, len(list))}
	for _, d := range list {
		if d.Problem == "" {
			rec.Documents = append(rec.Documents, d)
		}
	}
	return s.put(IndexKey, rec)
}

// upsert sets the entry for info.SHA256 in list.
func upsert(list []annotation.DocumentInfo, info annotation.DocumentInfo) []annotation.DocumentInfo {
	for i := range list {
		if list[i].SHA256 == info.SHA256 {
			list[i] = info
			return list
		}
	}
	return append(list, info)
}

func find(list []annotation.DocumentInfo, sha string) (annotation.DocumentInfo, bool) {
	for _, d := range list {
		if d.SHA256 == sha {
			return d, true
		}
	}
	return annotation.DocumentInfo{}, false
}

// commit writes key=v and then the index; if the index cannot be written,
// key is restored to prev.
func (s *Store) commit(key string, v any, prev string, existed bool, list []annotation.DocumentInfo) error {
	if err := s.put(key, v); err != nil {
		return err
	}
	if err := s.writeIndex(list); err != nil {
		if rerr := s.restore(key, prev, existed); rerr != nil {
			return &annotation.Error{Code: annotation.ErrorCode(err), Message: annotation.ErrorMessage(err), Err: errors.Join(err, fmt.Errorf("rollback %s: %w", key, rerr))}
		}
		return err
	}
	return nil
}

func (s *Store) now() time.Time {
	if s.Now == nil {
		return time.Now().UTC()
	}
	return s.Now().UTC()
}

// Documents implements annotation.Store.
func (s *Store) Documents() ([]annotation.DocumentInfo, error) {
	list, err := s.index()
	if err != nil {
		return nil, err
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if !a.Updated.Equal(b.Updated) {
			return a.Updated.After(b.Updated)
		} else if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.SHA256 < b.SHA256
	})
	return list, nil
}

// Document implements annotation.Store.
func (s *Store) Document(sha string) (annotation.Document, []annotation.Annotation, error) {
	d, err := s.readDoc(sha)
	if err != nil {
		return annotation.Document{}, nil, err
	}
	a, err := s.readAnns(d.Document)
	return d.Document, a.Annotations, err
}

// SaveDocument implements annotation.Store.
func (s *Store) SaveDocument(doc annotation.Document) error {
	if err := doc.Validate(); err != nil {
		return err
	}
	list, err := s.index()
	if err != nil {
		return err
	}
	_, derr := s.readDoc(doc.SHA256)
	if c := annotation.ErrorCode(derr); c != "" && c != annotation.ENOTFOUND && c != annotation.ECORRUPT {
		return derr
	}
	prev, existed, err := s.prepare(docKey(doc.SHA256), annotation.ErrorCode(derr) == annotation.ECORRUPT)
	if err != nil {
		return err
	}
	now := s.now()
	info, ok := find(list, doc.SHA256)
	if !ok || info.Problem != "" {
		info = annotation.DocumentInfo{SHA256: doc.SHA256}
		if a, err := s.readAnns(doc); err == nil {
			info.Count = len(a.Annotations)
		}
	}
	info.Title, info.Updated = doc.Title, now
	rec := docRecord{Version: Version, Updated: now, Document: doc}
	if err := s.commit(docKey(doc.SHA256), rec, prev, existed, upsert(list, info)); err != nil {
		return err
	}
	if e := s.cache[docKey(doc.SHA256)]; e != nil && docJSONExact(doc) {
		e.doc = &rec
	}
	return nil
}

// SaveAnnotations implements annotation.Store.
func (s *Store) SaveAnnotations(sha string, anns []annotation.Annotation) error {
	d, err := s.readDoc(sha)
	if err != nil {
		return err
	}
	text := s.text(d.Document)
	seen := make(map[string]bool, len(anns))
	for i, a := range anns {
		if err := text.validate(a); err != nil {
			return err
		}
		if seen[a.ID] {
			return annotation.Errorf(annotation.EINVALID, "Annotation #%d has the id %q, which another annotation already has.", i+1, a.ID)
		}
		seen[a.ID] = true
	}
	list, err := s.index()
	if err != nil {
		return err
	}
	legacy, err := s.kvHas(annKey(sha))
	if err != nil {
		return err
	}
	stale, err := s.chunkKeys(sha)
	if err != nil {
		return err
	}
	// Damaged records are overwritten only once a copy is kept aside (a
	// newer version's never).
	if legacy {
		_, lerr := s.readLegacyAnns(d.Document)
		if c := annotation.ErrorCode(lerr); c != "" && c != annotation.ECORRUPT {
			return lerr
		}
		if _, _, err := s.prepare(annKey(sha), lerr != nil); err != nil {
			return err
		}
	}
	for _, n := range stale {
		_, raw, cerr := s.readChunk(sha, text, n)
		var bad errBadRecord
		if errors.As(cerr, &bad) {
			if _, err := s.keep(chunkKey(sha, n), raw); err != nil {
				return &annotation.Error{Code: annotation.EQUOTA, Message: "Damaged saved data could not be backed up because browser storage is full, so nothing was changed. Export and delete documents you no longer need, then try again.", Err: err}
			}
		} else if cerr != nil {
			return cerr
		}
	}
	now := s.now()
	bt := &batch{s: s}
	if err := bt.writeChunks(sha, text, slices.Clone(anns), now, stale); err != nil {
		return bt.rollback(err)
	}
	if legacy {
		if err := bt.remove(annKey(sha)); err != nil {
			return bt.rollback(err)
		}
	}
	info, _ := find(list, sha)
	info.SHA256, info.Title, info.Count, info.Updated, info.Problem = sha, d.Document.Title, len(anns), now, ""
	if err := s.writeIndex(upsert(list, info)); err != nil {
		return bt.rollback(err)
	}
	return nil
}

// DeleteDocument implements annotation.Store. A damaged document can be
// deleted (copies already kept under CorruptPrefix stay); a document or
// annotation set written by a newer Hashiya is refused (EVERSION).
func (s *Store) DeleteDocument(sha string) error {
	for _, key := range []string{docKey(sha), annKey(sha)} {
		var bad errBadRecord
		if _, _, err := s.get(key, &struct{}{}, nil); err != nil && !errors.As(err, &bad) {
			return err // EVERSION: not ours to delete; or a storage failure
		}
	}
	buckets, err := s.chunkKeys(sha)
	if err != nil {
		return err
	}
	for _, n := range buckets {
		if _, _, err := s.readChunk(sha, nil, n); annotation.ErrorCode(err) == annotation.EVERSION {
			return err
		}
	}
	if _, ok, err := s.kvGet(docKey(sha)); err != nil {
		return errStorage("get", err)
	} else if !ok {
		return annotation.Errorf(annotation.ENOTFOUND, "There is no saved document %s.", short(sha))
	}
	list, err := s.index()
	if err != nil {
		return err
	}
	kept := list[:0:0]
	for _, d := range list {
		if d.SHA256 != sha {
			kept = append(kept, d)
		}
	}
	if err := s.writeIndex(kept); err != nil {
		return err
	}
	if err := s.kvRemove(annKey(sha)); err != nil {
		return errStorage("remove", err)
	}
	if err := s.kvRemove(linkKey(sha)); err != nil {
		return errStorage("remove", err)
	}
	for _, n := range buckets {
		if err := s.kvRemove(chunkKey(sha, n)); err != nil {
			return errStorage("remove", err)
		}
	}
	if err := s.kvRemove(docKey(sha)); err != nil {
		return errStorage("remove", err)
	}
	return nil
}

// CurrentDocument implements annotation.Store.
func (s *Store) CurrentDocument() (string, error) {
	var rec settingsRecord
	raw, ok, err := s.get(SettingsKey, &rec, nil)
	var bad errBadRecord
	if errors.As(err, &bad) {
		return "", s.corrupt(SettingsKey, raw, "settings", bad)
	} else if err != nil || !ok || rec.Current == "" {
		return "", err
	}
	if _, ok, err := s.kvGet(docKey(rec.Current)); err != nil {
		return "", errStorage("get", err)
	} else if !ok {
		return "", nil
	}
	return rec.Current, nil
}

// SetCurrentDocument implements annotation.Store. The document must exist
// (ENOTFOUND otherwise) unless sha is "".
func (s *Store) SetCurrentDocument(sha string) error {
	var bad errBadRecord
	var cur settingsRecord
	_, _, err := s.get(SettingsKey, &cur, nil)
	if err != nil && !errors.As(err, &bad) {
		return err
	}
	if err == nil && sha != "" && cur.Current == sha {
		// Already the current one (every reload): nothing to write, and no
		// need to read the megabyte-long document record to check it is
		// there.
		return nil
	}
	if sha != "" {
		if _, ok, err := s.kvGet(docKey(sha)); err != nil {
			return errStorage("get", err)
		} else if !ok {
			return annotation.Errorf(annotation.ENOTFOUND, "There is no saved document %s.", short(sha))
		}
	}
	if _, _, err := s.prepare(SettingsKey, err != nil); err != nil {
		return err
	}
	return s.put(SettingsKey, settingsRecord{Version: Version, Current: sha})
}

// Damaged returns the raw copies of damaged records kept under
// CorruptPrefix, by key, so that they can be offered for download.
func (s *Store) Damaged() (map[string]string, error) {
	keys, err := s.kv.Keys()
	if err != nil {
		return nil, errStorage("keys", err)
	}
	out := map[string]string{}
	for _, k := range keys {
		if strings.HasPrefix(k, CorruptPrefix) {
			if v, ok, err := s.kv.Get(k); err != nil {
				return nil, errStorage("get", err)
			} else if ok {
				out[k] = v
			}
		}
	}
	return out, nil
}
