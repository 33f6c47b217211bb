package session

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
)

func TestCheckText(t *testing.T) {
	for _, ok := range []string{text, "سطر\tثانٍ\r\nثالث\f", "ZWNJ\u200c and RLM\u200f are text"} {
		if err := CheckText(ok); err != nil {
			t.Errorf("CheckText(%q) = %v", ok, err)
		}
	}
	bin := make([]byte, 256)
	for i := range bin {
		bin[i] = byte(i)
	}
	for _, bad := range []string{"نص\x00نص", "abc\x1bdef", "x\u0085y", string(bin[:0x80])} {
		err := CheckText(bad)
		if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "not a text file") {
			t.Errorf("CheckText(%q) = %v, want EINVALID not a text file", bad, err)
		}
	}
	if err := CheckText("ab\x00"); !strings.Contains(annotation.ErrorMessage(err), "U+0000 at code point 2") {
		t.Errorf("error does not locate the NUL: %v", err)
	}
}

// A deleted automatic suggestion is not suggested again when the DCT
// changes, in this session or after a reload.
func TestDeletedSuggestionStaysDeleted(t *testing.T) {
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	if per.ID == "" || per.Source != annotation.Auto {
		t.Fatalf("no auto PER suggestion: %+v", s.Anns())
	}
	if err := s.Delete(per.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDCT("2017-01-01"); err != nil {
		t.Fatal(err)
	}
	if a := find(s, "حفتر", annotation.PER); a.ID != "" {
		t.Fatalf("deleted suggestion came back after SetDCT: %+v", a)
	}
	if a := find(s, "أمس", annotation.DATE); a.Value != "2016-12-31" {
		t.Fatalf("other suggestions not re-resolved: %+v", a)
	}
	s2 := New(store.New(kv), kv)
	s2.Annotate = fakeAnnotate
	if err := s2.OpenStored(s.Doc.SHA256); err != nil {
		t.Fatal(err)
	}
	if err := s2.SetDCT(""); err != nil {
		t.Fatal(err)
	}
	if a := find(s2, "حفتر", annotation.PER); a.ID != "" {
		t.Fatalf("deleted suggestion came back after a reload and SetDCT: %+v", a)
	}
	// A manual annotation deleted is simply gone; labelling the span again works.
	a, err := s2.Add(per.Start, per.End, annotation.PER)
	if err != nil || a.Source != annotation.Manual {
		t.Fatalf("re-adding the deleted span by hand: %+v, %v", a, err)
	}
}

// Opening the same text repairs a damaged document record and keeps the
// annotations; the damaged value stays as a copy.
func TestOpenRepairsDamagedDocument(t *testing.T) {
	s, kv := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(3, 9, annotation.MISC); err != nil {
		t.Fatal(err)
	}
	want := len(s.Anns())
	kv.Set(store.DocPrefix+doc.SHA256, "]]]")

	s2 := New(store.New(kv), kv)
	s2.Annotate = fakeAnnotate
	if ok, err := s2.OpenCurrent(annotation.NewDocument("other", "نص آخر تماما")); ok || err != nil {
		t.Fatalf("OpenCurrent with a damaged record = %v, %v; want the fallback opened", ok, err)
	}
	err := s2.Open(annotation.NewDocument("re-opened", text))
	if annotation.ErrorCode(err) != annotation.ECORRUPT || !strings.Contains(annotation.ErrorMessage(err), "repaired") {
		t.Fatalf("Open = %v, want ECORRUPT saying it was repaired", err)
	}
	if s2.Doc.SHA256 != doc.SHA256 || len(s2.Anns()) != want || s2.Doc.DCT != "2016-11-29" {
		t.Fatalf("after repair: doc %s, %d annotations (want %d), DCT %q", s2.Doc.SHA256, len(s2.Anns()), want, s2.Doc.DCT)
	}
	if len(s2.Damaged) != 1 || !strings.Contains(annotation.ErrorMessage(err), s2.Damaged[0]) {
		t.Fatalf("damaged copy keys %v not in the message %q", s2.Damaged, annotation.ErrorMessage(err))
	}
	if v := s2.DamagedCopies()[s2.Damaged[0]]; v != "]]]" {
		t.Fatalf("damaged copy = %q", v)
	}
	// Stored again: a third session opens it without error.
	s3 := New(store.New(kv), kv)
	s3.Annotate = fakeAnnotate
	if err := s3.OpenStored(doc.SHA256); err != nil || len(s3.Anns()) != want {
		t.Fatalf("reopen after repair: %v, %d annotations", err, len(s3.Anns()))
	}
}

// A damaged annotation record: the message names the key of the copy, and
// the recognizers' suggestions are offered without writing over the record.
func TestDamagedAnnotationsOffersSuggestions(t *testing.T) {
	s, kv := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	kv.Set(store.AnnPrefix+doc.SHA256, "]]]")
	s2 := New(store.New(kv), kv)
	s2.Annotate = fakeAnnotate
	err := s2.OpenStored(doc.SHA256)
	msg := annotation.ErrorMessage(err)
	if annotation.ErrorCode(err) != annotation.ECORRUPT || !strings.Contains(msg, store.CorruptPrefix+store.AnnPrefix+doc.SHA256+"/1") {
		t.Fatalf("OpenStored = %v; want ECORRUPT naming the copy's key", err)
	}
	if !strings.Contains(msg, "“\u2068t\u2069”") {
		t.Errorf("the title is not in a bidi isolate: %q", msg)
	}
	if len(s2.Anns()) != 3 || find(s2, "موسكو", annotation.LOC).ID == "" {
		t.Fatalf("suggestions not offered: %+v", s2.Anns())
	}
	if v, _, _ := kv.Get(store.AnnPrefix + doc.SHA256); v != "]]]" {
		t.Fatalf("the damaged record was overwritten on open: %q", v)
	}
	if v := s2.DamagedCopies()[store.CorruptPrefix+store.AnnPrefix+doc.SHA256+"/1"]; v != "]]]" {
		t.Fatalf("damaged copy = %q", v)
	}
	// Open (same text) behaves the same.
	s3 := New(store.New(kv), kv)
	s3.Annotate = fakeAnnotate
	if err := s3.Open(annotation.NewDocument("t", text)); annotation.ErrorCode(err) != annotation.ECORRUPT || len(s3.Anns()) != 3 {
		t.Fatalf("Open = %v, %d annotations", err, len(s3.Anns()))
	}
}

// Importing an export keeps the file's DCT, and the suggestions' values
// match the file's.
func TestImportKeepsFileDCT(t *testing.T) {
	s, _ := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDCT("2017-03-15T09:00"); err != nil {
		t.Fatal(err)
	}
	_, data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	fresh, kv := newSession(t, 0)
	if err := fresh.Open(annotation.NewDocument("t", text)); err != nil || fresh.Doc.DCT != "2016-11-29" {
		t.Fatalf("fresh open: %v, DCT %q", err, fresh.Doc.DCT)
	}
	if _, ok, err := fresh.Import(data); !ok || err != nil {
		t.Fatalf("Import: %v %v", ok, err)
	}
	if fresh.Doc.DCT != "2017-03-15T09:00" || fresh.DCTSource != pipeline.SourceOverride {
		t.Fatalf("after import: DCT %q (%s), want the file's 2017-03-15T09:00 as an override", fresh.Doc.DCT, fresh.DCTSource)
	}
	var dates []string
	for _, a := range fresh.Anns() {
		if a.Label == annotation.DATE {
			dates = append(dates, a.Value)
		}
	}
	if len(dates) != 1 || dates[0] != "2017-03-14" {
		t.Fatalf("DATE values after import %v, want exactly the file's [2017-03-14]", dates)
	}
	d, _, err := store.New(kv).Document(doc.SHA256)
	if err != nil || d.DCT != "2017-03-15T09:00" {
		t.Fatalf("stored DCT %q, %v", d.DCT, err)
	}
}

func TestCheckSelection(t *testing.T) {
	r := []rune(text)
	nl := strings.IndexRune(string(r), '\n')
	nl = len([]rune(text[:nl]))
	if err := CheckSelection(r, 0, nl); err != nil {
		t.Errorf("first line refused: %v", err)
	}
	if err := CheckSelection(r, 0, len(r)); annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "crosses paragraphs") {
		t.Errorf("whole document (Ctrl+A) = %v, want refused as crossing paragraphs", err)
	}
	long := []rune(strings.Repeat("كلمة ", 100))
	if err := CheckSelection(long, 0, MaxSpan+1); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("%d code points = %v, want refused", MaxSpan+1, err)
	}
	if err := CheckSelection(long, 0, MaxSpan); err != nil {
		t.Errorf("%d code points refused: %v", MaxSpan, err)
	}
}

