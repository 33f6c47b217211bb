package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// Annotation records, version 2 and later: the annotations of a document
// are kept in chunks, one key per BucketSpan code points of the text, each
// holding the annotations that start there:
//
//	AnnPrefix + sha256 + "/" + n: ChunkTag + a chunk record (chunkline.go)
//
// Version 3 (chunkline.go) is written; version 2 chunks, ChunkTag + a JSON
// object {"version":2,"sha256":…,"bucket":n,"updated":…,"annotations":[…]},
// are read, and rewritten as version 3 when they change.
//
// so that a change to one annotation rewrites one small chunk instead of
// the whole set (a 1 MB document with 14,000 annotations is ~140 chunks of
// ~25,000 characters instead of one 3.4-million-character record), and two
// tabs editing different parts of a document write different keys.
// PatchAnnotations reads the chunks it changes from storage just before
// writing them (read-modify-write), so that annotations another tab stored
// in the same chunk are kept.
//
// Version 1 kept all annotations in one record under AnnPrefix + sha256;
// such a record is migrated to chunks when it is read (and kept as it is
// when storage is too full to write the chunks).
const (
	AnnVersion = chunkLineVersion
	// jsonChunkVersion is the version of the JSON chunks (read only).
	jsonChunkVersion = 2
	BucketSpan       = 4096
	// ChunkTag starts every chunk value. It is not JSON, so that go-app's
	// start-up sweep of localStorage (which JSON-decodes every value to find
	// its own expired states) stops at the first byte instead of parsing
	// megabytes of annotations.
	ChunkTag = "hashiya-chunk "
)

type chunkRecord struct {
	// Base is the hash (valueHash) of the stored value this chunk was
	// computed from; "" when unknown (version 2, a rewrite from memory).
	Base        string                  `json:"-"`
	Version     int                     `json:"version"`
	SHA256      string                  `json:"sha256"`
	Bucket      int                     `json:"bucket"`
	Updated     time.Time               `json:"updated"`
	Annotations []annotation.Annotation `json:"annotations"`
}

func chunkKey(sha string, b int) string { return annKey(sha) + "/" + strconv.Itoa(b) }

func bucket(a annotation.Annotation) int { return max(a.Start, 0) / BucketSpan }

