package ui

import (
	"errors"

	"github.com/hashiya/hashiya/app/ner"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The entity model is not part of app.wasm: it is the site's
// web/ner-HASH.bin (app/ner's bundle), which the page starts downloading
// beside app.wasm (a preload link, app/site.WithNERModel) and
// web/hashiya-boot.js keeps in window.__hxNER. The article and its stored
// annotations show at once; a document opened before the model is here
// gets its temporal suggestions first and its entity suggestions when the
// model arrives (session.AddEntities), with "entities loading…" shown
// meanwhile. A missing or damaged file gives a message; the rest of the
// app works without entity suggestions.

// States of the entity model (p.nerState; <body data-entities> is
// "loading" while the open document waits for it, "failed" when it could
// not be loaded, "ready" otherwise).
const (
	nerLoading = "loading"
	nerReady   = "ready"
	nerFailed  = "failed"
)

// listenModel makes app/ner take the model bundle from the page when it
// first needs it (ner.SetPull: a visit that opens a stored document pays
// nothing for it), and, once the download has ended, adds the open
// document's pending entity suggestions.
func (p *page) listenModel(ctx app.Context) {
	if ner.Available() == nil || !app.IsClient { // native: embedded
		p.nerState = nerReady
		return
	}
	ner.SetPull(func() { takeModel() })
	p.nerState = nerLoading
	done := app.Window().Get("__hxNERDone")
	if done.Type() != app.TypeObject {
		ner.Fail(errors.New("the page's loader (web/hashiya-boot.js) did not start the entity model's download"))
		p.checkModel()
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(app.Value, []app.Value) any {
		fn.Release()
		ctx.Dispatch(func(ctx app.Context) { p.modelArrived(ctx) })
		return nil
	})
	done.Call("then", fn)
}

// takeModel hands window.__hxNER to app/ner (ner.Provide, or ner.Fail with
// the download's error), once, and reports whether it was there.
func takeModel() bool {
	defer recoverLog("entity model")
	v := app.Window().Get("__hxNER")
	if v.Type() != app.TypeObject {
		return false
	}
	app.Window().Set("__hxNER", app.Null()) // the Go copy is the only one kept
	if msg := jsStr(v, "error"); msg != "" {
		ner.Fail(errors.New("ner: the entity model could not be downloaded: " + msg))
		return true
	}
	buf := jsField(v, "buf")
	if buf.Type() != app.TypeObject {
		ner.Fail(errors.New("ner: the entity model download gave no data"))
		return true
	}
	arr := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, arr.Length())
	app.CopyBytesToGo(b, arr)
	_ = ner.Provide(b) // a refusal is what ner.Available reports
	return true
}

// modelArrived runs once the download has ended: a failed download is
// reported at once; a good file is taken when needed (now, when the open
// document waits for its entity suggestions).
func (p *page) modelArrived(ctx app.Context) {
	v := app.Window().Get("__hxNER")
	switch {
	case v.Type() == app.TypeObject && jsStr(v, "error") != "":
		takeModel() // ner.Fail
		p.checkModel()
	case p.sess != nil && !p.loading && p.sess.EntitiesPending:
		p.checkModel()
	default:
		p.nerState = nerReady // here (or taken already): read when first needed
	}
	p.addEntities(ctx)
}

// checkModel sets nerState from what app/ner says (taking the file from
// the page if it has not yet).
func (p *page) checkModel() {
	switch err := ner.Available(); {
	case err == nil:
		p.nerState = nerReady
	case errors.Is(err, ner.ErrNotLoaded):
		p.nerState = nerLoading
	default:
		p.nerState, p.nerErr = nerFailed, err.Error()
	}
}

// addEntities adds the open document's entity suggestions when they are
// pending and the model is here (decoding it on first use), and says so
// when it cannot be loaded.
func (p *page) addEntities(ctx app.Context) {
	defer p.markEntities()
	if p.sess == nil || p.loading || !p.sess.EntitiesPending {
		return
	}
	if p.nerState == nerReady {
		if _, err := ner.Default(); err != nil { // a bad model inside a good file
			p.nerState, p.nerErr = nerFailed, err.Error()
		}
	}
	switch p.nerState {
	case nerReady:
		n, err := p.sess.AddEntities()
		if n > 0 || err != nil {
			p.change(ctx, err)
		}
	case nerFailed:
		if !p.nerWarned {
			p.nerWarned = true
			p.warn(T(p, "ner.failed"), p.nerErr)
		}
	}
}

// entityState is <body data-entities>: see nerLoading.
func (p *page) entityState() string {
	if p.sess == nil || !p.sess.EntitiesPending || p.nerState == "" {
		return nerReady
	}
	return p.nerState
}

// markEntities sets <body data-entities> (for tests and timing harnesses).
func (p *page) markEntities() {
	if !app.IsClient {
		return
	}
	defer recoverLog("entities mark")
	document().Get("body").Get("dataset").Set("entities", p.entityState())
}

// renderEntityState is the "entities loading…" line (and its failed form)
// while the open document waits for its entity suggestions.
func (p *page) renderEntityState() app.UI {
	switch p.entityState() {
	case nerLoading:
		return app.Div().Class("hx-ner-status").ID("hx-ner-status").Role("status").Aria("live", "polite").Body(
			app.Span().Class("hx-ner-spin").Aria("hidden", "true"),
			app.Text(T(p, "ner.loading")),
		)
	case nerFailed:
		return app.Div().Class("hx-ner-status failed").ID("hx-ner-status").Role("status").Text(T(p, "ner.unavailable"))
	}
	return nil
}