// Labelling the span of one's own annotation with another label relabels it.
func TestAddRelabelsManualSpan(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	a, err := s.Add(3, 9, annotation.MISC)
	if err != nil {
		t.Fatal(err)
	}
	n := len(s.Anns())
	b, err := s.Add(3, 9, annotation.ORG)
	if err != nil || b.ID != a.ID || b.Label != annotation.ORG || len(s.Anns()) != n {
		t.Fatalf("Add with another label = %+v, %v; %d annotations (was %d)", b, err, len(s.Anns()), n)
	}
}

// Imports: a byte-order mark, an upper-case sha256, and the CLI's
// one-object-per-line output.
func TestImportTolerance(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(3, 9, annotation.MISC); err != nil {
		t.Fatal(err)
	}
	_, data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	fresh, _ := newSession(t, 0)
	if err := fresh.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	upper := strings.Replace(string(data), s.Doc.SHA256, strings.ToUpper(s.Doc.SHA256), 1)
	if _, ok, err := fresh.Import(append([]byte("\ufeff"), upper...)); !ok || err != nil {
		t.Fatalf("import with BOM and upper-case sha256: %v %v", ok, err)
	}
	if find(fresh, string([]rune(text)[3:9]), annotation.MISC).ID == "" {
		t.Fatal("annotation not imported")
	}
	compact := strings.Join(strings.Fields(string(data)), " ")
	_, ok, err := fresh.Import([]byte(compact + "\n" + compact + "\n"))
	if ok || !strings.Contains(annotation.ErrorMessage(err), "one-object-per-line") || !strings.Contains(annotation.ErrorMessage(err), "split it into files") {
		t.Fatalf("JSONL import = %v, %v; want the CLI hint", ok, err)
	}
}

