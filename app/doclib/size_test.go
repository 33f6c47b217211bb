package doclib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/sample"
	"github.com/hashiya/hashiya/app/store"
)

// localStorageUnits is what Chromium and Firefox give an origin's
// localStorage: 5 Mi UTF-16 code units (keys and values).
const localStorageUnits = 5 << 20

// storedUnits stores doc and anns as the app does and returns the UTF-16
// units used.
func storedUnits(b *testing.B, doc annotation.Document, anns []annotation.Annotation) int {
	kv := store.NewMemory(0)
	st := store.New(kv)
	if err := st.SaveDocument(doc); err != nil {
		b.Fatal(err)
	}
	if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
		b.Fatal(err)
	}
	return kv.Used()
}

// bookLength returns the sample article repeated to 1 MB with the
// recognizers' suggestions of each copy (1 in 4 accepted, 1 in 16
// rejected) and manual MISC spans on further words up to n annotations
// (the shape of bench-editor's document, from the bundled sample only).
func bookLength(b *testing.B, n int) (annotation.Document, []annotation.Annotation) {
	base := annotation.NewDocument("sample", sample.Article)
	res, err := pipeline.Annotate(base, pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	copyLen := len([]rune(sample.Article)) + 1
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(sample.Article)
		sb.WriteString("\n")
	}
	doc := annotation.NewDocument("book", sb.String())
	r := []rune(doc.Text)
	var anns []annotation.Annotation
	taken := map[[2]int]bool{}
	for c := 0; (c+1)*copyLen <= len(r); c++ {
		for i, a := range res.Annotations {
			a.Start, a.End = a.Start+c*copyLen, a.End+c*copyLen
			a.ID = pipeline.ID(a.Start, a.End, a.Label)
			a.Prefix, a.Suffix = "", ""
			switch {
			case i%16 == 0:
				a.Status = annotation.Rejected
			case i%4 == 0:
				a.Status = annotation.Accepted
			}
			a.Link = "" // links point into the first copy's ids
			anns = append(anns, a)
			taken[[2]int{a.Start, a.End}] = true
		}
	}
	for i := 0; i < len(r) && len(anns) < n; {
		for i < len(r) && (r[i] == ' ' || r[i] == '\n') {
			i++
		}
		j := i
		for j < len(r) && r[j] != ' ' && r[j] != '\n' {
			j++
		}
		if j > i && !taken[[2]int{i, j}] && (i/7)%3 == 0 {
			anns = append(anns, annotation.Annotation{ID: annotation.NewID(), Start: i, End: j, Quote: string(r[i:j]), Label: annotation.MISC, Source: annotation.Manual, Status: annotation.Accepted})
		}
		i = j
	}
	return doc, anns
}

// BenchmarkStoredSize reports how much of localStorage's ~5 Mi units a
// document takes as the store writes it (record version 3), and how many
// such documents fit: the bundled sample article with its suggestions, and
// a book-length document built from it (1 MB, 14,000 annotations). Sizes,
// not times: go test -run '^$' -bench StoredSize -benchtime 1x ./app/doclib
func BenchmarkStoredSize(b *testing.B) {
	b.Run("sample", func(b *testing.B) {
		doc := annotation.NewDocument("sample", sample.Article)
		res, err := pipeline.Annotate(doc, pipeline.Options{})
		if err != nil {
			b.Fatal(err)
		}
		u := 0
		for i := 0; i < b.N; i++ {
			u = storedUnits(b, doc, res.Annotations)
		}
		b.ReportMetric(float64(len(res.Annotations)), "annotations")
		b.ReportMetric(float64(u), "units")
		b.ReportMetric(float64(localStorageUnits/u), "docs/quota")
	})
	b.Run("book", func(b *testing.B) {
		doc, anns := bookLength(b, 14000)
		u := 0
		for i := 0; i < b.N; i++ {
			u = storedUnits(b, doc, anns)
		}
		b.ReportMetric(float64(len(anns)), "annotations")
		b.ReportMetric(float64(len([]rune(doc.Text))), "codepoints")
		b.ReportMetric(float64(u), "units")
		b.ReportMetric(100*float64(u)/localStorageUnits, "%quota")
		b.ReportMetric(float64(localStorageUnits/u), "docs/quota")
		if testing.Verbose() {
			fmt.Printf("book: %d bytes of text\n", len(doc.Text))
		}
	})
}
