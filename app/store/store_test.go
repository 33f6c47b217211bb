package store_test

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

var _ annotation.Store = (*store.Store)(nil)

var t0 = time.Date(2016, 11, 29, 11, 11, 0, 0, time.UTC)

// newStore returns a Store over m with a clock that advances a minute per call.
func newStore(m store.KV) *store.Store {
	s := store.New(m)
	n := 0
	s.Now = func() time.Time { n++; return t0.Add(time.Duration(n) * time.Minute) }
	return s
}

func snapshot(t *testing.T, kv store.KV) map[string]string {
	t.Helper()
	keys, err := kv.Keys()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, k := range keys {
		v, _, _ := kv.Get(k)
		out[k] = v
	}
	return out
}

func clone(t *testing.T, kv store.KV, quota int) *store.Memory {
	m := store.NewMemory(quota)
	for k, v := range snapshot(t, kv) {
		if err := m.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func ann(t *testing.T, doc annotation.Document, id string, start, end int, l annotation.Label) annotation.Annotation {
	t.Helper()
	a, err := annotation.Select(doc.Text, start, end, l)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = id, annotation.Manual, annotation.Accepted
	return a
}

func code(t *testing.T, err error, want string) {
	t.Helper()
	if got := annotation.ErrorCode(err); got != want {
		t.Fatalf("error code %q, want %q (err: %v)", got, want, err)
	}
	if err != nil && annotation.ErrorMessage(err) == "" {
		t.Fatal("empty user message")
	}
}

var (
	// Case A1 (emoji before the span) and A21 (text not in NFC, CRLF kept).
	docA = annotation.NewDocument("عاجل", "🔴 عاجل: وزير الخارجية يصل إلى عمّان\r\nم\u0651\u064C")
	docB = annotation.NewDocument("الطبيبة", "👩🏽\u200d⚕️ الطبيبة في المستشفى")
)

func TestRoundTrip(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	if err := s.SaveDocument(docA); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDocument(docB); err != nil {
		t.Fatal(err)
	}
	anns := []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC), ann(t, docA, "a2", 37, 40, annotation.MISC)}
	anns[0].Note = "ملاحظة"
	code(t, s.SaveAnnotations(docA.SHA256, anns), "")

	// Reopen over the same KV: everything comes back exactly.
	s = newStore(m)
	d, got, err := s.Document(docA.SHA256)
	code(t, err, "")
	if d != docA || len(got) != 2 || got[0] != anns[0] || got[1] != anns[1] {
		t.Fatalf("Document = %+v %+v", d, got)
	}
	if got[0].Quote != "عمّان" || got[0].Start != 30 {
		t.Fatalf("A1 span changed: %+v", got[0])
	}
	list, err := s.Documents()
	code(t, err, "")
	if len(list) != 2 || list[0].SHA256 != docA.SHA256 || list[0].Count != 2 || list[0].Title != "عاجل" ||
		!list[0].Updated.Equal(t0.Add(3*time.Minute)) || list[1].SHA256 != docB.SHA256 || list[1].Count != 0 {
		t.Fatalf("Documents = %+v", list)
	}

	// Saving the document again (new DCT) keeps its annotations.
	docA2 := docA
	docA2.DCT = "2016-11-29T11:11"
	code(t, s.SaveDocument(docA2), "")
	d, got, err = s.Document(docA.SHA256)
	code(t, err, "")
	if d.DCT != "2016-11-29T11:11" || len(got) != 2 {
		t.Fatalf("after DCT change: %+v %d", d, len(got))
	}
	// Empty set.
	code(t, s.SaveAnnotations(docA.SHA256, nil), "")
	if _, got, _ = s.Document(docA.SHA256); got == nil || len(got) != 0 {
		t.Fatalf("empty set = %#v", got)
	}
}

