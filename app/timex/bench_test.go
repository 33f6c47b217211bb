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
// It also reports the process CPU time per op and the throughput it gives
// (cpu-MB/s), which stays meaningful on a machine shared with other jobs,
// where wall-clock MB/s mostly measures the contention. Run it with
// GOMAXPROCS=1 so that the CPU time is the tagger's (and the GC's) alone.
func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	opt := Options{DCT: refDCT}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	for i := 0; i < b.N; i++ {
		Tag(text, opt)
	}
	if c := cpuTime() - c0; c > 0 {
		per := float64(c.Nanoseconds()) / float64(b.N)
		b.ReportMetric(per, "cpu-ns/op")
		b.ReportMetric(float64(len(text))/per*1e3, "cpu-MB/s")
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
