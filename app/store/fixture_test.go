package store_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// fixtureDoc is the document of the stored fixtures testdata/v2- and
// v3-localstorage.json: an emoji before the first span (UTF-16 ≠ code
// points), a CRLF, a span not in NFC, and text past BucketSpan so that the
// annotations fill two chunks. Written for these tests (no third-party
// text).
func fixtureDoc() annotation.Document {
	head := "🔴 عاجل: وزير الخارجية يصل إلى عمّان يوم ٢٩ نوفمبر ٢٠١٦\r\nم\u0651\u064C قال الوزير إن الاجتماع في 28 صفر 1438 هـ. "
	tail := strings.Repeat("وصل الوفد إلى القاهرة أمس. ", 160) + "واختتمت القمة في بيروت."
	doc := annotation.NewDocument("عاجل: الوزير في عمّان", head+tail)
	doc.DCT = "2016-11-29"
	return doc
}

// fixtureAnns are the annotations stored in the fixtures: every field the
// record carries (notes with tabs, line breaks and backslashes, TIMEX3
// value, type, calendar, Hijri, mod, entity group, calendar link), each
// source and status, and one in the second chunk.
func fixtureAnns(t *testing.T, doc annotation.Document) []annotation.Annotation {
	r := []rune(doc.Text)
	at := func(quote string, from int) int {
		i := strings.Index(string(r[from:]), quote)
		if i < 0 {
			t.Fatalf("%q not in the fixture text", quote)
		}
		return from + len([]rune(string(r[from:])[:i]))
	}
	span := func(id, quote string, from int, l annotation.Label) annotation.Annotation {
		s := at(quote, from)
		return ann(t, doc, id, s, s+len([]rune(quote)), l)
	}
	minister := span("a-title", "وزير الخارجية", 0, annotation.MISC)
	minister.Note = "tab\there\nline 2 \\ end"
	amman := span("a-amman", "عمّان", 0, annotation.LOC)
	amman.Entity = "e-amman"
	date := span("auto-44-58-DATE", "٢٩ نوفمبر ٢٠١٦", 0, annotation.DATE)
	date.Source, date.Status, date.Type, date.Value, date.Calendar = annotation.Auto, annotation.Suggested, "DATE", "2016-11-29", "gregorian"
	hijri := span("auto-hijri", "28 صفر 1438 هـ", 0, annotation.DATE)
	hijri.Source, hijri.Status, hijri.Type, hijri.Value, hijri.Calendar, hijri.Hijri = annotation.Auto, annotation.Accepted, "DATE", "2016-11-28", "hijri", "1438-02-28"
	hijri.Link = date.ID
	nfd := span("a-nfd", "م\u0651\u064C", 0, annotation.MISC)
	nfd.Status = annotation.Rejected
	far := span("a-beirut", "بيروت", store.BucketSpan, annotation.LOC)
	cairo := span("a-cairo", "القاهرة", store.BucketSpan-300, annotation.LOC)
	return []annotation.Annotation{minister, amman, date, hijri, nfd, far, cairo}
}

var fixtureLinks = []annotation.Link{{ID: "l1", From: "a-title", To: "a-amman", Type: annotation.LocatedIn, Note: "«في» عمّان"}}

// writeFixture writes testdata/name from the store of today, once (it
// refuses to overwrite: a fixture is what an older build wrote).
func writeFixture(t *testing.T, name string) {
	path := "testdata/" + name
	if _, err := os.Stat(path); err == nil {
		t.Fatalf("%s exists; fixtures are never rewritten", path)
	}
	m := store.NewMemory(0)
	s := newStore(m)
	doc := fixtureDoc()
	code(t, s.SaveDocument(doc), "")
	code(t, s.SaveAnnotations(doc.SHA256, fixtureAnns(t, doc)), "")
	code(t, s.SaveLinks(doc.SHA256, fixtureLinks), "")
	code(t, s.SetCurrentDocument(doc.SHA256), "")
	data, err := json.MarshalIndent(snapshot(t, m), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The store of today reads the records of the current chunk version
// (version 3, a stored fixture written by the store at the time) and of
// version 2 (JSON chunks), losing nothing: the same document, DCT,
// annotations (every field) and links. A change then rewrites only the
// chunk it touches, and the result reads back whole. If a new chunk
// version is introduced, these fixtures stay as they are: they are what
// browsers hold today.
func TestCurrentVersionFixtures(t *testing.T) {
	if os.Getenv("HASHIYA_WRITE_STORE_FIXTURE") == "v3" {
		writeFixture(t, "v3-localstorage.json")
	}
	for _, tc := range []struct {
		file, chunkPrefix string
	}{
		{"v3-localstorage.json", store.ChunkTag + "3\t"},
		{"v2-localstorage.json", store.ChunkTag + `{"version":2,`},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			var kv map[string]string
			if err := json.Unmarshal(data, &kv); err != nil {
				t.Fatal(err)
			}
			m := store.NewMemory(0)
			chunks := 0
			for k, v := range kv {
				m.Set(k, v)
				if strings.HasPrefix(k, store.AnnPrefix) {
					chunks++
					if !strings.HasPrefix(v, tc.chunkPrefix) {
						t.Fatalf("fixture chunk %s is not of this version: %.40q", k, v)
					}
				}
			}
			if chunks != 2 {
				t.Fatalf("fixture has %d chunks, want 2", chunks)
			}
			want := fixtureDoc()
			wantAnns := fixtureAnns(t, want)
			s := newStore(m)
			sha, err := s.CurrentDocument()
			code(t, err, "")
			doc, anns, err := s.Document(sha)
			code(t, err, "")
			if doc != want {
				t.Fatalf("document %+v\nwant %+v", doc, want)
			}
			byID := func(a, b annotation.Annotation) int { return strings.Compare(a.ID, b.ID) }
			slices.SortFunc(anns, byID)
			slices.SortFunc(wantAnns, byID)
			if !slices.Equal(anns, wantAnns) {
				t.Fatalf("annotations\n got %+v\nwant %+v", anns, wantAnns)
			}
			links, err := s.Links(sha)
			if err != nil || !slices.Equal(links, fixtureLinks) {
				t.Fatalf("links %v %v", links, err)
			}
			if list, err := s.Documents(); err != nil || len(list) != 1 || list[0].Count != len(wantAnns) || list[0].Title != want.Title {
				t.Fatalf("index %+v %v", list, err)
			}
			if d, err := s.Damaged(); err != nil || len(d) != 0 {
				t.Fatalf("damaged after reading: %v %v", d, err)
			}
			// An edit in the first chunk rewrites that chunk (as the
			// current version) and leaves the second as it was.
			second := store.AnnPrefix + sha + "/1"
			before, _, _ := m.Get(second)
			edit := wantAnns[slices.IndexFunc(wantAnns, func(a annotation.Annotation) bool { return a.ID == "a-amman" })]
			edit.Label = annotation.ORG
			code(t, s.PatchAnnotations(sha, []annotation.Annotation{edit}, nil), "")
			if after, _, _ := m.Get(second); after != before {
				t.Error("an edit in chunk 0 rewrote chunk 1")
			}
			if v, _, _ := m.Get(store.AnnPrefix + sha + "/0"); !strings.HasPrefix(v, store.ChunkTag+"3\t") {
				t.Errorf("chunk 0 after the edit: %.40q", v)
			}
			_, again, err := newStore(m).Document(sha)
			code(t, err, "")
			if len(again) != len(wantAnns) || !slices.Contains(again, edit) {
				t.Fatalf("after the edit: %+v", again)
			}
		})
	}
}
