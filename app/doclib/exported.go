package doclib

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"hash/fnv"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// ExportPrefix is the prefix of the export marks: ExportPrefix + SHA-256
// holds when the document was last exported and a fingerprint of the
// annotations it carried.
const ExportPrefix = MetaPrefix + "v1/exported/"

// MaxFingerprint is the largest number of annotations whose export mark
// keeps one fingerprint per annotation (8 bytes each, 11 UTF-16 units in
// base64), so that the library can say how many changed since the export;
// above it only a digest of the whole set is kept (it can say that
// something changed, not how much), so that a book-length document's mark
// stays small beside localStorage's ~5 Mi units.
const MaxFingerprint = 5000

type mark struct {
	At     time.Time `json:"at"`
	N      int       `json:"n"`
	Digest uint64    `json:"digest"`
	Per    string    `json:"per,omitempty"` // base64url of (id hash, content hash) uint32 pairs
}

// annHash is the FNV-1a hash of an annotation's id (the upper 32 bits of
// the pair) and of its whole JSON (the lower).
func annHash(a annotation.Annotation) (id, content uint32) {
	h := fnv.New32a()
	h.Write([]byte(a.ID))
	id = h.Sum32()
	b, _ := json.Marshal(a) // a struct of strings and ints: never fails
	h = fnv.New32a()
	h.Write(b)
	return id, h.Sum32()
}

func digest(anns []annotation.Annotation) uint64 {
	var d uint64
	for _, a := range anns { // order-independent: a sum of per-annotation hashes
		id, c := annHash(a)
		d += uint64(id)<<32 | uint64(c)
	}
	return d
}

// MarkExported records that the document sha was exported at now with
// anns. It is a hint for the library: a storage error is returned but
// changes nothing else.
func MarkExported(kv store.KV, sha string, anns []annotation.Annotation, now time.Time) error {
	if kv == nil {
		return nil
	}
	m := mark{At: now.UTC(), N: len(anns), Digest: digest(anns)}
	if len(anns) <= MaxFingerprint {
		buf := make([]byte, 0, 8*len(anns))
		for _, a := range anns {
			id, c := annHash(a)
			buf = binary.BigEndian.AppendUint32(buf, id)
			buf = binary.BigEndian.AppendUint32(buf, c)
		}
		m.Per = base64.RawURLEncoding.EncodeToString(buf)
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return kv.Set(ExportPrefix+sha, string(data))
}

// Unexported returns when the document sha was last exported (zero:
// never, or the mark is unreadable) and how many of anns were added,
// changed or deleted since: len(anns) when never exported, 0 when the
// export holds exactly anns, -1 when they differ but the mark keeps no
// per-annotation fingerprint (more than MaxFingerprint annotations).
func Unexported(kv store.KV, sha string, anns []annotation.Annotation) (time.Time, int) {
	if kv == nil {
		return time.Time{}, len(anns)
	}
	v, ok, err := kv.Get(ExportPrefix + sha)
	var m mark
	if err != nil || !ok || json.Unmarshal([]byte(v), &m) != nil || m.At.IsZero() {
		return time.Time{}, len(anns)
	}
	if m.N == len(anns) && m.Digest == digest(anns) {
		return m.At, 0
	}
	buf, err := base64.RawURLEncoding.DecodeString(m.Per)
	if m.Per == "" || err != nil || len(buf) != 8*m.N {
		return m.At, -1
	}
	exported := make(map[uint32]uint32, m.N)
	for i := 0; i+8 <= len(buf); i += 8 {
		exported[binary.BigEndian.Uint32(buf[i:])] = binary.BigEndian.Uint32(buf[i+4:])
	}
	n, kept := 0, 0
	for _, a := range anns {
		id, c := annHash(a)
		old, ok := exported[id]
		if ok {
			kept++
		}
		if !ok || old != c {
			n++
		}
	}
	return m.At, n + len(exported) - kept // + the exported ones deleted since
}
