package doclib

import (
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// bigLibrary stores a 1 MB article (the sample's words repeated) with
// 14,000 annotations, the size issue #10 names.
func bigLibrary(b *testing.B) (*store.Store, *store.Memory, string) {
	b.Helper()
	kv := store.NewMemory(0)
	st := store.New(kv)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("قال وزير الخارجية إن الوفد وصل إلى القاهرة صباح الثلاثاء 29 نوفمبر 2016.\n")
	}
	doc := annotation.NewDocument("big", sb.String())
	r := []rune(doc.Text)
	anns := make([]annotation.Annotation, 0, 14000)
	step := len(r) / 14000
	for i := 0; len(anns) < 14000; i += step {
		anns = append(anns, ann(annotation.NewID(), r, i+4, i+8, "PER", annotation.Suggested))
	}
	if err := st.SaveDocument(doc); err != nil {
		b.Fatal(err)
	}
	if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
		b.Fatal(err)
	}
	return st, kv, doc.SHA256
}

// BenchmarkLoadBig: opening the library screen over one book-length
// document (read whole: text, annotations, counts, export state, folding
// for search).
func BenchmarkLoadBig(b *testing.B) {
	st, kv, _ := bigLibrary(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st.Invalidate() // as on a fresh page: nothing cached
		if _, err := Load(st, kv, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportMarkBig: MarkExported and Unexported over 14,000
// annotations (beyond MaxFingerprint: digest only).
func BenchmarkExportMarkBig(b *testing.B) {
	st, kv, sha := bigLibrary(b)
	_, anns, _ := st.Document(sha)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = MarkExported(kv, sha, anns, time.Now())
		Unexported(kv, sha, anns)
	}
}

// BenchmarkExportMark5000: the same at MaxFingerprint annotations
// (per-annotation fingerprints kept).
func BenchmarkExportMark5000(b *testing.B) {
	st, kv, sha := bigLibrary(b)
	_, anns, _ := st.Document(sha)
	anns = anns[:MaxFingerprint]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = MarkExported(kv, sha, anns, time.Now())
		Unexported(kv, sha, anns[1:])
	}
	v, _, _ := kv.Get(ExportPrefix + sha)
	b.ReportMetric(float64(len(v)), "mark-units")
}
