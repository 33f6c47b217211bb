package doclib

import (
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

func ann(id string, text []rune, s, e int, l annotation.Label, st annotation.Status) annotation.Annotation {
	return annotation.Annotation{ID: id, Start: s, End: e, Quote: string(text[s:e]), Label: l, Source: annotation.Manual, Status: st}
}

func setup(t *testing.T) (*store.Store, *store.Memory, annotation.Document, []annotation.Annotation) {
	t.Helper()
	kv := store.NewMemory(0)
	st := store.New(kv)
	text := "قال محمد إن القاهرة ستستضيف القمة"
	doc := annotation.NewDocument("القمة", text)
	doc.DCT = "2016-11-29"
	r := []rune(text)
	anns := []annotation.Annotation{
		ann("a", r, 4, 8, "PER", annotation.Accepted),
		ann("b", r, 12, 19, "LOC", annotation.Suggested),
		ann("c", r, 28, 33, "MISC", annotation.Rejected),
	}
	if err := st.SaveDocument(doc); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
		t.Fatal(err)
	}
	other := annotation.NewDocument("أخبار الطقس", "الطقس اليوم مُشمِس في عمّان")
	if err := st.SaveDocument(other); err != nil {
		t.Fatal(err)
	}
	return st, kv, doc, anns
}

func TestLoadCountsAndSearch(t *testing.T) {
	st, kv, doc, _ := setup(t)
	lib, err := Load(st, kv, nil)
	if err != nil || len(lib) != 2 {
		t.Fatalf("Load: %v %d", err, len(lib))
	}
	var e Entry
	for _, x := range lib {
		if x.SHA256 == doc.SHA256 {
			e = x
		}
	}
	if e.Title != "القمة" || e.DCT != "2016-11-29" || e.Accepted != 1 || e.Suggested != 1 || e.Rejected != 1 || e.Total != 3 || e.Chars != 33 {
		t.Errorf("entry %+v", e)
	}
	if !e.Exported.IsZero() || e.Unexported != 3 || !e.Dirty() {
		t.Errorf("never exported: %v %d", e.Exported, e.Unexported)
	}
	// Title and text, folded: hamza, tashkeel, shadda.
	for q, want := range map[string]int{"": 2, "القاهره": 1, "مشمس": 1, "عمان": 1, "الطقس": 1, "قمة": 1, "بيروت": 0, "  ": 2} {
		if got := len(Filter(lib, q)); got != want {
			t.Errorf("Filter(%q) = %d, want %d", q, got, want)
		}
	}
}

func TestExportMark(t *testing.T) {
	st, kv, doc, anns := setup(t)
	at := time.Date(2026, 12, 3, 1, 0, 0, 0, time.UTC)
	if err := MarkExported(kv, doc.SHA256, anns, at); err != nil {
		t.Fatal(err)
	}
	if got, n := Unexported(kv, doc.SHA256, anns); !got.Equal(at) || n != 0 {
		t.Errorf("just exported: %v %d", got, n)
	}
	r := []rune(doc.Text)
	more := append(append([]annotation.Annotation(nil), anns...), ann("d", r, 0, 3, "MISC", annotation.Accepted))
	if _, n := Unexported(kv, doc.SHA256, more); n != 1 {
		t.Errorf("one added: %d", n)
	}
	changed := append([]annotation.Annotation(nil), anns...)
	changed[1].Status = annotation.Accepted
	if _, n := Unexported(kv, doc.SHA256, changed); n != 1 {
		t.Errorf("one changed: %d", n)
	}
	if _, n := Unexported(kv, doc.SHA256, anns[:1]); n != 2 {
		t.Errorf("two deleted: %d", n)
	}
	// Order does not matter.
	rev := []annotation.Annotation{anns[2], anns[0], anns[1]}
	if _, n := Unexported(kv, doc.SHA256, rev); n != 0 {
		t.Errorf("reordered: %d", n)
	}
	lib, _ := Load(st, kv, nil)
	for _, e := range lib {
		if e.SHA256 == doc.SHA256 && (e.Dirty() || !e.Exported.Equal(at)) {
			t.Errorf("library after export: %+v", e)
		}
	}
	// A big set keeps only a digest: changed, count unknown.
	big := make([]annotation.Annotation, MaxFingerprint+1)
	for i := range big {
		big[i] = annotation.Annotation{ID: string(rune('a'+i%26)) + time.Duration(i).String()}
	}
	_ = MarkExported(kv, "x", big, at)
	if v, _, _ := kv.Get(ExportPrefix + "x"); len(v) > 200 {
		t.Errorf("big mark is %d units", len(v))
	}
	if _, n := Unexported(kv, "x", big[1:]); n != -1 {
		t.Errorf("big changed: %d", n)
	}
	if _, n := Unexported(kv, "x", big); n != 0 {
		t.Errorf("big unchanged: %d", n)
	}
	// A damaged mark counts as never exported.
	_ = kv.Set(ExportPrefix+doc.SHA256, "{")
	if got, n := Unexported(kv, doc.SHA256, anns); !got.IsZero() || n != 3 {
		t.Errorf("damaged mark: %v %d", got, n)
	}
}

