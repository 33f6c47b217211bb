package site

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// The model bundle is preloaded by the page (the link web/hashiya-boot.js
// reads) and precached by the service worker.
func TestWithNERModel(t *testing.T) {
	h := Handler("v123", 0)
	WithNERModel(h, "/web/ner-0123456789abcdef.bin")
	srv := httptest.NewServer(h)
	defer srv.Close()
	page := fetch(t, srv, "/")
	if !strings.Contains(page, `<link rel="preload" id="`+NERModelID+`" href="/web/ner-0123456789abcdef.bin" as="fetch"`) || !strings.Contains(page, `crossorigin="anonymous"`) {
		t.Errorf("no preload link for the model in the page")
	}
	if worker := fetch(t, srv, "/app-worker.js"); !strings.Contains(worker, `"/web/ner-0123456789abcdef.bin"`) {
		t.Errorf("the model is not precached")
	}
	h2 := Handler("v123", 0)
	WithNERModel(h2, "")
	if len(h2.RawHeaders) != len(h.RawHeaders)-1 {
		t.Errorf("an empty path added headers")
	}
}
