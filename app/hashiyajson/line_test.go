package hashiyajson_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// compactEncode is the reference AppendLine must match: Encode, compacted.
func compactEncode(t testing.TB, doc annotation.Document, anns []annotation.Annotation) []byte {
	t.Helper()
	out, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, out); err != nil {
		t.Fatal(err)
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}

func TestAppendLineMatchesEncode(t *testing.T) {
	doc, anns := sample(t)
	hashiyajson.Sort(anns)
	want := compactEncode(t, doc, anns)
	got, err := hashiyajson.AppendLine(nil, "", doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("AppendLine differs from compact Encode:\ngot  %s\nwant %s", got, want)
	}

	// With an id: one leading field, the rest unchanged, and Decode reads it.
	got, err = hashiyajson.AppendLine([]byte("prev\n"), `a"17`, doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if w := "prev\n" + `{"id":"a\"17",` + string(want[1:]); string(got) != w {
		t.Fatalf("with id:\ngot  %s\nwant %s", got, w)
	}
	f, err := hashiyajson.Decode(got[len("prev\n"):])
	if err != nil {
		t.Fatal(err)
	}
	if f.Document != doc || len(f.Annotations) != len(anns) {
		t.Fatalf("decoded %+v", f)
	}
}

// TestAppendStringLikeEncodingJSON checks the string escaping against
// encoding/json on the characters it treats specially.
func TestAppendStringLikeEncodingJSON(t *testing.T) {
	texts := []string{
		"plain ascii", "عمّان «مباشر» <b>&</b>", "tab\tnl\ncr\rbs\\q\"", "\b\f\x00\x01\x1f\x7f",
		"sep\u2028par\u2029", "emoji 🔴 and ZWJ 👩‍💻", "\ufeffBOM", strings.Repeat("ا", 100),
		"two-byte é ß ÿ \u0080 \u009f \u07ff ߐ", "\u0800 \u2027\u202a ﻻ",
	}
	for _, text := range texts {
		doc := annotation.NewDocument(text, text) // the title carries the same characters
		want := compactEncode(t, doc, nil)
		got, err := hashiyajson.AppendLine(nil, "", doc, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%q:\ngot  %s\nwant %s", text, got, want)
		}
	}
}

func TestAppendLineRefuses(t *testing.T) {
	doc, anns := sample(t)
	hashiyajson.Sort(anns)
	for name, edit := range map[string]func(a []annotation.Annotation){
		"quote":    func(a []annotation.Annotation) { a[0].Quote = "x" },
		"range":    func(a []annotation.Annotation) { a[len(a)-1].End = 1000 },
		"label":    func(a []annotation.Annotation) { a[0].Label = "F O" },
		"dup id":   func(a []annotation.Annotation) { a[1].ID = a[0].ID },
		"unsorted": func(a []annotation.Annotation) { a[0], a[1] = a[1], a[0] },
		"no id":    func(a []annotation.Annotation) { a[2].ID = "" },
	} {
		bad := append([]annotation.Annotation(nil), anns...)
		edit(bad)
		out, err := hashiyajson.AppendLine([]byte("x"), "", doc, bad)
		if err == nil || annotation.ErrorCode(err) != annotation.EINVALID {
			t.Errorf("%s: err = %v, want EINVALID", name, err)
		}
		if string(out) != "x" {
			t.Errorf("%s: dst extended to %q", name, out)
		}
	}
	doc.SHA256 = "00"
	if _, err := hashiyajson.AppendLine(nil, "", doc, anns); err == nil {
		t.Error("wrong sha256 accepted")
	}
}

func BenchmarkAppendLine(b *testing.B) {
	doc, anns := sample(b)
	hashiyajson.Sort(anns)
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf, _ = hashiyajson.AppendLine(buf[:0], "id", doc, anns)
	}
}

func BenchmarkEncodeCompact(b *testing.B) {
	doc, anns := sample(b)
	b.ReportAllocs()
	for b.Loop() {
		compactEncode(b, doc, anns)
	}
}
