package session

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
)

const text = "الثلاثاء 29 نوفمبر 2016\nوصل حفتر إلى موسكو أمس"

// fakeAnnotate suggests حفتر (PER), موسكو (LOC) and أمس (DATE, resolved
// against the DCT), like pipeline.Annotate but without the models.
func fakeAnnotate(doc annotation.Document, opt pipeline.Options) (pipeline.Result, error) {
	dct, src := opt.DCT, pipeline.SourceOverride
	if dct.IsZero() {
		dct, src = time.Date(2016, 11, 29, 0, 0, 0, 0, time.UTC), pipeline.SourceDateline
	}
	r := []rune(doc.Text)
	var anns []annotation.Annotation
	add := func(word string, l annotation.Label, value string) {
		i := strings.Index(doc.Text, word)
		if i < 0 {
			return
		}
		s := len([]rune(doc.Text[:i]))
		e := s + len([]rune(word))
		a, _ := annotation.Select(string(r), s, e, l)
		a.ID, a.Source, a.Status, a.Value = pipeline.ID(s, e, l), annotation.Auto, annotation.Suggested, value
		if l.IsTemporal() {
			a.Type = string(l)
		}
		anns = append(anns, a)
	}
	add("حفتر", annotation.PER, "")
	add("موسكو", annotation.LOC, "")
	add("أمس", annotation.DATE, dct.AddDate(0, 0, -1).Format("2006-01-02"))
	return pipeline.Result{DCT: dct, DCTSource: src, Annotations: anns}, nil
}

func newSession(t *testing.T, quota int) (*Session, *store.Memory) {
	t.Helper()
	kv := store.NewMemory(quota)
	s := New(store.New(kv), kv)
	s.Annotate = fakeAnnotate
	return s, kv
}

func find(s *Session, quote string, l annotation.Label) annotation.Annotation {
	for _, a := range s.Anns() {
		if a.Quote == quote && a.Label == l {
			return a
		}
	}
	return annotation.Annotation{}
}

func TestOpenStoresAndReloads(t *testing.T) {
	s, kv := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	if len(s.Anns()) != 3 || s.Doc.DCT != "2016-11-29" || s.DCTSource != pipeline.SourceDateline {
		t.Fatalf("open: %d anns, DCT %q %q", len(s.Anns()), s.Doc.DCT, s.DCTSource)
	}
	a, err := s.Add(3, 9, annotation.MISC) // any span: code points
	if err != nil || a.Source != annotation.Manual || a.Status != annotation.Accepted || a.Quote != string([]rune(text)[3:9]) {
		t.Fatalf("Add = %+v, %v", a, err)
	}
	// A new session over the same storage (a reload) sees the same state.
	s2 := New(store.New(kv), kv)
	s2.Annotate = func(annotation.Document, pipeline.Options) (pipeline.Result, error) {
		t.Fatal("the recognizers ran again for a stored document")
		return pipeline.Result{}, nil
	}
	opened, err := s2.OpenCurrent(annotation.NewDocument("other", "نص آخر"))
	if err != nil || !opened || s2.Doc.SHA256 != doc.SHA256 || len(s2.Anns()) != 4 {
		t.Fatalf("reload: opened=%v err=%v doc=%s anns=%d", opened, err, s2.Doc.SHA256, len(s2.Anns()))
	}
	if s2.DCTSource != pipeline.SourceDateline || s2.Dateline != "2016-11-29" {
		t.Errorf("reload DCT source %q, dateline %q", s2.DCTSource, s2.Dateline)
	}
	if s2.DetectDateline() {
		t.Error("a DCT taken from the dateline needs no detection")
	}
}

// A stored document whose DCT was set by hand has its dateline (the DCT
// field's hint) detected only when the page asks, after it is shown.
func TestDatelineDetectedLater(t *testing.T) {
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDCT("2020-01-10"); err != nil {
		t.Fatal(err)
	}
	s2 := New(store.New(kv), kv)
	if err := s2.OpenStored(s.Doc.SHA256); err != nil || s2.DCTSource != pipeline.SourceOverride {
		t.Fatalf("reload: %v %q", err, s2.DCTSource)
	}
	if s2.Dateline != "" {
		t.Errorf("dateline detected on open: %q", s2.Dateline)
	}
	if !s2.DetectDateline() || s2.Dateline != "2016-11-29" {
		t.Errorf("DetectDateline: %q", s2.Dateline)
	}
	if s2.DetectDateline() {
		t.Error("detected twice")
	}
}