func TestSaveRefusesInvalid(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	before := snapshot(t, m)

	bad := docA
	bad.Text += "x"
	code(t, s.SaveDocument(bad), annotation.EINVALID)
	code(t, s.SaveDocument(annotation.NewDocument("x", "a\xffb")), annotation.EINVALID)

	utf16 := ann(t, docA, "u", 30, 35, annotation.LOC)
	utf16.Start, utf16.End = 31, 36 // the UTF-16 reading of case A1
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{utf16}), annotation.EINVALID)
	dup := []annotation.Annotation{ann(t, docA, "d", 0, 1, annotation.MISC), ann(t, docA, "d", 3, 7, annotation.MISC)}
	code(t, s.SaveAnnotations(docA.SHA256, dup), annotation.EINVALID)
	code(t, s.SaveAnnotations(docB.SHA256, nil), annotation.ENOTFOUND)
	if !maps.Equal(before, snapshot(t, m)) {
		t.Fatal("a refused save changed storage")
	}
	_, _, err := s.Document("nope")
	code(t, err, annotation.ENOTFOUND)
}

func TestQuotaDocumentTooBig(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docB), "")
	m.Quota = m.Used() + 50
	before := snapshot(t, m)
	code(t, s.SaveDocument(docA), annotation.EQUOTA)
	if !maps.Equal(before, snapshot(t, m)) {
		t.Fatal("failed save changed storage")
	}
}

// The quota is such that the document record fits but the index update that
// follows does not: the record must be rolled back.
func TestQuotaFillsMidOperation(t *testing.T) {
	m := store.NewMemory(0)
	f := &failKV{Memory: m}
	s := newStore(f)
	code(t, s.SaveDocument(docB), "")
	before := snapshot(t, m)

	probe := clone(t, m, 0)
	code(t, newStore(probe).SaveDocument(docA), "")
	after := snapshot(t, probe)
	docSize := store.Size(store.DocPrefix+docA.SHA256, after[store.DocPrefix+docA.SHA256])
	indexGrowth := len(after[store.IndexKey]) - len(before[store.IndexKey]) // ASCII + Arabic title: UTF-16 ≥ this
	if indexGrowth <= 0 {
		t.Fatal("index did not grow")
	}
	m.Quota = m.Used() + docSize + 1 // record fits, index growth does not

	f.log = nil
	code(t, s.SaveDocument(docA), annotation.EQUOTA)
	if want := []string{"set " + store.DocPrefix + docA.SHA256, "remove " + store.DocPrefix + docA.SHA256}; !slices.Equal(f.log, want) {
		t.Fatalf("operations = %q, want %q", f.log, want)
	}
	if !maps.Equal(before, snapshot(t, m)) {
		t.Fatalf("storage changed after failed save:\n%v\n%v", before, snapshot(t, m))
	}
	list, err := s.Documents()
	code(t, err, "")
	if len(list) != 1 || list[0].SHA256 != docB.SHA256 {
		t.Fatalf("Documents = %+v", list)
	}
}

// Replacing an annotation set with a bigger one when storage is full keeps
// the old set.
func TestQuotaKeepsOldAnnotations(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	old := []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}
	code(t, s.SaveAnnotations(docA.SHA256, old), "")
	m.Quota = m.Used() + 10
	more := append(old, ann(t, docA, "a2", 9, 13, annotation.PER), ann(t, docA, "a3", 14, 22, annotation.ORG))
	code(t, s.SaveAnnotations(docA.SHA256, more), annotation.EQUOTA)
	_, got, err := s.Document(docA.SHA256)
	code(t, err, "")
	if len(got) != 1 || got[0] != old[0] {
		t.Fatalf("old annotations lost: %+v", got)
	}
}

// failKV fails Set on keys with a given prefix.
// It logs the sets and removes that succeed.
type failKV struct {
	*store.Memory
	prefix string
	err    error
	log    []string
}

func (f *failKV) Set(k, v string) error {
	if f.prefix != "" && strings.HasPrefix(k, f.prefix) {
		return f.err
	}
	err := f.Memory.Set(k, v)
	if err == nil {
		f.log = append(f.log, "set "+k)
	}
	return err
}

