package formats_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func ann(t *testing.T, doc annotation.Document, quote string, n int, l annotation.Label) annotation.Annotation {
	t.Helper()
	r, q := []rune(doc.Text), []rune(quote)
	for i := 0; i+len(q) <= len(r); i++ {
		if string(r[i:i+len(q)]) == quote {
			if n > 0 {
				n--
				continue
			}
			a, err := annotation.Select(doc.Text, i, i+len(q), l)
			if err != nil {
				t.Fatal(err)
			}
			a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
			return a
		}
	}
	t.Fatalf("%q not found", quote)
	return annotation.Annotation{}
}

// Every format round-trips through Export and Import; Detect names it.
// Cases A19 (a pasted text with runs of spaces and a line break: the
// selectors are computed on the stored text and re-import gives the same
// range) and A21 (a text not in NFC, never re-normalized).
func TestRoundTripAllFormats(t *testing.T) {
	for name, text := range map[string]string{
		"A19": "  الرئيس\n    يصل   اليوم",
		"A21": "قال م\u0651\u064C هنا في عمّان",
	} {
		doc := annotation.NewDocument(name, text)
		var anns []annotation.Annotation
		if name == "A19" {
			anns = []annotation.Annotation{ann(t, doc, "يصل", 0, annotation.MISC), ann(t, doc, "الرئيس", 0, annotation.PER)}
		} else {
			anns = []annotation.Annotation{ann(t, doc, "م\u0651\u064C", 0, annotation.MISC), ann(t, doc, "عمّان", 0, annotation.LOC)}
		}
		hashiyajson.Sort(anns)
		for _, f := range formats.All {
			files, _, err := formats.Export(f, "doc", doc, anns, nil)
			if err != nil {
				t.Fatalf("%s %s: %v", name, f, err)
			}
			if f == formats.Brat {
				files = files[:2]
			}
			if got := formats.Detect(files[len(files)-1].Name, files[len(files)-1].Data); got != f {
				t.Errorf("%s %s: detected as %q", name, f, got)
			}
			res, err := formats.ImportFiles(files, &doc, formats.Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", name, f, err)
			}
			if len(res.Annotations) != len(anns) || len(res.Orphans) != 0 {
				t.Fatalf("%s %s: %+v", name, f, res)
			}
			for i, a := range res.Annotations {
				if a.Start != anns[i].Start || a.End != anns[i].End || a.Label != anns[i].Label || a.Quote != anns[i].Quote {
					t.Errorf("%s %s: #%d [%d,%d) %s, want [%d,%d)", name, f, i, a.Start, a.End, a.Label, anns[i].Start, anns[i].End)
				}
				if err := a.Validate(doc.Text); err != nil {
					t.Errorf("%s %s: %v", name, f, err)
				}
			}
			if f == formats.Native || f == formats.W3C {
				if !reflect.DeepEqual(res.Annotations, anns) {
					t.Errorf("%s %s: fields lost:\n%+v\n%+v", name, f, res.Annotations, anns)
				}
			}
			if res.Document.Text != text {
				t.Errorf("%s %s: stored text changed to %q", name, f, res.Document.Text)
			}
		}
	}
}

// A file whose text differs from the open document's is re-anchored:
// annotations whose quote and context survive are placed, the others are
// orphans (case A17: never moved to another occurrence of the quote).
func TestImportOntoChangedText(t *testing.T) {
	old := annotation.NewDocument("a17", "قال أحمد إن أحمد سيزور دمشق")
	second := ann(t, old, "أحمد", 1, annotation.PER)
	city := ann(t, old, "دمشق", 0, annotation.LOC)
	files, _, err := formats.Export(formats.Doccano, "a17", old, []annotation.Annotation{second, city}, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := annotation.NewDocument("a17", "قال أحمد إن خالد سيزور دمشق")
	res, err := formats.Import("a17.jsonl", files[0].Data, &now)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Annotations) != 1 || res.Annotations[0].Quote != "دمشق" || len(res.Orphans) != 1 || res.Orphans[0].Quote != "أحمد" {
		t.Fatalf("placed %+v orphans %+v", res.Annotations, res.Orphans)
	}
	if res.Document.SHA256 != now.SHA256 || !strings.Contains(strings.Join(res.Warnings, " "), "could not be placed") {
		t.Fatalf("%+v", res)
	}
}

// A native file carries its tombstones through the entry point.
func TestNativeTombstones(t *testing.T) {
	doc := annotation.NewDocument("t", "زار محمد القاهرة")
	s := ann(t, doc, "محمد", 0, annotation.PER)
	s.Source, s.Status = annotation.Auto, annotation.Suggested
	files, _, err := formats.Export(formats.Native, "t", doc, nil, []hashiyajson.Tombstone{hashiyajson.TombstoneOf(s)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := formats.Import("t.json", files[0].Data, &doc)
	if err != nil || len(res.Tombstones) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	merged, rep := hashiyajson.Apply([]annotation.Annotation{s}, &hashiyajson.File{Annotations: res.Annotations, Tombstones: res.Tombstones})
	if len(merged) != 0 || rep.Removed != 1 {
		t.Fatalf("%+v %+v", merged, rep)
	}
}
