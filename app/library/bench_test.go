package library

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
)

var (
	articlesOnce sync.Once
	articles     []Doc
	articlesErr  error
)

// realArticles annotates the articles of testdata/articles with the
// recognizers (app/pipeline), once.
func realArticles(tb testing.TB) []Doc {
	articlesOnce.Do(func() {
		paths, _ := filepath.Glob("testdata/articles/*.txt")
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				articlesErr = err
				return
			}
			doc := annotation.NewDocument(filepath.Base(p), string(b))
			res, err := pipeline.Annotate(doc, pipeline.Options{Now: func() time.Time { return time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				articlesErr = err
				return
			}
			articles = append(articles, Doc{Doc: doc, Anns: res.Annotations})
		}
	})
	if articlesErr != nil || len(articles) == 0 {
		tb.Fatalf("articles: %v (%d)", articlesErr, len(articles))
	}
	return articles
}

// libraryDocs repeats the articles up to n documents (titles numbered).
func libraryDocs(tb testing.TB, n int) []Doc {
	src := realArticles(tb)
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = src[i%len(src)]
		docs[i].Doc.Title += " #" + strconv.Itoa(i)
	}
	return docs
}

func TestRealArticles(t *testing.T) {
	l := Build(libraryDocs(t, 2*len(realArticles(t))))
	placed, apart := l.Timeline(Filter{})
	if len(placed) == 0 || len(l.Index()) == 0 {
		t.Fatalf("%d placed, %d apart, %d entities", len(placed), len(apart), len(l.Index()))
	}
	for i := 1; i < len(placed); i++ {
		if placed[i].Start.Before(placed[i-1].Start) {
			t.Fatalf("timeline out of order at %d", i)
		}
	}
	// Every article appears twice: every entity of the index is in an even
	// number of documents, with an even number of mentions.
	for _, e := range l.Index() {
		if len(e.Docs)%2 != 0 || len(e.Mentions)%2 != 0 {
			t.Errorf("%s %q: %d documents, %d mentions", e.Label, e.Name, len(e.Docs), len(e.Mentions))
			break
		}
	}
}

// BenchmarkBuild200 builds the timeline and entity index of 200 articles.
func BenchmarkBuild200(b *testing.B) {
	docs := libraryDocs(b, 200)
	b.ResetTimer()
	for b.Loop() {
		Build(docs)
	}
}

// BenchmarkFilter200 filters the 200-article library by its most mentioned
// entity and a date range, and by label and text.
func BenchmarkFilter200(b *testing.B) {
	l := Build(libraryDocs(b, 200))
	top := l.Index()[0].ID
	f1 := Filter{Entities: []int{top}, From: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)}
	f2 := Filter{Labels: []annotation.Label{annotation.DATE}, Text: "الرياض"}
	b.ResetTimer()
	for b.Loop() {
		l.Timeline(f1)
		l.Timeline(f2)
	}
}
