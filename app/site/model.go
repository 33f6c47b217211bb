package site

import (
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// NERModelID is the id of the page's <link rel="preload"> of the entity
// model bundle: web/hashiya-boot.js fetches its href, and app/ui hands
// the bytes to app/ner (ner.Provide).
const NERModelID = "hx-ner-model"

// WithNERModel adds the entity model bundle (path: "/web/ner-HASH.bin",
// written by `hashiya static`, named by its content) to h: a preload link
// in the page's head, so that the browser fetches it while it fetches
// app.wasm (the page's script takes the same response), and an entry of
// the service worker's precache list, so that the entities come offline
// too. An empty path adds nothing (the page then says that the entity
// model is missing).
func WithNERModel(h *app.Handler, path string) {
	if path == "" {
		return
	}
	h.CacheableResources = append(h.CacheableResources, path)
	// as="fetch" with crossorigin=anonymous is what a plain fetch(url)
	// from the page matches (CORS mode, same-origin credentials); without
	// it the file would be downloaded twice.
	h.RawHeaders = append(h.RawHeaders, `<link rel="preload" id="`+NERModelID+`" href="`+html.EscapeString(path)+`" as="fetch" type="application/octet-stream" crossorigin="anonymous">`)
}