func (f *failKV) Remove(k string) error {
	f.log = append(f.log, "remove "+k)
	return f.Memory.Remove(k)
}

func TestIndexFailureRollsBackAnnotations(t *testing.T) {
	for _, cause := range []error{fmt.Errorf("browser: %w", store.ErrQuota), errors.New("SecurityError")} {
		f := &failKV{Memory: store.NewMemory(0)}
		s := newStore(f)
		code(t, s.SaveDocument(docA), "")
		old := []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}
		code(t, s.SaveAnnotations(docA.SHA256, old), "")
		before := snapshot(t, f)
		f.prefix, f.err = store.IndexKey, cause
		err := s.SaveAnnotations(docA.SHA256, nil)
		if want := map[bool]string{true: annotation.EQUOTA, false: annotation.EINTERNAL}[errors.Is(cause, store.ErrQuota)]; annotation.ErrorCode(err) != want {
			t.Fatalf("err = %v, want %s", err, want)
		}
		if !errors.Is(err, cause) {
			t.Fatalf("cause not wrapped: %v", err)
		}
		if !maps.Equal(before, snapshot(t, f)) {
			t.Fatal("annotations not rolled back")
		}
	}
}

func TestCorruptDocumentDoesNotHideOthers(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveDocument(docB), "")
	for i, raw := range []string{`{"version":1,"document":{"sha256":"`, `not json`, `{"version":0}`, `{"document":{}}`, `null`,
		`{"version":1,"document":{"sha256":"` + docA.SHA256 + `","text":"changed"}}`} {
		key := store.DocPrefix + docA.SHA256
		m.Set(key, raw)
		_, _, err := s.Document(docA.SHA256)
		code(t, err, annotation.ECORRUPT)
		if v, _, _ := m.Get(key); v != raw {
			t.Fatalf("raw value not left in place: %q", v)
		}
		copies := damagedCopies(t, s, key)
		if len(copies) != i+1 || !slices.Contains(copies, raw) {
			t.Fatalf("%q: copies = %q", raw, copies)
		}
		d, _, err := s.Document(docB.SHA256)
		if err != nil || d != docB {
			t.Fatalf("other document: %v", err)
		}
		list, err := s.Documents()
		if err != nil || len(list) != 2 {
			t.Fatalf("Documents = %+v, %v", list, err)
		}
		m.Remove(store.IndexKey) // not in the index: found by scanning, with a problem
		list, err = s.Documents()
		if err != nil || len(list) != 2 || problem(list, docA.SHA256) == "" || problem(list, docB.SHA256) != "" {
			t.Fatalf("rebuilt Documents = %+v, %v", list, err)
		}
	}
	// Saving the document again replaces the damaged record; copies stay.
	code(t, s.SaveDocument(docA), "")
	if _, _, err := s.Document(docA.SHA256); err != nil {
		t.Fatal(err)
	}
	if n := len(damagedCopies(t, s, store.DocPrefix+docA.SHA256)); n != 6 {
		t.Fatalf("%d copies kept, want 6", n)
	}
}

func problem(list []annotation.DocumentInfo, sha string) string {
	for _, d := range list {
		if d.SHA256 == sha {
			return d.Problem
		}
	}
	return "missing"
}

func damagedCopies(t *testing.T, s *store.Store, key string) []string {
	t.Helper()
	all, err := s.Damaged()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for k, v := range all {
		if strings.HasPrefix(k, store.CorruptPrefix+key+"/") {
			out = append(out, v)
		}
	}
	return out
}

func TestCorruptAnnotations(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	key := store.AnnPrefix + docA.SHA256
	raw := `{"version":1,"sha256":"` + docA.SHA256 + `","annotations":[{"id":"x","start":30,"end":35`
	m.Set(key, raw)
	d, anns, err := s.Document(docA.SHA256)
	code(t, err, annotation.ECORRUPT)
	if d != docA || len(anns) != 0 {
		t.Fatalf("document not returned with damaged annotations: %+v %v", d, anns)
	}
	// A new set can be saved; the damaged one stays available as a copy.
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "a", 30, 35, annotation.LOC)}), "")
	if c := damagedCopies(t, s, key); len(c) != 1 || c[0] != raw {
		t.Fatalf("copies = %q", c)
	}
}

