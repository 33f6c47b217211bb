package sample

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestArticle(t *testing.T) {
	if !utf8.ValidString(Article) || len(Article) < 1000 {
		t.Fatalf("embedded article is not valid UTF-8 text (%d bytes)", len(Article))
	}
	if first, _, _ := strings.Cut(Article, "\n"); first != Title {
		t.Errorf("Title %q is not the article's first line %q", Title, first)
	}
}