func TestReviewAndRelabel(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	if err := s.SetStatus(per.ID, annotation.Accepted); err != nil {
		t.Fatal(err)
	}
	loc := find(s, "موسكو", annotation.LOC)
	if err := s.Relabel(loc.ID, annotation.ORG); err != nil {
		t.Fatal(err)
	}
	if a := get(s, loc.ID); a.Label != annotation.ORG || a.Status != annotation.Accepted {
		t.Errorf("relabel: %+v", a)
	}
	date := find(s, "أمس", annotation.DATE)
	if err := s.Relabel(date.ID, annotation.PER); err != nil {
		t.Fatal(err)
	}
	if a := get(s, date.ID); a.Value != "" || a.Type != "" {
		t.Errorf("temporal fields kept on an entity label: %+v", a)
	}
	if err := s.Delete(per.ID); err != nil || has(s, per.ID) {
		t.Errorf("delete: %v", err)
	}
	if err := s.Delete("nope"); annotation.ErrorCode(err) != annotation.ENOTFOUND {
		t.Errorf("delete missing: %v", err)
	}
	// Adding the same span and label again accepts the existing one.
	n := len(s.Anns())
	if a, err := s.Add(loc.Start, loc.End, annotation.ORG); err != nil || a.ID != loc.ID || len(s.Anns()) != n {
		t.Errorf("duplicate add: %+v %v (%d→%d)", a, err, n, len(s.Anns()))
	}
	if _, err := s.Add(2, 2, annotation.PER); err == nil {
		t.Error("empty span added")
	}
	if _, err := s.Add(0, 999, annotation.PER); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("out of range span: %v", err)
	}
}

// Overriding the DCT re-resolves suggestions and keeps reviewed work.
func TestSetDCTKeepsWork(t *testing.T) {
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	s.SetStatus(per.ID, annotation.Rejected)
	manual, _ := s.Add(0, 8, annotation.DATE)
	if got := find(s, "أمس", annotation.DATE).Value; got != "2016-11-28" {
		t.Fatalf("before: %q", got)
	}
	if err := s.SetDCT("2020-01-10"); err != nil {
		t.Fatal(err)
	}
	if got := find(s, "أمس", annotation.DATE).Value; got != "2020-01-09" {
		t.Errorf("suggestion not re-resolved: %q", got)
	}
	if a := get(s, per.ID); a.Status != annotation.Rejected {
		t.Errorf("rejected suggestion came back: %+v", a)
	}
	if !has(s, manual.ID) || s.Doc.DCT != "2020-01-10" || s.DCTSource != pipeline.SourceOverride {
		t.Errorf("manual lost or DCT not set: %q %q", s.Doc.DCT, s.DCTSource)
	}
	// Stored, and the source survives a reload.
	s2 := New(store.New(kv), kv)
	if err := s2.OpenStored(s.Doc.SHA256); err != nil || s2.DCTSource != pipeline.SourceOverride || s2.Doc.DCT != "2020-01-10" {
		t.Errorf("reload: %v %q %q", err, s2.DCTSource, s2.Doc.DCT)
	}
	if err := s.SetDCT("tomorrow"); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("bad DCT: %v", err)
	}
	if err := s.SetDCT(""); err != nil || s.DCTSource != pipeline.SourceDateline {
		t.Errorf("back to the dateline: %v %q", err, s.DCTSource)
	}
}

// A full storage keeps the change on the page, reports it, and leaves the
// stored data as it was.
func TestQuota(t *testing.T) {
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	kv.Quota = kv.Used() + 10 // almost full
	a, err := s.Add(0, 8, annotation.DATE)
	if annotation.ErrorCode(err) != annotation.EQUOTA || s.Unsaved == "" {
		t.Fatalf("quota: err=%v unsaved=%q", err, s.Unsaved)
	}
	if !has(s, a.ID) {
		t.Error("the change was dropped from the page")
	}
	_, anns, _ := s.Store.Document(s.Doc.SHA256)
	if len(anns) != 3 {
		t.Errorf("stored annotations changed: %d", len(anns))
	}
	kv.Quota = 0
	if err := s.SetStatus(a.ID, annotation.Accepted); err != nil || s.Unsaved != "" {
		t.Fatalf("retry: %v %q", err, s.Unsaved)
	}
	if _, anns, _ := s.Store.Document(s.Doc.SHA256); len(anns) != 4 {
		t.Errorf("retry did not store everything: %d", len(anns))
	}
}

