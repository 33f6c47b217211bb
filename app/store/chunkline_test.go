package store

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

func TestDocTextSlice(t *testing.T) {
	s := strings.Repeat("🔴 عاجل: abc وزير\n", 9)
	r := []rune(s)
	dt := newDocText(s)
	if dt.n != len(r) {
		t.Fatalf("n = %d, want %d", dt.n, len(r))
	}
	for i := 0; i <= len(r); i++ {
		for j := i; j <= len(r) && j < i+70; j++ {
			if got := dt.slice(i, j); got != string(r[i:j]) {
				t.Fatalf("slice(%d,%d) = %q, want %q", i, j, got, string(r[i:j]))
			}
		}
	}
	if dt.slice(-5, 3) != string(r[:3]) || dt.slice(len(r)-2, len(r)+9) != string(r[len(r)-2:]) || dt.slice(4, 2) != "" {
		t.Fatal("slice does not clamp")
	}
}

// Every field survives a round trip, including tabs, line breaks and
// backslashes in notes, a quote that differs from the text only by its
// normalization, and a context that is not the text's own (both kept
// explicitly); the text's own quote and context are not stored.
func TestChunkLinesRoundTrip(t *testing.T) {
	text := "قال وزير الخارجية إن عم\u0651ان تستضيف القمة في 29 نوفمبر 2016 م\u064C"
	dt := newDocText(text)
	r := []rune(text)
	own := func(id string, start, end int) annotation.Annotation {
		return annotation.Annotation{ID: id, Start: start, End: end, Quote: string(r[start:end]),
			Prefix: string(r[max(0, start-annotation.ContextLen):start]), Suffix: string(r[end:min(len(r), end+annotation.ContextLen)]),
			Label: annotation.LOC, Source: annotation.Manual, Status: annotation.Accepted}
	}
	a := own("a\tb", 4, 8)
	a.Note, a.Entity, a.Link = "line 1\nline 2\r\\ end\\", "e1", "x"
	b := own("auto-45-60-DATE", 45, 60)
	b.Label, b.Source, b.Status, b.Type, b.Value, b.Calendar, b.Hijri = annotation.DATE, annotation.Auto, annotation.Suggested, "DATE", "2016-11-29", "gregorian", "1438-02-29"
	b.Mod = "APPROX"
	c := own("c", 23, 28)
	c.Quote = strings.Replace(c.Quote, "م\u0651", "م\u0651", 1) + "" // same text
	c.Prefix, c.Suffix = "", "other context"
	d := own("d", 0, 3)
	d.Quote = "قال"
	rec := chunkRecord{Version: chunkLineVersion, SHA256: "abc", Bucket: 0, Updated: time.Date(2026, 12, 3, 1, 2, 3, 4000, time.UTC), Annotations: []annotation.Annotation{a, b, c, d}}
	raw := encodeChunkLines(rec, dt)
	if strings.Contains(raw, "وزير") || strings.Contains(raw, "نوفمبر") {
		t.Errorf("the text's own quote or context was stored: %q", raw)
	}
	if !strings.Contains(raw, "=other context") {
		t.Errorf("a context that is not the text's was not stored: %q", raw)
	}
	body, ok := strings.CutPrefix(raw, ChunkTag)
	if v, vok := chunkLineVersionOf(body); !ok || !vok || v != chunkLineVersion {
		t.Fatalf("version %d %v", v, vok)
	}
	got, err := decodeChunkLines(body, dt)
	if err != nil {
		t.Fatal(err)
	}
	if got.SHA256 != rec.SHA256 || got.Bucket != rec.Bucket || !got.Updated.Equal(rec.Updated) || !slices.Equal(got.Annotations, rec.Annotations) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, rec)
	}
	for _, a := range got.Annotations {
		if err := dt.validate(a); err != nil {
			t.Errorf("%s: %v", a.ID, err)
		}
	}
}

func TestChunkLinesDamaged(t *testing.T) {
	dt := newDocText("قال وزير الخارجية")
	head := "3\tabc\t0\t2026-12-03T01:02:03Z"
	for _, body := range []string{
		"3\tabc\t0",                                                // header fields missing
		"3\tabc\tx\t2026-12-03T01:02:03Z",                          // bucket not a number
		"3\tabc\t0\tyesterday",                                     // time
		head + "\n4\t8\ta\tLOC",                                    // too few fields
		head + "\nx\t8" + strings.Repeat("\t", 14),                 // start
		head + "\n4\t8" + strings.Repeat("\t", 15) + "\textra",     // 18 fields
		head + "\n4\t8\ta\\q" + strings.Repeat("\t", 13),           // bad escape
		head + "\n4\t8" + strings.Repeat("\t", 12) + "\tquote\t\t", // quote without =
	} {
		if _, err := decodeChunkLines(body, dt); err == nil {
			t.Errorf("%q: no error", body)
		}
	}
	if _, ok := chunkLineVersionOf(`{"version":2}`); ok {
		t.Error("a JSON chunk read as a line chunk")
	}
}

