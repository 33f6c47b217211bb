package brat_test

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/brat"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

type span struct {
	start, end int
	quote      string
}

func spans(anns []annotation.Annotation) []span {
	var out []span
	for _, a := range anns {
		out = append(out, span{a.Start, a.End, a.Quote})
	}
	return out
}

const c9 = "وصل الوفد إلى القاهرة.\r\nثم غادر إلى الإسكندرية.\r\nوعاد إلى عمّان."

// Case C9: CRLF text, .ann counting CRLF as one (a) or as two (b).
func TestC9(t *testing.T) {
	want := []span{{14, 21, "القاهرة"}, {35, 45, "الإسكندرية"}, {56, 61, "عمّان"}}
	for name, ann := range map[string]string{
		"a": "T1\tLOC 14 21\tالقاهرة\nT2\tLOC 35 45\tالإسكندرية\nT3\tLOC 56 61\tعمّان\n",
		"b": "T1\tLOC 14 21\tالقاهرة\r\nT2\tLOC 36 46\tالإسكندرية\r\nT3\tLOC 58 63\tعمّان\r\n",
	} {
		res, err := brat.Decode("c9", []byte(c9), []byte(ann), brat.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := spans(res.Annotations); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %v", name, got)
		}
		if res.Document.Text != strings.ReplaceAll(c9, "\r\n", "\n") || res.Newline == "" {
			t.Errorf("%s: text %q newline %q", name, res.Document.Text, res.Newline)
		}
		for _, a := range res.Annotations {
			if err := a.Validate(res.Document.Text); err != nil {
				t.Error(err)
			}
		}
		txt, out, err := brat.Encode(res.Document, res.Annotations)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(txt, []byte("\r")) || string(out) != "T1\tLOC 14 21\tالقاهرة\nT2\tLOC 35 45\tالإسكندرية\nT3\tLOC 56 61\tعمّان\n" {
			t.Errorf("%s: export\n%s", name, out)
		}
	}
	if rb, _ := brat.Decode("c9", []byte(c9), []byte("T1\tLOC 14 21\tالقاهرة\nT2\tLOC 36 46\tالإسكندرية\n"), brat.Options{}); rb.Newline != "CRLF counted as two characters" {
		t.Errorf("convention (b) not reported: %q", rb.Newline)
	}
	// Neither convention: refused, naming the line.
	_, err := brat.Decode("c9", []byte(c9), []byte("T1\tLOC 14 21\tالقاهرة\nT2\tLOC 37 47\tالإسكندرية\n"), brat.Options{})
	if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "Line 2 (T2)") || !strings.Contains(annotation.ErrorMessage(err), "CRLF") {
		t.Errorf("mismatch: %v", err)
	}
	// The same .ann files onto a stored document whose text keeps CRLF.
	doc := annotation.NewDocument("c9", c9)
	res, err := brat.DecodeAnn([]byte("T2\tLOC 35 45\tالإسكندرية\n"), doc)
	if err != nil || res.Annotations[0].Start != 36 || res.Annotations[0].Quote != "الإسكندرية" {
		t.Fatalf("onto CRLF text: %+v %v", res.Annotations, err)
	}
}

// Case C10: overlapping fragments merged with a warning; a discontinuous
// mention kept, and written back as one line.
func TestC10(t *testing.T) {
	text := "وقّع وزير الخارجية ووزير الدفاع الاتفاق"
	ann := "T1\tORG 5 18;10 18\tوزير الخارجية الخارجية\nT2\tPER 5 9;25 31\tوزير الدفاع\n"
	res, err := brat.Decode("c10", []byte(text), []byte(ann), brat.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := spans(res.Annotations); !reflect.DeepEqual(got, []span{{5, 18, "وزير الخارجية"}, {5, 9, "وزير"}, {25, 31, "الدفاع"}}) {
		t.Fatalf("%v", got)
	}
	if !strings.Contains(strings.Join(res.Warnings, " "), "Line 1 (T1)") {
		t.Errorf("no warning naming T1: %q", res.Warnings)
	}
	_, out, err := brat.Encode(res.Document, res.Annotations)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "T1\tORG 5 18\tوزير الخارجية\nT2\tPER 5 9;25 31\tوزير الدفاع\n" {
		t.Errorf("export:\n%s", out)
	}
}

// Case C13: Windows-1256 .txt detected, never decoded with U+FFFD; read
// as windows-1252 (Latin-1) the quote check fails, naming the encoding.
func TestC13(t *testing.T) {
	txt := []byte{0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc5, 0xe1, 0xec, 0x20, 0xda, 0xe3, 0xf8, 0xc7, 0xe4}
	ann := []byte("T1\tLOC 15 20\tعمّان\n")
	res, err := brat.Decode("news", txt, ann, brat.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Document.Text != "وصل الرئيس إلى عمّان" || res.Encoding != "windows-1256" || len(res.Warnings) == 0 {
		t.Fatalf("%q %q %q", res.Document.Text, res.Encoding, res.Warnings)
	}
	if a := res.Annotations[0]; a.Start != 15 || a.End != 20 || a.Quote != "عمّان" {
		t.Fatalf("%+v", a)
	}
	_, err = brat.Decode("news", txt, ann, brat.Options{Encoding: "utf-8"})
	if !strings.Contains(annotation.ErrorMessage(err), "not valid UTF-8") {
		t.Errorf("forced UTF-8: %v", err)
	}
	utf := []byte("وصل الرئيس إلى عمّان")
	_, err = brat.Decode("news", utf, ann, brat.Options{Encoding: "latin1"})
	if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "windows-1252") {
		t.Errorf("UTF-8 read as Latin-1: %v", err)
	}
}

func TestGoldenRoundTrip(t *testing.T) {
	doc := annotation.NewDocument("g", "قال الرئيس محمد عباس\r\nفي رام الله يوم 28 نوفمبر 2016 إن <script>")
	mk := func(s, e int, l annotation.Label) annotation.Annotation {
		a, err := annotation.Select(doc.Text, s, e, l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
		return a
	}
	per := mk(11, 20, annotation.PER)
	per.Note = "رئيس\tالسلطة\nالفلسطينية"
	loc := mk(25, 33, annotation.LOC)
	date := mk(38, 52, annotation.DATE)
	date.Value, date.Type = "2016-11-28", "DATE"
	txt, ann, err := brat.Encode(doc, []annotation.Annotation{date, per, loc})
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		os.WriteFile("testdata/export.ann.golden", ann, 0o644)
	}
	want, _ := os.ReadFile("testdata/export.ann.golden")
	if !bytes.Equal(ann, want) {
		t.Fatalf("export differs from the golden file:\n%s", ann)
	}
	res, err := brat.Decode("g", txt, ann, brat.Options{})
	if err != nil {
		t.Fatal(err)
	}
	txt2, ann2, err := brat.Encode(res.Document, res.Annotations)
	if err != nil || !bytes.Equal(txt, txt2) || !bytes.Equal(ann, ann2) {
		t.Fatalf("round trip changed the files:\n%s\n%v", ann2, err)
	}
	if res.Annotations[0].Note != "رئيس السلطة الفلسطينية" || res.Annotations[2].Value != "2016-11-28" {
		t.Errorf("%+v", res.Annotations)
	}
}