func TestExportImport(t *testing.T) {
	s, _ := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	s.Open(doc)
	per := find(s, "حفتر", annotation.PER)
	s.SetStatus(per.ID, annotation.Accepted)
	s.Add(0, 8, annotation.DATE)
	_, data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	// A fresh profile: the same document with fresh suggestions.
	fresh, _ := newSession(t, 0)
	fresh.Open(doc)
	report, _, err := fresh.Import(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := find(fresh, "حفتر", annotation.PER); got.Status != annotation.Accepted {
		t.Errorf("the file's decision was not taken: %+v (%s)", got, report)
	}
	if len(fresh.Anns()) != len(s.Anns()) {
		t.Errorf("import: %d annotations, want %d (%s)", len(fresh.Anns()), len(s.Anns()), report)
	}
	// Importing again adds nothing.
	n := len(fresh.Anns())
	if _, _, err := fresh.Import(data); err != nil || len(fresh.Anns()) != n {
		t.Errorf("re-import: %v, %d → %d", err, n, len(fresh.Anns()))
	}
	// Malformed JSON: an error, nothing changes.
	before := append([]annotation.Annotation(nil), fresh.Anns()...)
	if _, _, err := fresh.Import([]byte(`{"format":"hashiya",`)); err == nil || annotation.ErrorMessage(err) == "" {
		t.Errorf("malformed: %v", err)
	}
	// Offsets out of range.
	bad := strings.Replace(string(data), `"end": 8`, `"end": 800`, 1)
	if _, _, err := fresh.Import([]byte(bad)); err == nil {
		t.Error("out-of-range offsets imported")
	}
	if len(fresh.Anns()) != len(before) {
		t.Error("a failed import changed the annotations")
	}
	// Another document: a conflict carrying that document, which can be opened.
	other, _ := newSession(t, 0)
	other.Open(annotation.NewDocument("o", "قال أحمد إن أحمد سيزور دمشق"))
	_, _, err = other.Import(data)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.File.Document.SHA256 != doc.SHA256 || annotation.ErrorCode(err) != annotation.ECONFLICT {
		t.Fatalf("conflict: %v", err)
	}
	if _, err := other.OpenFile(ce.File); err != nil || other.Doc.SHA256 != doc.SHA256 || len(other.Anns()) != len(s.Anns()) {
		t.Fatalf("open the file's document: %v %d", err, len(other.Anns()))
	}
	docs, _ := other.Documents()
	if len(docs) != 2 {
		t.Errorf("%d documents stored, want 2", len(docs))
	}
}

// The recognizers failing still opens the document, for manual work.
func TestOpenWithoutRecognizers(t *testing.T) {
	s, _ := newSession(t, 0)
	s.Annotate = func(annotation.Document, pipeline.Options) (pipeline.Result, error) {
		return pipeline.Result{}, errors.New("model missing")
	}
	err := s.Open(annotation.NewDocument("t", text))
	if err == nil || s.Doc.Text != text || len(s.Anns()) != 0 {
		t.Fatalf("err=%v text=%q anns=%d", err, s.Doc.Text, len(s.Anns()))
	}
	if _, err := s.Add(0, 8, annotation.DATE); err != nil {
		t.Errorf("manual work after a failed run: %v", err)
	}
}

func TestReconcile(t *testing.T) {
	mk := func(id string, s, e int, l annotation.Label, src annotation.Source, st annotation.Status) annotation.Annotation {
		return annotation.Annotation{ID: id, Start: s, End: e, Label: l, Source: src, Status: st}
	}
	old := []annotation.Annotation{
		mk("a", 0, 3, "PER", annotation.Auto, annotation.Suggested),
		mk("b", 4, 6, "LOC", annotation.Auto, annotation.Accepted),
		mk("c", 7, 9, "ORG", annotation.Auto, annotation.Rejected),
		mk("m", 10, 12, "DATE", annotation.Manual, annotation.Accepted),
		mk("r", 13, 15, "PER", annotation.Auto, annotation.Accepted), // relabelled from LOC
	}
	fresh := []annotation.Annotation{
		mk("a", 0, 3, "PER", annotation.Auto, annotation.Suggested),
		mk("b", 4, 6, "LOC", annotation.Auto, annotation.Suggested),
		mk("c", 7, 9, "ORG", annotation.Auto, annotation.Suggested),
		mk("x", 13, 15, "LOC", annotation.Auto, annotation.Suggested),
		mk("n", 20, 22, "DATE", annotation.Auto, annotation.Suggested),
	}
	got := Reconcile(old, fresh)
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID+":"+string(a.Status))
	}
	want := "a:suggested b:accepted c:rejected m:accepted r:accepted n:suggested"
	if strings.Join(ids, " ") != want {
		t.Errorf("Reconcile = %v, want %s", ids, want)
	}
}

