package store_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// The store of today reads what version 1 wrote (a stored fixture) and
// migrates it to chunks, losing nothing.
func TestMigrateV1Fixture(t *testing.T) {
	data, err := os.ReadFile("testdata/v1-localstorage.json")
	if err != nil {
		t.Fatal(err)
	}
	var kv map[string]string
	if err := json.Unmarshal(data, &kv); err != nil {
		t.Fatal(err)
	}
	m := store.NewMemory(0)
	for k, v := range kv {
		m.Set(k, v)
	}
	s := newStore(m)
	sha, err := s.CurrentDocument()
	code(t, err, "")
	doc, anns, err := s.Document(sha)
	code(t, err, "")
	if doc.Title != "عاجل" || doc.DCT != "2016-11-29" || len(anns) != 3 {
		t.Fatalf("read %+v, %d annotations", doc, len(anns))
	}
	var old struct{ Annotations []annotation.Annotation }
	json.Unmarshal([]byte(kv[store.AnnPrefix+sha]), &old)
	sortByID := func(a []annotation.Annotation) {
		slices.SortFunc(a, func(x, y annotation.Annotation) int { return strings.Compare(x.ID, y.ID) })
	}
	sortByID(anns)
	sortByID(old.Annotations)
	if !slices.Equal(anns, old.Annotations) {
		t.Fatalf("migrated %+v\nwant %+v", anns, old.Annotations)
	}
	if _, ok, _ := m.Get(store.AnnPrefix + sha); ok {
		t.Error("the version 1 record is still there after migration")
	}
	if v, ok, _ := m.Get(store.AnnPrefix + sha + "/0"); !ok || !strings.HasPrefix(v, store.ChunkTag+"3\t") {
		t.Errorf("chunk 0 = %.60q", v)
	}
	_, again, err := newStore(m).Document(sha)
	if sortByID(again); err != nil || !slices.Equal(again, anns) {
		t.Fatalf("after migration: %v %+v", err, again)
	}
	// No room for the chunks: the version 1 record stays and is read.
	full := store.NewMemory(0)
	for k, v := range kv {
		full.Set(k, v)
	}
	full.Quota = full.Used()
	if _, anns, err := newStore(full).Document(sha); err != nil || len(anns) != 3 {
		t.Fatalf("full storage: %v %d", err, len(anns))
	}
	if _, ok, _ := full.Get(store.AnnPrefix + sha); !ok {
		t.Fatal("the version 1 record was removed without its chunks written")
	}
}

// big returns a document long enough for several chunks and annotations
// spread over it.
func big(t *testing.T) (annotation.Document, []annotation.Annotation) {
	doc := annotation.NewDocument("طويل", strings.Repeat("وصل الوزير إلى عمّان أمس. ", 1500))
	var anns []annotation.Annotation
	for i := 0; i < 300; i++ {
		start := i * 120
		anns = append(anns, ann(t, doc, "n"+strings.Repeat("x", i%3)+string(rune('a'+i%26))+string(rune('a'+i/26)), start, start+3, annotation.LOC))
	}
	return doc, anns
}

// A patch rewrites only the chunks it touches and the index.
func TestPatchWritesOneChunk(t *testing.T) {
	c := &countKV{Memory: store.NewMemory(0), sets: map[string]int{}}
	s := newStore(c)
	doc, anns := big(t)
	code(t, s.SaveDocument(doc), "")
	code(t, s.SaveAnnotations(doc.SHA256, anns), "")
	clear(c.sets)
	a := anns[200]
	a.Label = annotation.ORG
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{a}, nil), "")
	if len(c.sets) != 2 || c.sets[store.IndexKey] != 1 || c.sets[store.AnnPrefix+doc.SHA256+"/"+itoa(a.Start/store.BucketSpan)] != 1 {
		t.Fatalf("writes: %v", c.sets)
	}
	code(t, s.PatchAnnotations(doc.SHA256, nil, []annotation.Annotation{anns[5]}), "")
	_, got, err := newStore(c).Document(doc.SHA256)
	code(t, err, "")
	if len(got) != len(anns)-1 || slices.ContainsFunc(got, func(x annotation.Annotation) bool { return x.ID == anns[5].ID }) {
		t.Fatalf("after delete: %d", len(got))
	}
	if list, _ := s.Documents(); list[0].Count != len(anns)-1 {
		t.Fatalf("index count %d", list[0].Count)
	}
	// Nothing is written when a put is invalid or storage is full.
	before := snapshot(t, c)
	bad := anns[7]
	bad.End = 10_000_000
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{anns[8], bad}, nil), annotation.EINVALID)
	c.Quota = c.Used() + 5
	extra := ann(t, doc, "extra", 0, 3, annotation.PER)
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{extra, a}, []annotation.Annotation{anns[250]}), annotation.EQUOTA)
	if after := snapshot(t, c); len(after) != len(before) {
		t.Fatal("a failed patch changed storage")
	} else {
		for k, v := range before {
			if after[k] != v {
				t.Fatalf("a failed patch changed %s", k)
			}
		}
	}
}

