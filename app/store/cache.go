package store

import (
	"slices"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// entry is what the Store last read from or wrote to one key: the raw value
// and, for document and annotation records that decoded and checked
// cleanly, the decoded record, so that an unchanged record is not parsed
// and validated again.
//
// An entry is used only while the KV still holds exactly raw: every read
// asks the KV for the value (a cheap call, next to parsing a record of a
// few hundred kilobytes in WebAssembly) and compares it, so a change made
// behind the Store's back (another tab, developer tools, a test) is never
// hidden by the cache; it only costs one parse.
type entry struct {
	raw    string
	exists bool
	doc    *docRecord   // the checked document record raw holds, or nil
	anns   *annRecord   // the annotation record raw holds, every annotation valid against its document; or nil
	chunk  *chunkRecord // the annotation chunk raw holds, every annotation valid; or nil
}

// kvGet reads key from the KV and keeps the value in the cache; an entry
// whose value differs from the stored one is replaced.
func (s *Store) kvGet(key string) (string, bool, error) {
	raw, ok, err := s.kv.Get(key)
	if err != nil {
		delete(s.cache, key)
		return raw, ok, err
	}
	if e := s.cache[key]; e == nil || e.raw != raw || e.exists != ok {
		s.remember(key, &entry{raw: raw, exists: ok})
	}
	return raw, ok, nil
}

// kvSet writes key and records the value written; after a failed write the
// key's entry is dropped (the KV says what it holds on the next read).
func (s *Store) kvSet(key, value string) error {
	if err := s.kv.Set(key, value); err != nil {
		delete(s.cache, key)
		return err
	}
	s.remember(key, &entry{raw: value, exists: true})
	return nil
}

// kvRemove removes key and records that it is gone.
func (s *Store) kvRemove(key string) error {
	if err := s.kv.Remove(key); err != nil {
		delete(s.cache, key)
		return err
	}
	s.remember(key, &entry{exists: false})
	return nil
}

func (s *Store) remember(key string, e *entry) {
	if s.cache == nil {
		s.cache = map[string]*entry{}
	}
	s.cache[key] = e
}

// cached returns the cache entry of key if it describes raw.
func (s *Store) cached(key, raw string) *entry {
	if e := s.cache[key]; e != nil && e.exists && e.raw == raw {
		return e
	}
	return nil
}

// Invalidate forgets what the Store cached for the given keys, or for every
// key when none is given. The cache already notices values changed behind
// its back; call Invalidate when another tab changed storage (the browser's
// storage event; a null key there means everything was cleared) to free the
// memory held for the old values at once.
func (s *Store) Invalidate(keys ...string) {
	if len(keys) == 0 {
		clear(s.cache)
		return
	}
	for _, k := range keys {
		delete(s.cache, k)
	}
}

// knownDoc returns the document record of sha as the Store last decoded
// and checked it, whatever the key holds now (see PatchAnnotations).
func (s *Store) knownDoc(sha string) (docRecord, bool) {
	if e := s.cache[docKey(sha)]; e != nil && e.doc != nil && e.doc.Document.SHA256 == sha {
		return *e.doc, true
	}
	return docRecord{}, false
}

// cacheDoc records the decoded form of the document record key holds.
func (s *Store) cacheDoc(key, raw string, rec docRecord) {
	if e := s.cached(key, raw); e != nil {
		e.doc = &rec
	}
}

// cacheAnns records the decoded form of the annotation record key holds;
// rec.Annotations must all be valid against the record's document. The
// cache keeps its own copy of the slice.
func (s *Store) cacheAnns(key, raw string, rec annRecord) {
	if e := s.cached(key, raw); e != nil {
		rec.Annotations = slices.Clone(rec.Annotations)
		e.anns = &rec
	}
}

// jsonExact reports whether JSON encoding keeps every string of the
// annotations as it is (encoding/json replaces invalid UTF-8 with U+FFFD),
// so that a record written can be cached as the value a read would decode.
func jsonExact(anns []annotation.Annotation) bool {
	for _, a := range anns {
		for _, s := range [...]string{a.ID, a.Quote, string(a.Label), string(a.Source), string(a.Status), a.Value, a.Type, a.Calendar, a.Hijri, a.Note, a.Entity, a.Link, a.Prefix, a.Suffix} {
			if !utf8.ValidString(s) {
				return false
			}
		}
	}
	return true
}

func docJSONExact(d annotation.Document) bool {
	return utf8.ValidString(d.SHA256) && utf8.ValidString(d.Title) && utf8.ValidString(d.Text) && utf8.ValidString(d.DCT)
}