func TestRenameDeleteRestore(t *testing.T) {
	st, kv, doc, anns := setup(t)
	if _, err := Rename(st, doc.SHA256, "  "); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("empty title: %v", err)
	}
	if _, err := Rename(st, doc.SHA256, " قمة القاهرة "); err != nil {
		t.Fatal(err)
	}
	d, got, _ := st.Document(doc.SHA256)
	if d.Title != "قمة القاهرة" || len(got) != 3 || d.Text != doc.Text {
		t.Errorf("renamed: %q %d", d.Title, len(got))
	}
	hist := MetaPrefix + "v1/history/" + doc.SHA256
	other := MetaPrefix + "v1/history/" + "ffff"
	_ = kv.Set(hist, `{"events":[1]}`)
	_ = kv.Set(other, "keep")
	_ = MarkExported(kv, doc.SHA256, anns, time.Now())
	trash, err := Delete(st, kv, doc.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Document(doc.SHA256); annotation.ErrorCode(err) != annotation.ENOTFOUND {
		t.Errorf("after delete: %v", err)
	}
	if _, ok, _ := kv.Get(hist); ok {
		t.Error("the undo history survived the delete")
	}
	if _, ok, _ := kv.Get(ExportPrefix + doc.SHA256); ok {
		t.Error("the export mark survived the delete")
	}
	if v, _, _ := kv.Get(other); v != "keep" {
		t.Error("another document's history was removed")
	}
	if err := Restore(st, kv, trash); err != nil {
		t.Fatal(err)
	}
	d, got, err = st.Document(doc.SHA256)
	if err != nil || d.Title != "قمة القاهرة" || d.DCT != doc.DCT || len(got) != 3 {
		t.Errorf("restored: %v %+v %d", err, d, len(got))
	}
	if v, _, _ := kv.Get(hist); v != `{"events":[1]}` {
		t.Errorf("history not restored: %q", v)
	}
	if _, n := Unexported(kv, doc.SHA256, got); n != 0 {
		t.Errorf("export mark not restored: %d", n)
	}
}

// A restore that does not fit in storage leaves nothing half-restored.
func TestRestoreQuota(t *testing.T) {
	st, kv, doc, _ := setup(t)
	trash, err := Delete(st, kv, doc.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	used := 0
	keys, _ := kv.Keys()
	for _, k := range keys {
		v, _, _ := kv.Get(k)
		used += store.Size(k, v)
	}
	kv.Quota = used + 200 // room for the document record, not its annotations
	err = Restore(st, kv, trash)
	if annotation.ErrorCode(err) != annotation.EQUOTA {
		t.Fatalf("restore over quota: %v", err)
	}
	if _, _, err := st.Document(doc.SHA256); annotation.ErrorCode(err) != annotation.ENOTFOUND {
		t.Errorf("half-restored document left: %v", err)
	}
	kv.Quota = 0
	if err := Restore(st, kv, trash); err != nil {
		t.Errorf("retry: %v", err)
	}
}