func TestPartlyInvalidAnnotations(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	good := ann(t, docA, "a", 30, 35, annotation.LOC)
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{good}), "")
	key := store.AnnPrefix + docA.SHA256 + "/0" // the chunk of [0, BucketSpan)
	raw, _, _ := m.Get(key)
	raw = strings.Replace(raw, "\n", "\n31\t36\tb\tLOC\tmanual\taccepted\t\t\t\t\t\t\t\t=عمّان\t\t\n", 1)
	m.Set(key, raw)
	_, anns, err := s.Document(docA.SHA256)
	code(t, err, annotation.ECORRUPT)
	if len(anns) != 1 || anns[0] != good {
		t.Fatalf("valid annotations not loaded: %+v", anns)
	}
	if !strings.Contains(annotation.ErrorMessage(err), `"b"`) {
		t.Fatalf("message does not name the bad annotation: %s", annotation.ErrorMessage(err))
	}
}

// A damaged record that cannot be copied aside (storage full) is never
// overwritten.
func TestCorruptNotOverwrittenWithoutCopy(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	key := store.AnnPrefix + docA.SHA256
	raw := strings.Repeat("x", 200)
	m.Set(key, raw)
	m.Quota = m.Used() + 20
	_, _, err := s.Document(docA.SHA256)
	code(t, err, annotation.ECORRUPT)
	if !strings.Contains(annotation.ErrorMessage(err), "left in place") {
		t.Fatalf("message: %s", annotation.ErrorMessage(err))
	}
	code(t, s.SaveAnnotations(docA.SHA256, nil), annotation.EQUOTA)
	if v, _, _ := m.Get(key); v != raw {
		t.Fatal("damaged record overwritten without a copy")
	}
}

func TestCorruptIndexRebuilt(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "a", 30, 35, annotation.LOC)}), "")
	code(t, s.SaveDocument(docB), "")
	m.Set(store.IndexKey, `{"version":1,"documents":"oops"}`)
	list, err := s.Documents()
	code(t, err, "")
	if len(list) != 2 || list[0].SHA256 != docB.SHA256 || list[1].Count != 1 || list[1].Title != docA.Title {
		t.Fatalf("rebuilt list = %+v", list)
	}
	if c := damagedCopies(t, s, store.IndexKey); len(c) != 1 {
		t.Fatalf("index copy not kept: %q", c)
	}
	code(t, s.SaveDocument(annotation.NewDocument("ثالث", "نص")), "")
	if list, _ = s.Documents(); len(list) != 3 {
		t.Fatalf("after save: %+v", list)
	}
}

