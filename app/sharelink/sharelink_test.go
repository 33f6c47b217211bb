package sharelink

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/sample"
)

func sampleExport(t testing.TB) []byte {
	t.Helper()
	doc := annotation.NewDocument(sample.Title, sample.Article)
	res, err := pipeline.Annotate(doc, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := hashiyajson.EncodeFile(&hashiyajson.File{Document: doc, Annotations: res.Annotations})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The sample article with its suggestions fits in a link, and the link
// gives back the export byte for byte, which imports as it was.
func TestRoundTrip(t *testing.T) {
	export := sampleExport(t)
	frag, err := Fragment(export)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("sample: export %d bytes, link fragment %d characters (%.0f%%)", len(export), len(frag), 100*float64(len(frag))/float64(len(export)))
	if !Is("#"+frag) || !Is(frag) || Is("#x") {
		t.Error("Is")
	}
	got, err := Decode("#" + frag)
	if err != nil || !bytes.Equal(got, export) {
		t.Fatalf("Decode: %v", err)
	}
	if strings.ContainsAny(strings.TrimPrefix(frag, Prefix), "+/=%#") {
		t.Error("the fragment is not base64url")
	}
	if _, err := hashiyajson.Decode(got); err != nil {
		t.Errorf("the decoded export does not import: %v", err)
	}
}

func TestTooLong(t *testing.T) {
	// Random-looking text does not compress: over the limit.
	var b strings.Builder
	x := uint32(1)
	for b.Len() < 3*MaxLink {
		x = x*1664525 + 1013904223
		b.WriteRune(rune(0x0621 + x>>24%40))
	}
	doc := annotation.NewDocument("t", b.String())
	export, _ := hashiyajson.EncodeFile(&hashiyajson.File{Document: doc})
	frag, err := Fragment(export)
	if !errors.Is(err, ErrTooLong) || len(frag) <= MaxLink {
		t.Errorf("long: %v, %d", err, len(frag))
	}
}

func TestBadLinks(t *testing.T) {
	frag, err := Fragment(sampleExport(t))
	if err != nil {
		t.Fatal(err)
	}
	var bomb bytes.Buffer
	w, _ := flate.NewWriter(&bomb, flate.BestCompression)
	w.Write(bytes.Repeat([]byte{'{'}, MaxExport+10))
	w.Close()
	for name, f := range map[string]string{
		"not a share link": "#section-2",
		"other version":    "#share=2.abc",
		"not base64url":    "#" + Prefix + "ab$cd",
		"cut":              "#" + frag[:len(frag)/2],
		"garbage":          "#" + Prefix + "AAAAAAAA",
		"bomb":             "#" + Prefix + base64.RawURLEncoding.EncodeToString(bomb.Bytes()),
	} {
		if _, err := Decode(f); annotation.ErrorCode(err) != annotation.EINVALID {
			t.Errorf("%s: %v", name, err)
		} else {
			t.Logf("%s: %s", name, annotation.ErrorMessage(err))
		}
	}
	// A link whose export was tampered with inflates, and the importer refuses it.
	export := bytes.Replace(sampleExport(t), []byte(`"start": 0`), []byte(`"start": -5`), 1)
	export = bytes.Replace(export, []byte(`"label": "LOC"`), []byte(`"label": "<script>"`), 1)
	frag2, _ := Fragment(export)
	data, err := Decode(frag2)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := hashiyajson.Decode(data); err == nil {
		t.Error("a tampered export imports")
	}
}

func BenchmarkFragment(b *testing.B) {
	export := sampleExport(b)
	b.SetBytes(int64(len(export)))
	for i := 0; i < b.N; i++ {
		if _, err := Fragment(export); err != nil {
			b.Fatal(err)
		}
	}
}