// Two stores (two tabs) over one storage, each patching its own
// annotations at the same moment, in the same chunks: nothing is lost.
func TestTwoTabsPatchSimultaneously(t *testing.T) {
	m := store.NewMemory(0)
	doc, anns := big(t)
	setup := newStore(m)
	code(t, setup.SaveDocument(doc), "")
	code(t, setup.SaveAnnotations(doc.SHA256, anns[:10]), "")
	tab1, tab2 := newStore(m), newStore(m)
	tab1.Document(doc.SHA256) // both have the chunks cached
	tab2.Document(doc.SHA256)
	var mu sync.Mutex // localStorage serializes writes; interleave calls
	var wg sync.WaitGroup
	for i, tab := range []*store.Store{tab1, tab2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 10 + i; j < len(anns); j += 2 {
				mu.Lock()
				err := tab.PatchAnnotations(doc.SHA256, []annotation.Annotation{anns[j]}, nil)
				mu.Unlock()
				if err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	_, got, err := newStore(m).Document(doc.SHA256)
	code(t, err, "")
	if len(got) != len(anns) {
		t.Fatalf("%d of %d annotations stored", len(got), len(anns))
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Chunks of version 2 (JSON, quote and context included) are read as they
// are, and written as version 3 when they change, losing nothing.
func TestReadsJSONChunks(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	a, b := ann(t, docA, "a1", 30, 35, annotation.LOC), ann(t, docA, "a2", 9, 13, annotation.PER)
	a.Note = "tab\there"
	body, _ := json.Marshal(map[string]any{"version": 2, "sha256": docA.SHA256, "bucket": 0, "updated": "2026-12-01T10:00:00Z", "annotations": []annotation.Annotation{a, b}})
	m.Set(store.AnnPrefix+docA.SHA256+"/0", store.ChunkTag+string(body))
	_, got, err := newStore(m).Document(docA.SHA256)
	code(t, err, "")
	if len(got) != 2 || !slices.Contains(got, a) || !slices.Contains(got, b) {
		t.Fatalf("read %+v", got)
	}
	c := ann(t, docA, "a3", 0, 2, annotation.MISC)
	s = newStore(m)
	code(t, s.PatchAnnotations(docA.SHA256, []annotation.Annotation{c}, nil), "")
	if v, _, _ := m.Get(store.AnnPrefix + docA.SHA256 + "/0"); !strings.HasPrefix(v, store.ChunkTag+"3\t") {
		t.Fatalf("not rewritten as version 3: %.60q", v)
	}
	_, got, err = newStore(m).Document(docA.SHA256)
	code(t, err, "")
	if len(got) != 3 || !slices.Contains(got, a) || !slices.Contains(got, b) || !slices.Contains(got, c) {
		t.Fatalf("after the patch %+v", got)
	}
}

// getKV counts Gets per key.
type getKV struct {
	*store.Memory
	gets map[string]int
}

func (g *getKV) Get(k string) (string, bool, error) {
	g.gets[k]++
	return g.Memory.Get(k)
}

// A patch does not read the document's text again once the Store has read
// it (a book-length text costs tens of milliseconds per read in the
// browser), and still refuses a document deleted meanwhile.
func TestPatchDoesNotRereadText(t *testing.T) {
	g := &getKV{Memory: store.NewMemory(0), gets: map[string]int{}}
	s := newStore(g)
	doc, anns := big(t)
	code(t, s.SaveDocument(doc), "")
	code(t, s.SaveAnnotations(doc.SHA256, anns), "")
	_, _, err := s.Document(doc.SHA256)
	code(t, err, "")
	clear(g.gets)
	a := anns[200]
	a.Label = annotation.ORG
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{a}, nil), "")
	if n := g.gets[store.DocPrefix+doc.SHA256]; n != 0 {
		t.Errorf("the document was read %d times for a patch", n)
	}
	_, got, err := newStore(g.Memory).Document(doc.SHA256)
	code(t, err, "")
	if i := slices.IndexFunc(got, func(x annotation.Annotation) bool { return x.ID == a.ID }); i < 0 || got[i].Label != annotation.ORG {
		t.Fatal("the patch was not stored")
	}
	// Deleted by another tab: nothing is written.
	code(t, g.Memory.Remove(store.DocPrefix+doc.SHA256), "")
	code(t, s.PatchAnnotations(doc.SHA256, []annotation.Annotation{anns[3]}, nil), annotation.ENOTFOUND)
}