func TestAt(t *testing.T) {
	s := &Session{set: NewRangeSet([]annotation.Annotation{
		{ID: "outer", Start: 0, End: 10}, {ID: "inner", Start: 2, End: 4}, {ID: "other", Start: 5, End: 7},
	})}
	at := s.At(3)
	if len(at) != 2 || at[0].ID != "inner" || at[1].ID != "outer" {
		t.Errorf("At(3) = %+v", at)
	}
	if len(s.At(4)) != 1 || len(s.At(10)) != 0 {
		t.Error("At: spans are half-open")
	}
}

func TestTitle(t *testing.T) {
	if got := Title("\n  عنوان المقال  \nنص"); got != "عنوان المقال" {
		t.Errorf("Title = %q", got)
	}
	if got := Title(strings.Repeat("ب", 100)); len([]rune(got)) != 81 {
		t.Errorf("long title %d", len([]rune(got)))
	}
}

func TestSetNote(t *testing.T) {
	s, kv := newSession(t, 0)
	s.Open(annotation.NewDocument("t", text))
	id := s.Anns()[0].ID
	note := "راجع المصدر (BBC) قبل النشر."
	if err := s.SetNote(id, note); err != nil {
		t.Fatal(err)
	}
	s2 := New(store.New(kv), kv)
	s2.OpenStored(s.Doc.SHA256)
	if got := get(s2, id).Note; got != note {
		t.Errorf("stored note %q, want %q", got, note)
	}
	if err := s.SetNote("nope", "x"); annotation.ErrorCode(err) != annotation.ENOTFOUND {
		t.Errorf("missing: %v", err)
	}
}

// BenchmarkAddLargeDocument measures one manual annotation (add + store) in
// a document of about 10,000 words with 2,000 suggestions.
func BenchmarkAddLargeDocument(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 120000 {
		sb.WriteString("وصل حفتر إلى موسكو أمس في زيارة رسمية هي الثانية من نوعها.\n")
	}
	big := sb.String()
	kv := store.NewMemory(0)
	s := New(store.New(kv), kv)
	s.Annotate = func(doc annotation.Document, opt pipeline.Options) (pipeline.Result, error) {
		var anns []annotation.Annotation
		for i := 0; i+8 < len([]rune(doc.Text)) && len(anns) < 2000; i += 30 {
			a, _ := annotation.Select(doc.Text, i, i+4, annotation.PER)
			a.ID, a.Source, a.Status = pipeline.ID(i, i+4, annotation.PER), annotation.Auto, annotation.Suggested
			anns = append(anns, a)
		}
		return pipeline.Result{Annotations: anns, DCTSource: pipeline.SourceToday}, nil
	}
	if err := s.Open(annotation.NewDocument("big", big)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Add(5+i%1000, 9+i%1000, annotation.MISC); err != nil {
			b.Fatal(err)
		}
	}
}

// get returns the annotation id of s (the zero annotation when missing).
func get(s *Session, id string) annotation.Annotation {
	a, _ := s.Get(id)
	return a
}

func has(s *Session, id string) bool {
	_, ok := s.Get(id)
	return ok
}