func TestSetDCTDigitsAndErrors(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDCT("٢٠١٧-٠١-٠١"); err != nil || s.Doc.DCT != "2017-01-01" {
		t.Fatalf("Eastern Arabic digits: %v, DCT %q", err, s.Doc.DCT)
	}
	if err := s.SetDCT("2017-13-45"); annotation.ErrorCode(err) != annotation.EINVALID || s.Doc.DCT != "2017-01-01" {
		t.Fatalf("invalid DCT: %v, DCT %q (want unchanged)", err, s.Doc.DCT)
	}
	if !DCTDropsSeconds("2017-01-01T10:11:12Z") || DCTDropsSeconds("2017-01-01T10:11") || DCTDropsSeconds("nonsense") {
		t.Error("DCTDropsSeconds")
	}
}

// Titles inside messages are bidi isolates (U+2068 … U+2069), so that an
// Arabic title that starts with digits does not garble the English detail.
func TestConflictMessageIsolatesTitles(t *testing.T) {
	other, _ := newSession(t, 0)
	if err := other.Open(annotation.NewDocument("2 ☐ :عاجل", "٢ عاجل: نص آخر")); err != nil {
		t.Fatal(err)
	}
	_, data, err := other.Export()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	_, ok, err := s.Import(data)
	if msg := annotation.ErrorMessage(err); ok || !strings.Contains(msg, "“\u20682 ☐ :عاجل\u2069”") || !strings.Contains(msg, "“\u2068t\u2069”") {
		t.Fatalf("conflict message %q: titles not isolated", msg)
	}
}

// A suggestion deleted here stays deleted in a colleague's session: the
// export carries its tombstone and the import there removes it, even after
// the colleague's recognizers suggested it again.
func TestDeletedSuggestionTravelsInExport(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	if per.ID == "" {
		t.Fatalf("no PER suggestion: %+v", s.Anns())
	}
	if err := s.Delete(per.ID); err != nil {
		t.Fatal(err)
	}
	_, data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"deleted"`) || !strings.Contains(string(data), per.ID) {
		t.Fatalf("export has no tombstone for %s:\n%s", per.ID, data)
	}
	s2, _ := newSession(t, 0)
	if err := s2.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if err := s2.SetDCT("2017-01-01"); err != nil { // re-tagging
		t.Fatal(err)
	}
	if a := find(s2, "حفتر", annotation.PER); a.ID == "" {
		t.Fatal("the colleague's session has no suggestion to remove")
	}
	before := len(s2.Anns())
	report, ok, err := s2.Import(data)
	if err != nil || !ok {
		t.Fatalf("import: %v %v", ok, err)
	}
	if a := find(s2, "حفتر", annotation.PER); a.ID != "" {
		t.Fatalf("import resurrected the deleted suggestion: %+v", a)
	}
	if report.Removed != 1 || len(s2.Anns()) != before-1 {
		t.Fatalf("report %+v, %d anns (was %d)", report, len(s2.Anns()), before)
	}
	// And re-tagging in the colleague's session does not bring it back.
	if err := s2.SetDCT(""); err != nil {
		t.Fatal(err)
	}
	if a := find(s2, "حفتر", annotation.PER); a.ID != "" {
		t.Fatalf("re-tagging after import brought it back: %+v", a)
	}
}
