package pipeline

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/sample"
)

// BenchmarkAnnotate runs the whole pipeline (DCT detection, temporal tagger,
// entity recognizer, suggestions) on a ~1 MB document made of copies of the
// sample article.
func BenchmarkAnnotate(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString(sample.Article)
		sb.WriteString("\n\n")
	}
	doc := annotation.NewDocument("", sb.String())
	if _, err := Annotate(doc, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Annotate(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnnotateSample runs the pipeline on the sample article.
func BenchmarkAnnotateSample(b *testing.B) {
	doc := annotation.NewDocument(sample.Title, sample.Article)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Annotate(doc, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