// docText.validate accepts and refuses exactly what ValidateRunes does.
func TestDocTextValidate(t *testing.T) {
	text := "قال وزير الخارجية إن عم\u0651ان"
	dt, r := newDocText(text), []rune(text)
	base := annotation.Annotation{ID: "a", Start: 4, End: 8, Quote: string(r[4:8]), Label: annotation.PER, Source: annotation.Manual, Status: annotation.Accepted}
	cases := []func(a *annotation.Annotation){
		func(a *annotation.Annotation) {},
		func(a *annotation.Annotation) { a.ID = "" },
		func(a *annotation.Annotation) { a.End = len(r) + 1 },
		func(a *annotation.Annotation) { a.Start = a.End },
		func(a *annotation.Annotation) { a.Label = "FOO" },
		func(a *annotation.Annotation) { a.Source = "x" },
		func(a *annotation.Annotation) { a.Status = "" },
		func(a *annotation.Annotation) { a.Type = "PER" },
		func(a *annotation.Annotation) { a.Type = "DATE" },
		func(a *annotation.Annotation) { a.Quote = "غير" },
		func(a *annotation.Annotation) { a.Start, a.End, a.Quote = 21, 26, "عمّان" }, // same text, other normalization
	}
	for i, f := range cases {
		a := base
		f(&a)
		want, got := a.ValidateRunes(r), dt.validate(a)
		if (want == nil) != (got == nil) {
			t.Errorf("case %d: validate %v, ValidateRunes %v", i, got, want)
		}
	}
}

// A line written before mod was stored (16 fields) reads with no mod; the
// TIMEX3 mod of an annotation survives storage.
func TestChunkLinesMod(t *testing.T) {
	dt := newDocText("قال وزير الخارجية")
	head := "3\tabc\t0\t2026-12-03T01:02:03Z"
	rec, err := decodeChunkLines(head+"\n4\t8\ta\tPER\tmanual\taccepted"+strings.Repeat("\t", 10), dt)
	if err != nil || len(rec.Annotations) != 1 || rec.Annotations[0].Mod != "" || rec.Annotations[0].Quote != "وزير" {
		t.Fatalf("16-field line: %+v %v", rec, err)
	}
	a := rec.Annotations[0]
	a.Label, a.Type, a.Value, a.Mod = annotation.DATE, "DATE", "P20Y", "APPROX"
	rec.Annotations = []annotation.Annotation{a}
	body, _ := strings.CutPrefix(encodeChunkLines(rec, dt), ChunkTag)
	got, err := decodeChunkLines(body, dt)
	if err != nil || len(got.Annotations) != 1 || got.Annotations[0] != a {
		t.Fatalf("mod round trip: %+v %v", got, err)
	}
}

// Every field of annotation.Annotation survives a chunk line, so that a
// field added later cannot be dropped silently by storage (the TIMEX3 mod
// was).
func TestChunkLinesEveryField(t *testing.T) {
	dt := newDocText("قال وزير الخارجية إن الوفد وصل")
	a := annotation.Annotation{Start: 4, End: 8}
	v := reflect.ValueOf(&a).Elem()
	for i := 0; i < v.NumField(); i++ {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			f.SetString("v" + strconv.Itoa(i) + "\t\\")
		case reflect.Int:
		default:
			t.Fatalf("field %s of kind %s: teach this test and the chunk lines about it", v.Type().Field(i).Name, f.Kind())
		}
	}
	rec := chunkRecord{Version: chunkLineVersion, SHA256: "abc", Updated: time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), Annotations: []annotation.Annotation{a}}
	body, _ := strings.CutPrefix(encodeChunkLines(rec, dt), ChunkTag)
	got, err := decodeChunkLines(body, dt)
	if err != nil || len(got.Annotations) != 1 || got.Annotations[0] != a {
		t.Fatalf("round trip:\n got %+v\nwant %+v (%v)", got.Annotations, a, err)
	}
}
