package store_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// benchDoc returns a document of about 10,000 words and n annotations on it.
func benchDoc(b *testing.B, n int) (annotation.Document, []annotation.Annotation) {
	b.Helper()
	return benchDocSize(b, n, 120000)
}

// benchDocSize is benchDoc with a text of at least size bytes.
func benchDocSize(b *testing.B, n, size int) (annotation.Document, []annotation.Annotation) {
	b.Helper()
	var sb strings.Builder
	for sb.Len() < size {
		sb.WriteString("وصل حفتر إلى موسكو أمس في زيارة رسمية هي الثانية من نوعها.\n")
	}
	doc := annotation.NewDocument("big", sb.String())
	anns := make([]annotation.Annotation, 0, n)
	for i := 0; len(anns) < n; i += 30 {
		a, err := annotation.Select(doc.Text, i, i+4, annotation.PER)
		if err != nil {
			b.Fatal(err)
		}
		a.ID, a.Source, a.Status = fmt.Sprintf("a%06d", i), annotation.Auto, annotation.Suggested
		anns = append(anns, a)
	}
	return doc, anns
}

// BenchmarkSaveAnnotations measures one SaveAnnotations of 2,000
// annotations on a 10,000-word document, the write the UI makes on every
// change.
func BenchmarkSaveAnnotations(b *testing.B) {
	doc, anns := benchDoc(b, 2000)
	s := store.New(store.NewMemory(0))
	if err := s.SaveDocument(doc); err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		anns[i%len(anns)].Status = annotation.Accepted
		if err := s.SaveAnnotations(doc.SHA256, anns); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocument measures loading a stored document with 2,000
// annotations.
func BenchmarkDocument(b *testing.B) {
	doc, anns := benchDoc(b, 2000)
	s := store.New(store.NewMemory(0))
	if err := s.SaveDocument(doc); err != nil {
		b.Fatal(err)
	}
	if err := s.SaveAnnotations(doc.SHA256, anns); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := s.Document(doc.SHA256); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDocumentFresh measures what a page load does: a new Store (empty
// cache) reads a stored document with 2,000 annotations.
func BenchmarkDocumentFresh(b *testing.B) {
	doc, anns := benchDoc(b, 2000)
	benchDocumentFresh(b, doc, anns)
}

// BenchmarkDocumentBook is BenchmarkDocumentFresh at book length: 1 MB of
// text, 14,200 annotations (the size of bench-editor's document). Run it
// as wasm too, where it is what the browser does on opening
// (GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec").
func BenchmarkDocumentBook(b *testing.B) {
	doc, anns := benchDocSize(b, 14200, 1<<20)
	benchDocumentFresh(b, doc, anns)
}

func benchDocumentFresh(b *testing.B, doc annotation.Document, anns []annotation.Annotation) {
	m := store.NewMemory(0)
	s := store.New(m)
	if err := s.SaveDocument(doc); err != nil {
		b.Fatal(err)
	}
	if err := s.SaveAnnotations(doc.SHA256, anns); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := store.New(m).Document(doc.SHA256); err != nil {
			b.Fatal(err)
		}
	}
}