// chunkKeys returns the buckets of the stored chunks of sha, sorted.
func (s *Store) chunkKeys(sha string) ([]int, error) {
	keys, err := s.kv.Keys()
	if err != nil {
		return nil, errStorage("keys", err)
	}
	prefix := annKey(sha) + "/"
	var out []int
	for _, k := range keys {
		if n, ok := strings.CutPrefix(k, prefix); ok {
			if b, err := strconv.Atoi(n); err == nil && b >= 0 && strconv.Itoa(b) == n {
				out = append(out, b)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

// readChunk reads the chunk b of the document doc (text: its code points).
// A missing chunk is empty. A damaged chunk returns the annotations that
// are valid and an errBadRecord; a newer one EVERSION.
func (s *Store) readChunk(sha string, text *docText, b int) (rec chunkRecord, raw string, err error) {
	rec, raw, shared, err := s.readChunkView(sha, text, b)
	if shared {
		rec.Annotations = slices.Clone(rec.Annotations)
	}
	return rec, raw, err
}

// readChunkView is readChunk, but with shared true the annotations
// returned are the cache's own, which the caller must not change (reading
// a document copies them into one slice anyway: a copy less of each of a
// book's annotations on every open).
func (s *Store) readChunkView(sha string, text *docText, b int) (rec chunkRecord, raw string, shared bool, err error) {
	key := chunkKey(sha, b)
	raw, ok, err := s.kvGet(key)
	if err != nil {
		return rec, "", false, errStorage("get "+key, err)
	} else if !ok {
		return chunkRecord{Version: AnnVersion, SHA256: sha, Bucket: b}, "", false, nil
	}
	if e := s.cached(key, raw); e != nil && e.chunk != nil {
		return *e.chunk, raw, true, nil
	}
	body, tagged := strings.CutPrefix(raw, ChunkTag)
	if !tagged {
		return rec, raw, false, errBadRecord{"it does not start with " + strconv.Quote(ChunkTag)}
	}
	if v, ok := chunkLineVersionOf(body); ok {
		switch {
		case v > chunkLineVersion:
			return rec, raw, false, errNewerChunk(v)
		case v != chunkLineVersion:
			return rec, raw, false, errBadRecord{fmt.Sprintf("it has the unknown version number %d", v)}
		}
		if rec, err = decodeChunkLines(body, text); err != nil {
			return chunkRecord{}, raw, false, errBadRecord{err.Error()}
		}
	} else {
		var probe struct {
			Version *int `json:"version"`
		}
		switch {
		case json.Unmarshal([]byte(body), &probe) != nil || probe.Version == nil:
			return rec, raw, false, errBadRecord{"it is not a JSON record with a version number"}
		case *probe.Version > AnnVersion:
			return rec, raw, false, errNewerChunk(*probe.Version)
		case *probe.Version != jsonChunkVersion:
			return rec, raw, false, errBadRecord{fmt.Sprintf("it has the unknown version number %d", *probe.Version)}
		}
		if err := json.Unmarshal([]byte(body), &rec); err != nil {
			return chunkRecord{}, raw, false, errBadRecord{"it does not have the expected shape: " + err.Error()}
		}
	}
	if rec.SHA256 != sha || rec.Bucket != b {
		return chunkRecord{}, raw, false, errBadRecord{fmt.Sprintf("it is chunk %d of document %s, not chunk %d of %s", rec.Bucket, short(rec.SHA256), b, short(sha))}
	}
	if text == nil { // only the version was asked for
		return rec, raw, false, nil
	}
	// Filtered in place: rec.Annotations is this call's own (decoded
	// above), and growing a new slice one annotation at a time was half
	// of a book-length open's time in the store.
	good := rec.Annotations[:0]
	var first error
	for _, a := range rec.Annotations {
		if err := text.validate(a); err != nil {
			first = cmpOr(first, err)
		} else if bucket(a) != b {
			first = cmpOr(first, annotation.Errorf(annotation.EINVALID, "annotation %q starts at %d, outside chunk %d", a.ID, a.Start, b))
		} else {
			good = append(good, a)
		}
	}
	bad := len(rec.Annotations) - len(good)
	rec.Annotations = good
	if bad > 0 {
		return rec, raw, false, errBadRecord{fmt.Sprintf("%d of its annotations are damaged (first problem: %s)", bad, annotation.ErrorMessage(first))}
	}
	if rec.Version == chunkLineVersion || jsonExact(good) {
		e := s.cache[key]
		c := rec
		e.chunk = &c
		return rec, raw, true, nil
	}
	return rec, raw, false, nil
}

func errNewerChunk(v int) error {
	return annotation.Errorf(annotation.EVERSION, "Some saved annotations were written by a newer version of Hashiya (record version %d; this version reads %d). They were left untouched; open them with the newer version.", v, chunkLineVersion)
}

// readChunks reads every chunk of doc. It returns the valid annotations,
// the updated time of the newest chunk, and an ECORRUPT error (copies of
// the damaged chunks kept) or EVERSION when a chunk could not be read whole.
func (s *Store) readChunks(doc annotation.Document) ([]annotation.Annotation, time.Time, error) {
	buckets, err := s.chunkKeys(doc.SHA256)
	if err != nil {
		return nil, time.Time{}, err
	}
	text := s.text(doc)
	var out []annotation.Annotation
	var updated time.Time
	var firstErr error
	damaged := 0
	// The chunks are read first and their annotations copied once into a
	// slice of the right size (appending them as they come copied a
	// book-length set several times over).
	recs := make([][]annotation.Annotation, 0, len(buckets))
	total := 0
	for _, b := range buckets {
		rec, raw, _, err := s.readChunkView(doc.SHA256, text, b)
		var bad errBadRecord
		switch {
		case errors.As(err, &bad):
			damaged++
			s.corrupt(chunkKey(doc.SHA256, b), raw, "", bad) // keeps a copy
			firstErr = cmpOr(firstErr, error(annotation.Errorf(annotation.ECORRUPT, "chunk %d: %s", b, bad.reason)))
		case err != nil:
			for _, anns := range recs {
				out = append(out, anns...)
			}
			return out, updated, err
		}
		if rec.Updated.After(updated) {
			updated = rec.Updated
		}
		recs = append(recs, rec.Annotations)
		total += len(rec.Annotations)
	}
	out = make([]annotation.Annotation, 0, total)
	seen := make(map[string]bool, total)
	for _, anns := range recs {
		for _, a := range anns {
			if seen[a.ID] {
				damaged++
				firstErr = cmpOr(firstErr, error(annotation.Errorf(annotation.ECORRUPT, "duplicate id %q", a.ID)))
				continue
			}
			seen[a.ID] = true
			out = append(out, a)
		}
	}
	if firstErr != nil {
		return out, updated, &annotation.Error{Code: annotation.ECORRUPT,
			Message: fmt.Sprintf("Some saved annotations of “\u2068%s\u2069” are damaged and were not loaded (%d problems; first: %s); the other %d were loaded. A copy of the damaged data was kept in browser storage where there was room.", doc.Title, damaged, annotation.ErrorMessage(firstErr), len(out)),
			Err:     firstErr}
	}
	return out, updated, nil
}

// text returns the indexed text of doc, made once per document (a
// document's text never changes: its key is the SHA-256 of the text).
func (s *Store) text(doc annotation.Document) *docText {
	if t, ok := s.texts[doc.SHA256]; ok && t.s == doc.Text {
		return t
	}
	if s.texts == nil {
		s.texts = map[string]*docText{}
	}
	t := newDocText(doc.Text)
	s.texts[doc.SHA256] = t
	return t
}

// batch is a multi-key write that can be rolled back: every key it sets or
// removes goes back to its earlier value on rollback.
type batch struct {
	s    *Store
	prev []kept
	// chunks holds the values writeChunk wrote, by key (reconcile.go).
	chunks map[string]string
}

type kept struct {
	key, value string
	existed    bool
}

func (b *batch) set(key, value string) error {
	prev, existed, err := b.s.kvGet(key)
	if err != nil {
		return errStorage("get "+key, err)
	}
	if existed && prev == value {
		return nil
	}
	if err := b.s.kvSet(key, value); err != nil {
		return errStorage("set "+key, err)
	}
	b.prev = append(b.prev, kept{key, prev, existed})
	return nil
}

func (b *batch) remove(key string) error {
	prev, existed, err := b.s.kvGet(key)
	if err != nil {
		return errStorage("get "+key, err)
	} else if !existed {
		return nil
	}
	if err := b.s.kvRemove(key); err != nil {
		return errStorage("remove "+key, err)
	}
	b.prev = append(b.prev, kept{key, prev, existed})
	return nil
}

// rollback undoes the batch and returns err, joined with any failure to
// undo.
func (b *batch) rollback(err error) error {
	var errs []error
	for i := len(b.prev) - 1; i >= 0; i-- {
		if rerr := b.s.restore(b.prev[i].key, b.prev[i].value, b.prev[i].existed); rerr != nil {
			errs = append(errs, fmt.Errorf("rollback %s: %w", b.prev[i].key, rerr))
		}
	}
	if len(errs) == 0 {
		return err
	}
	return &annotation.Error{Code: annotation.ErrorCode(err), Message: annotation.ErrorMessage(err), Err: errors.Join(append([]error{err}, errs...)...)}
}

// writeChunk stores the chunk of bucket b with anns, within the batch.
// base is the value it was computed from, as read just before ("" for a
// rewrite from memory or a chunk not stored): its hash is recorded in the
// chunk (reconcile.go). An empty chunk is removed when base is "", and
// otherwise kept as an empty record carrying its base, so that another
// tab can tell a chunk emptied without seeing its latest value (a blind
// deletion) from one emptied knowingly (Reconcile).
func (b *batch) writeChunk(sha string, text *docText, n int, anns []annotation.Annotation, now time.Time, base string) error {
	key := chunkKey(sha, n)
	if len(anns) == 0 && base == "" {
		return b.remove(key)
	}
	slices.SortFunc(anns, func(x, y annotation.Annotation) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return strings.Compare(x.ID, y.ID)
	})
	rec := chunkRecord{Version: chunkLineVersion, SHA256: sha, Bucket: n, Updated: now, Annotations: anns, Base: valueHash(base)}
	raw := encodeChunkLines(rec, text)
	if err := b.set(key, raw); err != nil {
		return err
	}
	if b.chunks == nil {
		b.chunks = map[string]string{}
	}
	b.chunks[key] = raw
	if e := b.s.cache[key]; e != nil && jsonExact(anns) {
		rec.Annotations = slices.Clone(anns)
		e.chunk = &rec
	}
	return nil
}

// PatchAnnotations adds or replaces the annotations put and removes del (by
// id, from the chunk of their Start) in the stored annotations of the
// document sha, all or nothing: only the chunks they fall in are read (from
// storage, just before writing: what another tab stored there is kept) and
// rewritten, then the index's count. Each put must Validate against the
// text (EINVALID otherwise); a document not stored is ENOTFOUND; a chunk
// damaged or from a newer version is ECORRUPT or EVERSION and nothing is
// written; a full storage is EQUOTA and nothing is changed.
//
// The document's text is read from storage only when the Store has not
// read it cleanly before: a document is stored under the SHA-256 of its
// text, so the text decoded once is the text for as long as the key
// exists, which the index's listing of the keys says (reading a book-length
// text again on every edit costs tens of milliseconds in the browser).
func (s *Store) PatchAnnotations(sha string, put, del []annotation.Annotation) error {
	return s.patch(sha, put, del, nil)
}

// patch is PatchAnnotations, except that a put whose id is in ifThere is
// dropped when its chunk, as stored now, does not hold that id (an edit of
// an annotation another tab has deleted since: Reconcile).
func (s *Store) patch(sha string, put, del []annotation.Annotation, ifThere map[string]bool) error {
	list, err := s.index()
	if err != nil {
		return err
	}
	info, listed := find(list, sha)
	d, known := s.knownDoc(sha)
	if !listed || !known {
		if d, err = s.readDoc(sha); err != nil {
			return err
		}
	}
	if has, err := s.kvHas(annKey(sha)); err != nil {
		return err
	} else if has { // a version 1 record not migrated yet: rewrite all
		_, anns, err := s.Document(sha)
		if err != nil {
			return err
		}
		return s.SaveAnnotations(sha, applyPatch(anns, put, del))
	}
	text := s.text(d.Document)
	touched := map[int]bool{}
	for _, a := range put {
		if err := text.validate(a); err != nil {
			return err
		}
		touched[bucket(a)] = true
	}
	for _, a := range del {
		touched[bucket(a)] = true
	}
	now := s.now()
	bt := &batch{s: s}
	delta := 0
	edited := map[string]bool{} // puts that replaced an annotation of their chunk
	for _, n := range slices.Sorted(maps.Keys(touched)) {
		rec, raw, err := s.readChunk(sha, text, n)
		if err != nil {
			var bad errBadRecord
			if errors.As(err, &bad) {
				err = annotation.Errorf(annotation.ECORRUPT, "A saved chunk of the annotations of “\u2068%s\u2069” is damaged (%s); nothing was changed. Open the document again to recover what can be read.", d.Document.Title, bad.reason)
			}
			return bt.rollback(err)
		}
		before := len(rec.Annotations)
		var mine, theirs []annotation.Annotation
		held := map[string]bool{}
		for _, a := range rec.Annotations {
			held[a.ID] = true
		}
		for _, a := range put {
			if bucket(a) != n || ifThere[a.ID] && !held[a.ID] {
				continue
			}
			if held[a.ID] {
				edited[a.ID] = true
			}
			mine = append(mine, a)
		}
		for _, a := range del {
			if bucket(a) == n {
				theirs = append(theirs, a)
			}
		}
		anns := applyPatch(rec.Annotations, mine, theirs)
		delta += len(anns) - before
		if err := bt.writeChunk(sha, text, n, anns, now, raw); err != nil {
			return bt.rollback(err)
		}
	}
	title := d.Document.Title
	if listed && known && info.Title != "" {
		title = info.Title // the index's, as fresh as the listing
	}
	info.SHA256, info.Title, info.Count, info.Updated, info.Problem = sha, title, info.Count+delta, now, ""
	if err := s.writeIndex(upsert(list, info)); err != nil {
		return bt.rollback(err)
	}
	s.journal(sha, bt.chunks, put, del, edited, now)
	return nil
}

// applyPatch returns anns with the ids of del removed and put added or
// replaced (by id).
func applyPatch(anns, put, del []annotation.Annotation) []annotation.Annotation {
	drop := map[string]bool{}
	for _, a := range del {
		drop[a.ID] = true
	}
	for _, a := range put {
		drop[a.ID] = true
	}
	out := slices.DeleteFunc(slices.Clone(anns), func(a annotation.Annotation) bool { return drop[a.ID] })
	return append(out, put...)
}

func (s *Store) kvHas(key string) (bool, error) {
	_, ok, err := s.kvGet(key)
	if err != nil {
		return false, errStorage("get "+key, err)
	}
	return ok, nil
}