func TestFutureVersionRefused(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveDocument(docB), "")
	key := store.DocPrefix + docA.SHA256
	future := `{"version":2,"document":{"sha256":"` + docA.SHA256 + `"},"chapters":[]}`
	m.Set(key, future)
	_, _, err := s.Document(docA.SHA256)
	code(t, err, annotation.EVERSION)
	code(t, s.SaveDocument(docA), annotation.EVERSION)
	code(t, s.SaveAnnotations(docA.SHA256, nil), annotation.EVERSION)
	code(t, s.DeleteDocument(docA.SHA256), annotation.EVERSION)
	if v, _, _ := m.Get(key); v != future {
		t.Fatal("future record overwritten")
	}
	if _, _, err := s.Document(docB.SHA256); err != nil {
		t.Fatalf("other document: %v", err)
	}

	// A newer annotation set: the document opens, the set is refused.
	code(t, s.SaveDocument(annotation.NewDocument("c", "نص")), "")
	sha := annotation.Hash("نص")
	m.Set(store.AnnPrefix+sha, `{"version":3}`)
	d, _, err := s.Document(sha)
	code(t, err, annotation.EVERSION)
	if d.Text != "نص" {
		t.Fatal("document not returned")
	}
	code(t, s.SaveAnnotations(sha, nil), annotation.EVERSION)

	// A newer chunk (line or JSON form): refused, never overwritten.
	for _, v := range []string{"4\t" + docA.SHA256 + "\t0\t2030-01-01T00:00:00Z\nwhatever", `{"version":4}`} {
		key := store.AnnPrefix + docA.SHA256 + "/0"
		m.Set(key, store.ChunkTag+v)
		_, _, err := s.Document(docA.SHA256)
		code(t, err, annotation.EVERSION)
		code(t, s.PatchAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "n", 0, 2, annotation.MISC)}, nil), annotation.EVERSION)
		if got, _, _ := m.Get(key); got != store.ChunkTag+v {
			t.Fatal("newer chunk overwritten")
		}
		m.Remove(key)
	}

	// A newer index: listing and writing are refused, nothing is overwritten.
	m.Set(store.IndexKey, `{"version":2,"documents":[]}`)
	before := snapshot(t, m)
	_, err = s.Documents()
	code(t, err, annotation.EVERSION)
	code(t, s.SaveDocument(docB), annotation.EVERSION)
	if !maps.Equal(before, snapshot(t, m)) {
		t.Fatal("storage changed")
	}
}

func TestDeleteAndCurrent(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveDocument(docB), "")
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "a", 30, 35, annotation.LOC)}), "")
	cur, err := s.CurrentDocument()
	if cur != "" || err != nil {
		t.Fatalf("initial current = %q %v", cur, err)
	}
	code(t, s.SetCurrentDocument(docA.SHA256), "")
	code(t, s.SetCurrentDocument("feed"), annotation.ENOTFOUND)
	if cur, _ = s.CurrentDocument(); cur != docA.SHA256 {
		t.Fatalf("current = %q", cur)
	}
	code(t, s.DeleteDocument(docA.SHA256), "")
	code(t, s.DeleteDocument(docA.SHA256), annotation.ENOTFOUND)
	if cur, _ = s.CurrentDocument(); cur != "" {
		t.Fatalf("current after delete = %q", cur)
	}
	list, _ := s.Documents()
	if len(list) != 1 || list[0].SHA256 != docB.SHA256 {
		t.Fatalf("list = %+v", list)
	}
	for _, k := range must(m.Keys()) {
		if strings.Contains(k, docA.SHA256) {
			t.Fatalf("left behind: %s", k)
		}
	}
	// A damaged document can be deleted.
	m.Set(store.DocPrefix+docB.SHA256, "garbage")
	code(t, s.DeleteDocument(docB.SHA256), "")
	if list, _ := s.Documents(); len(list) != 0 {
		t.Fatalf("list = %+v", list)
	}
	// Damaged settings are reported.
	m.Set(store.SettingsKey, "{")
	_, err = s.CurrentDocument()
	code(t, err, annotation.ECORRUPT)
	code(t, s.SetCurrentDocument(""), "")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestMemoryQuotaUTF16(t *testing.T) {
	m := store.NewMemory(6)
	if err := m.Set("k", "😀ab"); err != nil { // 1 + 2 + 2 = 5 units
		t.Fatal(err)
	}
	if m.Used() != 5 {
		t.Fatalf("Used = %d", m.Used())
	}
	if err := m.Set("k", "😀😀"); err != nil { // 1 + 4 = 5 units
		t.Fatal(err)
	}
	if err := m.Set("k", "😀😀😀"); !errors.Is(err, store.ErrQuota) {
		t.Fatalf("over quota: %v", err)
	}
	if v, _, _ := m.Get("k"); v != "😀😀" {
		t.Fatalf("value after failed set = %q", v)
	}
	m.Remove("k")
	if m.Used() != 0 {
		t.Fatal("remove did not free")
	}
}
