package formats_test

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
)

// BenchmarkImport: export 1,000 annotations (every حفتر) on a 120 KB text in each format,
// then import the files onto the same document.
func BenchmarkImport(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 120000 {
		sb.WriteString("😀 وصل حفتر إلى موسكو أمس في زيارة رسمية هي الثانية من نوعها.\n")
	}
	doc := annotation.NewDocument("bench", sb.String())
	var anns []annotation.Annotation
	for i, off := 0, 0; len(anns) < 2000; i++ {
		j := strings.Index(doc.Text[off:], "حفتر")
		if j < 0 {
			break
		}
		s := len([]rune(doc.Text[:off+j]))
		off += j + 1
		a, err := annotation.Select(doc.Text, s, s+4, annotation.PER)
		if err != nil {
			b.Fatal(err)
		}
		a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
		anns = append(anns, a)
	}
	for _, f := range formats.All {
		files, _, err := formats.Export(f, "bench", doc, anns, nil)
		if err != nil {
			b.Fatal(err)
		}
		if f == formats.Brat {
			files = files[:2]
		}
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				r, err := formats.ImportFiles(files, &doc, formats.Options{})
				if err != nil || len(r.Annotations) != len(anns) {
					b.Fatalf("%v %d", err, len(r.Annotations))
				}
			}
		})
	}
}
