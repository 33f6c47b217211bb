package ui

import (
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The Library dialog reads every stored document when it opens (a library
// of 200 articles: most of the opening's time). prefetchLibrary reads them
// beforehand, in the browser's idle time after the page is ready, so that
// opening the dialog only builds and draws.
const (
	// prefetchDelay: start this long after the page is ready, out of the
	// start-up's way.
	prefetchDelay = 2 * time.Second
	// prefetchMinDocs: smaller libraries are read quickly enough on opening.
	prefetchMinDocs = 20
	// prefetchMaxAnns: a document with more annotations is left to the
	// opening: reading it would hold the page for longer than an idle slice.
	prefetchMaxAnns = 2000
	// prefetchSlack: an idle slice with less time left than this reads no
	// further document (one article takes 1–3 ms).
	prefetchSlack = 4 // ms
)

// prefetch is the reading in progress: only the idle callbacks touch it
// until it is handed to the page (page.prefetched) on the UI goroutine.
type prefetch struct {
	rd    *store.Store
	kv    store.KV
	open  string // the open document (read from the session, not storage)
	infos []annotation.DocumentInfo
	next  int
	docs  map[string]libDoc
	fn    app.Func
}

// prefetchLibrary starts reading the stored documents for the Library
// dialog in idle time (requestIdleCallback), once per page, unless the
// library is small or the dialog has been opened already. The documents
// read are given to libraryBuilt (page.prefetched), which keeps only those
// still current (libDoc's stamp).
func (p *page) prefetchLibrary(ctx app.Context) {
	if !app.IsClient || p.sess == nil || p.sess.Meta == nil || !app.Window().Get("requestIdleCallback").Truthy() {
		return
	}
	open := p.sess.Doc.SHA256
	kv := p.sess.Meta
	ctx.After(prefetchDelay, func(ctx app.Context) {
		if p.libCache != nil {
			return
		}
		pf := &prefetch{kv: kv, open: open, rd: store.New(&keysOnce{KV: kv}), docs: map[string]libDoc{}}
		infos, err := pf.rd.Documents()
		if err != nil || len(infos) < prefetchMinDocs {
			return
		}
		pf.infos = infos
		pf.fn = app.FuncOf(func(this app.Value, args []app.Value) any {
			defer recoverLog("library prefetch")
			if len(args) == 0 || pf.step(args[0]) {
				pf.fn.Release()
				docs := pf.docs
				ctx.Dispatch(func(ctx app.Context) {
					if p.libCache == nil {
						p.prefetched = docs
					}
					// For tests and the benchmark: how many were read.
					document().Get("body").Get("dataset").Set("libraryPrefetched", len(docs))
				})
				return nil
			}
			app.Window().Call("requestIdleCallback", pf.fn, map[string]any{"timeout": 10000})
			return nil
		})
		app.Window().Call("requestIdleCallback", pf.fn, map[string]any{"timeout": 10000})
	})
}

// step reads documents while the idle slice (deadline, an IdleDeadline)
// has time left, at least one; it reports whether all are read.
func (pf *prefetch) step(deadline app.Value) bool {
	for pf.next < len(pf.infos) {
		if len(pf.docs) > 0 && deadline.Call("timeRemaining").Float() < prefetchSlack {
			return false
		}
		info := pf.infos[pf.next]
		pf.next++
		if info.SHA256 == pf.open || info.Count > prefetchMaxAnns {
			continue
		}
		pf.docs[info.SHA256] = readLibDoc(pf.rd, pf.kv, info)
	}
	return true
}
