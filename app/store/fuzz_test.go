package store

import (
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

// FuzzChunk: whatever a stored chunk holds (damaged by hand, by another
// program or by a disk), reading it never panics: it yields valid
// annotations of the text, or an error the store reports (and keeps a
// copy of the chunk); a chunk it reads whole is written back to the same
// annotations.
func FuzzChunk(f *testing.F) {
	text := "🔴 عاجل: وزير الخارجية يصل إلى عمّان\r\nم\u0651\u064C"
	doc := annotation.NewDocument("t", text)
	dt := newDocText(text)
	r := []rune(text)
	a := annotation.Annotation{ID: "a", Start: 30, End: 35, Quote: string(r[30:35]), Label: annotation.LOC, Source: annotation.Manual, Status: annotation.Accepted, Note: "x\ty"}
	a.Prefix, a.Suffix = dt.context(30, 35)
	rec := chunkRecord{Version: chunkLineVersion, SHA256: doc.SHA256, Updated: time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), Annotations: []annotation.Annotation{a}}
	f.Add(encodeChunkLines(rec, dt))
	f.Add(ChunkTag + `{"version":2,"sha256":"` + doc.SHA256 + `","bucket":0,"annotations":[{"id":"a","start":30,"end":35,"quote":"عمّان","label":"LOC","source":"manual","status":"accepted"}]}`)
	f.Add(ChunkTag + "3\t" + doc.SHA256 + "\t0\t2026-12-03T00:00:00Z\n-1\t99999999999999999999\ta")
	f.Fuzz(func(t *testing.T, raw string) {
		m := NewMemory(0)
		s := New(m)
		if err := s.SaveDocument(doc); err != nil {
			t.Fatal(err)
		}
		key := chunkKey(doc.SHA256, 0)
		m.Set(key, raw)
		_, anns, err := New(m).Document(doc.SHA256)
		if err != nil && annotation.ErrorMessage(err) == "" {
			t.Fatalf("error without a message: %v", err)
		}
		for _, x := range anns {
			if err := x.ValidateRunes(r); err != nil {
				t.Fatalf("read an invalid annotation %+v: %v", x, err)
			}
		}
		if err != nil {
			if annotation.ErrorCode(err) == annotation.ECORRUPT {
				if d, _ := s.Damaged(); len(d) == 0 {
					t.Fatal("a damaged chunk was not kept")
				}
			}
			return
		}
		if err := New(m).SaveAnnotations(doc.SHA256, anns); err != nil {
			t.Fatalf("annotations read whole cannot be saved again: %v", err)
		}
		_, again, err := New(m).Document(doc.SHA256)
		if err != nil || len(again) != len(anns) {
			t.Fatalf("written back: %d of %d, %v", len(again), len(anns), err)
		}
	})
}
