package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText repeats the test articles to about 1 MB.
func benchText(b *testing.B) string {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatal("no test articles")
	}
	var parts []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(t))
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkTag tags about 1 MB of Arabic news text (MB/s via SetBytes).
func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	opt := Options{DCT: refDCT}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tag(text, opt)
	}
}

// BenchmarkTagSeed tags the sample article (target: under 1 ms).
func BenchmarkTagSeed(b *testing.B) {
	t, err := os.ReadFile("testdata/articles/seed_article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(t)
	opt := Options{DCT: refDCT}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tag(text, opt)
	}
}
