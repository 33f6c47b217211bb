package store

import (
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// Two tabs writing one chunk at the same moment. Each tab's localStorage
// is a copy that the browser brings up to date asynchronously, so a
// read-modify-write in tab B can start from a value that no longer holds
// tab A's write of a few milliseconds before; B's write then replaces A's,
// and A's change is lost, although every write is a read-modify-write.
// To tell such a blind overwrite from one made knowingly, every chunk
// records the hash of the value it was computed from (chunkRecord.Base),
// and every Store keeps its own recent patches per chunk. When the storage
// event says another tab replaced a value by one not computed from it (its
// base is another value), Reconcile
// applies this Store's patches again on what is stored now: nothing of
// either tab is lost, and a deletion or change the other tab made knowingly
// (after seeing this tab's value) is never undone.

// journalSpan and journalLen bound what a Store remembers of its patches.
const (
	journalSpan = 30 * time.Second
	journalLen  = 16
)

type patchEntry struct {
	after    string // valueHash of the value written
	put, del []annotation.Annotation
	edit     map[string]bool // ids of put that replaced an annotation already there
	at       time.Time
}

// valueHash identifies a stored value: FNV-1a, 64 bits, hexadecimal; "" for
// no value.
func valueHash(v string) string {
	if v == "" {
		return ""
	}
	h := fnv.New64a()
	h.Write([]byte(v))
	return strconv.FormatUint(h.Sum64(), 16)
}

// journal records the part of a patch that went into each chunk written.
func (s *Store) journal(sha string, chunks map[string]string, put, del []annotation.Annotation, edited map[string]bool, now time.Time) {
	if s.written == nil {
		s.written = map[string][]patchEntry{}
	}
	for key, raw := range chunks {
		n, err := strconv.Atoi(key[strings.LastIndexByte(key, '/')+1:])
		if err != nil {
			continue
		}
		e := patchEntry{after: valueHash(raw), at: now, edit: map[string]bool{}}
		for _, a := range put {
			if bucket(a) == n {
				e.put = append(e.put, a)
				if edited[a.ID] {
					e.edit[a.ID] = true
				}
			}
		}
		for _, a := range del {
			if bucket(a) == n {
				e.del = append(e.del, a)
			}
		}
		j := append(s.written[key], e)
		for len(j) > 0 && (len(j) > journalLen || now.Sub(j[0].at) > journalSpan) {
			j = j[1:]
		}
		s.written[key] = j
	}
}

// Reconcile handles another tab's write of key (a storage event: the value
// before and after it; "" for none) and reports whether it wrote this
// Store's changes again. When newValue was not computed from oldValue (a
// blind overwrite: its recorded base is another value) and this Store
// wrote key in the last 30 s, the patches of this Store that newValue's
// writer had not seen (those after the one whose value it was computed
// from, else all of them) are applied again to what is stored now, with
// PatchAnnotations (re-applying a patch already there changes nothing),
// except that an edit of an annotation that newValue no longer holds is
// dropped: the other tab deleted it, and a deletion wins over a
// simultaneous edit in either order. Any other event is left to the
// caller's refresh.
// Errors are PatchAnnotations'.
func (s *Store) Reconcile(key, oldValue, newValue string) (bool, error) {
	j := s.written[key]
	// A removal (newValue "") is taken as knowing: it is how a document
	// is deleted, and re-adding to it would leave orphan chunks. A patch
	// that empties a chunk writes an empty record with its base instead
	// (writeChunk), so a blind deletion is caught like any other write.
	if len(j) == 0 || newValue == "" {
		return false, nil
	}
	base, ok := chunkBase(newValue)
	now := s.now()
	for len(j) > 0 && now.Sub(j[0].at) > journalSpan {
		j = j[1:]
	}
	// The other writer saw this Store's patches up to the one whose value
	// it computed newValue from: they are forgotten, whether its write is
	// knowing or blind, so that a later blind write never brings back what
	// the other tab has deleted since.
	for i := len(j) - 1; ok && i >= 0; i-- {
		if j[i].after == base {
			j = j[i+1:]
			break
		}
	}
	s.written[key] = j
	if ok && base == valueHash(oldValue) {
		return false, nil // computed from the value it replaced: a knowing change
	}
	put := map[string]annotation.Annotation{}
	del := map[string]annotation.Annotation{}
	// ifThere holds the ids this Store only edited (they were stored before
	// its first patch here that the other writer missed): when the other
	// writer's value lacks them it deleted them, and a deletion wins over a
	// simultaneous edit, whichever write came last.
	ifThere := map[string]bool{}
	var order []string
	for _, e := range j {
		for _, a := range e.put {
			if _, seen := put[a.ID]; !seen {
				order = append(order, a.ID)
				if _, deleted := del[a.ID]; e.edit[a.ID] && !deleted {
					ifThere[a.ID] = true
				}
			}
			put[a.ID] = a
			delete(del, a.ID)
		}
		for _, a := range e.del {
			delete(put, a.ID)
			del[a.ID] = a
		}
	}
	var puts, dels []annotation.Annotation
	for _, id := range order {
		if a, ok := put[id]; ok {
			puts = append(puts, a)
		}
	}
	for _, a := range del {
		dels = append(dels, a)
	}
	if len(puts) == 0 && len(dels) == 0 {
		return false, nil
	}
	sha, _, _ := strings.Cut(strings.TrimPrefix(key, AnnPrefix), "/")
	s.Invalidate(key)
	return true, s.patch(sha, puts, dels, ifThere)
}

// chunkBase returns the base recorded in a stored chunk value, and whether
// it is a chunk that records one ("" base: computed from no value). A
// removed chunk (newValue "") and a version 2 chunk record none.
func chunkBase(v string) (string, bool) {
	body, ok := strings.CutPrefix(v, ChunkTag)
	if !ok {
		return "", false
	}
	head, _, _ := strings.Cut(body, "\n")
	h := strings.Split(head, "\t")
	switch {
	case len(h) == 5 && h[0] == strconv.Itoa(chunkLineVersion):
		return h[4], true
	case len(h) == 4 && h[0] == strconv.Itoa(chunkLineVersion):
		return "", true
	}
	return "", false
}
