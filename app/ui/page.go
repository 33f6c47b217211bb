package ui

import (
	"bytes"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/sample"
	"github.com/hashiya/hashiya/app/store"
	"github.com/hashiya/hashiya/app/ui/overview"
	"github.com/hashiya/hashiya/app/ui/session"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page is the annotator: toolbar, article with highlights, side panel,
// timeline, entities and document list. It owns the session (app/ui/session)
// and turns events into session calls; the heavy lifting is there and in
// textmap.
type page struct {
	app.Compo

	sess    *session.Session
	tm      textmap.Map
	runes   []rune
	loading bool

	selected string // id of the annotation shown in the side panel
	pasting  bool

	msgKind, msgText, msgAction string
	onAction                    func(ctx app.Context)

	docs      []annotation.DocumentInfo
	keyFn     app.Func
	storageFn app.Func
	ready     bool

	lastClick []string // candidate ids of the last click, to cycle through overlaps

	// version counts changes of the open document's annotations; drawn is
	// the version the highlights were last drawn for, and the overview
	// lists are recomputed only when it changes.
	version, drawn, listed int
	timeline               *[]overview.Item
	entities               *[]overview.Group

	// ctx is the page's own context: deferred work is scheduled on it, as
	// the child component that triggered it may be gone by then.
	ctx app.Context
}

func sampleDoc() annotation.Document {
	return annotation.NewDocument(sample.Title, sample.Article)
}

// newKV returns the browser's localStorage, or memory outside the browser
// (static rendering, native tests) and when localStorage cannot be used
// (disabled by the browser's settings); then warning says so.
func newKV() (kv store.KV, warning string) {
	if !app.IsClient {
		return store.NewMemory(0), ""
	}
	const probe = "hashiya/probe"
	ls := LocalStorage{}
	err := ls.Set(probe, "1")
	if err == nil {
		err = ls.Remove(probe)
	}
	if err != nil && !errors.Is(err, store.ErrQuota) { // a full storage is still readable
		return store.NewMemory(0), "This browser does not let Hashiya use its local storage, so your work will be lost when the page closes: export it before leaving."
	}
	return ls, ""
}

func (p *page) OnMount(ctx app.Context) {
	p.ctx = ctx
	kv, warning := newKV()
	p.sess = session.New(store.New(kv), kv)
	p.loading = true
	p.listenKeys(ctx)
	p.listenStorage(ctx)
	ctx.Handle(actionSelect, func(ctx app.Context, a app.Action) {
		if id, ok := a.Value.(string); ok && p.sess != nil {
			p.selectID(ctx, id)
		}
	})
	ctx.Handle(actionPoint, func(ctx app.Context, a app.Action) {
		if xy, ok := a.Value.([2]float64); ok && p.sess != nil && !p.loading {
			p.clickAt(ctx, xy[0], xy[1])
		}
	})
	// Let the page paint "loading" before the recognizers run.
	ctx.After(20*time.Millisecond, func(ctx app.Context) {
		_, err := p.sess.OpenCurrent(sampleDoc())
		p.afterOpen(ctx, err)
		if err == nil && warning != "" {
			p.msgKind, p.msgText = "warn", warning
		}
	})
}

func (p *page) OnDismount() {
	if p.keyFn != nil {
		document().Call("removeEventListener", "keydown", p.keyFn)
		p.keyFn.Release()
		p.keyFn = nil
	}
	if p.storageFn != nil {
		app.Window().Call("removeEventListener", "storage", p.storageFn)
		p.storageFn.Release()
		p.storageFn = nil
	}
}

// listenStorage reloads the open document when another tab of Hashiya
// saves it (the browser's storage event), so that this tab does not later
// overwrite that work with its older copy.
func (p *page) listenStorage(ctx app.Context) {
	p.storageFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		k := args[0].Get("key")
		if k.Type() != app.TypeString {
			return nil
		}
		key := k.String()
		ctx.Dispatch(func(ctx app.Context) {
			if p.sess == nil || p.loading || p.sess.Doc.SHA256 == "" {
				return
			}
			if key == store.AnnPrefix+p.sess.Doc.SHA256 || key == store.DocPrefix+p.sess.Doc.SHA256 {
				sel := p.selected
				err := p.sess.OpenStored(p.sess.Doc.SHA256)
				p.afterOpen(ctx, err)
				p.selected = sel
				p.info("This document was changed in another tab; its latest saved state is shown.")
			} else if key == store.IndexKey {
				p.refreshDocs()
			}
		})
		return nil
	})
	app.Window().Call("addEventListener", "storage", p.storageFn)
}

// listenKeys binds the keyboard: 1–8 label the selection (or relabel the
// selected span), A accept, R reject, Delete remove, Escape close the panel.
// Keys typed in form fields are left alone.
func (p *page) listenKeys(ctx app.Context) {
	p.keyFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		t := e.Get("target")
		if tag := t.Get("tagName").String(); tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" || t.Get("isContentEditable").Bool() {
			return nil
		}
		if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
			return nil
		}
		key, code := e.Get("key").String(), e.Get("code").String()
		digit := 0
		if strings.HasPrefix(code, "Digit") || strings.HasPrefix(code, "Numpad") {
			if d := strings.TrimLeft(code, "DigitNumpad"); len(d) == 1 && d[0] >= '1' && d[0] <= '9' {
				digit = int(d[0] - '0')
			}
		}
		if digit == 0 && len(key) == 1 && key[0] >= '1' && key[0] <= '9' {
			digit = int(key[0] - '0')
		}
		switch {
		case labelForKey(digit) != "":
		case key == "a" || key == "A" || key == "r" || key == "R" || key == "Delete" || key == "Escape":
		default:
			return nil
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { p.key(ctx, key, digit) })
		return nil
	})
	document().Call("addEventListener", "keydown", p.keyFn)
}

func (p *page) key(ctx app.Context, key string, digit int) {
	if p.sess == nil || p.loading {
		return
	}
	if l := labelForKey(digit); l != "" {
		p.label(ctx, l)
		return
	}
	switch key {
	case "a", "A":
		if p.selected != "" {
			p.change(ctx, p.sess.SetStatus(p.selected, annotation.Accepted))
		}
	case "r", "R":
		if p.selected != "" {
			p.change(ctx, p.sess.SetStatus(p.selected, annotation.Rejected))
		}
	case "Delete":
		if p.selected != "" {
			err := p.sess.Delete(p.selected)
			p.selected = ""
			p.change(ctx, err)
		}
	case "Escape":
		p.selected = ""
		p.redraw(ctx)
	}
}

// afterOpen refreshes everything after the open document changed.
func (p *page) afterOpen(ctx app.Context, err error) {
	p.loading = false
	p.version++
	p.tm = textmap.New(p.sess.Doc.Text)
	p.runes = []rune(p.sess.Doc.Text)
	p.selected, p.lastClick = "", nil
	p.clearMsg()
	if err != nil {
		p.showErr(err)
	}
	p.refreshDocs()
	p.redraw(ctx)
}

func scrollTop() { app.Window().Call("scrollTo", 0, 0) }

// change reports the outcome of an edit and redraws the highlights.
func (p *page) change(ctx app.Context, err error) {
	p.version++
	if err != nil && p.sess.Unsaved == "" { // an unsaved change has its own banner
		p.showErr(err)
	} else if p.msgKind == "error" {
		p.clearMsg()
	}
	p.refreshDocs()
	p.redraw(ctx)
}

// redraw draws the highlights once the DOM is updated; the first time, it
// marks the page ready.
func (p *page) redraw(ctx app.Context) {
	p.ctx.Defer(func(ctx app.Context) {
		if p.ready && p.drawn == p.version {
			// Only the selection changed.
			drawSelection(p.tm, p.sess.Anns, p.selected)
			return
		}
		p.drawn = p.version
		n := applyHighlights(p.tm, p.sess.Anns, p.selected)
		if n < 0 && app.IsClient && p.msgText == "" && !app.Window().Get("Highlight").Truthy() {
			p.msgKind, p.msgText = "warn", "This browser cannot draw highlights (it lacks the CSS Custom Highlight API). Use a recent Chrome, Edge, Safari (17.2+) or Firefox (140+)."
			ctx.Update()
		}
		if !p.ready {
			p.ready = true
			setReady(n)
		} else {
			document().Get("body").Get("dataset").Set("highlights", n)
		}
	})
}

func (p *page) refreshDocs() {
	if docs, err := p.sess.Documents(); err == nil {
		p.docs = docs
	}
}

func (p *page) showErr(err error) {
	p.msgKind, p.msgText, p.msgAction, p.onAction = "error", annotation.ErrorMessage(err), "", nil
}

func (p *page) info(s string) {
	p.msgKind, p.msgText, p.msgAction, p.onAction = "info", s, "", nil
}

func (p *page) clearMsg() {
	p.msgKind, p.msgText, p.msgAction, p.onAction = "", "", "", nil
}

// label labels the current text selection (snapped to graphemes and
// words), or relabels the selected span when nothing is selected.
func (p *page) label(ctx app.Context, l annotation.Label) {
	if start, end, ok := selectionOffsets(p.tm); ok {
		s, e, ok := textmap.Snap(p.runes, start, end)
		if !ok {
			p.msgKind, p.msgText = "warn", "The selection holds no word to label."
			return
		}
		a, err := p.sess.Add(s, e, l)
		clearSelection()
		if a.ID != "" {
			p.selected = a.ID
		}
		p.change(ctx, err)
		return
	}
	if p.selected != "" {
		p.change(ctx, p.sess.Relabel(p.selected, l))
		return
	}
	p.msgKind, p.msgText = "warn", "Select some text in the article first, then choose a label."
}

// clickAt selects the span under a click; clicking again on overlapping
// spans cycles through them.
func (p *page) clickAt(ctx app.Context, x, y float64) {
	cp, ok := caretOffset(p.tm, x, y)
	var ids []string
	if ok {
		seen := map[string]bool{}
		for _, c := range []int{cp, cp - 1} {
			for _, a := range p.sess.At(c) {
				if !seen[a.ID] && pointHits(p.tm, a.Start, a.End, x, y) {
					seen[a.ID] = true
					ids = append(ids, a.ID)
				}
			}
		}
	}
	switch {
	case len(ids) == 0:
		p.selected = ""
	case sameIDs(ids, p.lastClick) && p.selected != "":
		i := 0
		for j, id := range ids {
			if id == p.selected {
				i = (j + 1) % len(ids)
			}
		}
		p.selected = ids[i]
	default:
		p.selected = ids[0]
	}
	p.lastClick = ids
	p.redraw(ctx)
}

func sameIDs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (p *page) selectID(ctx app.Context, id string) {
	if i := p.sess.Find(id); i >= 0 {
		p.selected = id
		a := p.sess.Anns[i]
		scrollToSpan(p.tm, a.Start, a.End)
	}
	p.redraw(ctx)
}

func (p *page) setStatus(ctx app.Context, id string, s annotation.Status) {
	p.change(ctx, p.sess.SetStatus(id, s))
}

func (p *page) deleteAnn(ctx app.Context, id string) {
	err := p.sess.Delete(id)
	if id == p.selected {
		p.selected = ""
	}
	p.change(ctx, err)
}

func (p *page) relabel(ctx app.Context, id string, l annotation.Label) {
	p.change(ctx, p.sess.Relabel(id, l))
}

// open opens a new document after letting the page show "loading".
func (p *page) open(ctx app.Context, doc annotation.Document, note string) {
	p.loading = true
	p.ctx.After(20*time.Millisecond, func(ctx app.Context) {
		err := p.sess.Open(doc)
		p.afterOpen(ctx, err)
		scrollTop()
		if err == nil && note != "" {
			p.msgKind, p.msgText = "warn", note
		}
	})
}

func (p *page) openText(ctx app.Context, title, text string) {
	if strings.TrimSpace(text) == "" {
		p.msgKind, p.msgText = "warn", "The text is empty."
		return
	}
	if strings.TrimSpace(title) == "" {
		title = session.Title(text)
	}
	p.pasting = false
	p.open(ctx, annotation.NewDocument(strings.TrimSpace(title), text), "")
}

// openFile opens a .txt file: UTF-8 as is; UTF-16 with a byte-order mark and
// Windows-1256 (older Arabic sites) are converted, with a note.
func (p *page) openFile(ctx app.Context, name string, data []byte) {
	var text, note string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		label := "utf-16le"
		if data[0] == 0xFE {
			label = "utf-16be"
		}
		s, ok := decodeText(data, label)
		if !ok {
			p.msgKind, p.msgText = "error", name+" is UTF-16 text that this browser cannot decode. Save it as UTF-8."
			return
		}
		text, note = s, name+" was UTF-16 text; it was converted to UTF-8 (the offsets refer to the converted text)."
	case utf8.Valid(data):
		text = string(data)
	default:
		s, ok := decodeText(data, "windows-1256")
		if !ok || !utf8.ValidString(s) {
			p.msgKind, p.msgText = "error", name+" is not UTF-8 text. Save it as UTF-8 and open it again."
			return
		}
		text, note = s, name+" was not UTF-8; it was read as Windows-1256 (Arabic) and converted. Check that the text looks right."
	}
	if strings.TrimSpace(text) == "" {
		p.msgKind, p.msgText = "warn", name+" is empty."
		return
	}
	p.open(ctx, annotation.NewDocument(session.Title(text), text), note)
}

func (p *page) export(ctx app.Context) {
	name, data, err := p.sess.Export()
	if err != nil {
		p.showErr(err)
		return
	}
	download(name, "application/json", string(data))
	p.info("Exported " + name + " (offsets in Unicode code points).")
}

func (p *page) importFile(ctx app.Context, name string, data []byte) {
	report, err := p.sess.Import(data)
	var conflict *session.ConflictError
	switch {
	case errors.As(err, &conflict):
		f := conflict.File
		p.msgKind, p.msgText = "warn", annotation.ErrorMessage(err)+" Nothing was changed."
		p.msgAction = "Open that document"
		p.onAction = func(ctx app.Context) { p.openExport(ctx, f) }
		return
	case err != nil && report == "":
		p.msgKind, p.msgText = "error", name+": "+annotation.ErrorMessage(err)+" Nothing was changed."
		p.msgAction, p.onAction = "", nil
		return
	case err != nil:
		p.showErr(err)
	default:
		p.info(name + ": " + report)
	}
	p.version++
	p.refreshDocs()
	p.redraw(ctx)
}

func (p *page) openExport(ctx app.Context, f *hashiyajson.File) {
	report, err := p.sess.OpenFile(f)
	p.afterOpen(ctx, err)
	scrollTop()
	if err == nil {
		p.info("Opened “" + f.Document.Title + "”: " + report)
	}
}

func (p *page) openStored(ctx app.Context, sha string) {
	err := p.sess.OpenStored(sha)
	p.afterOpen(ctx, err)
	scrollTop()
}

func (p *page) deleteDoc(ctx app.Context, sha string) {
	if err := p.sess.DeleteDocument(sha); err != nil {
		p.showErr(err)
	}
	p.refreshDocs()
}

func (p *page) setDCT(ctx app.Context, v string) {
	if err := p.sess.SetDCT(v); err != nil {
		p.showErr(err)
	} else {
		p.info("Suggestions re-resolved against the DCT " + p.sess.Doc.DCT + "; your accepted, rejected and own spans are unchanged.")
	}
	p.version++
	p.refreshDocs()
	p.redraw(ctx)
}

func (p *page) Render() app.UI {
	if p.sess == nil {
		return app.Div().Class("hx-app").Body(
			&toolbar{},
			app.Div().Class("hx-loading").Text("Loading…"),
		)
	}
	s := p.sess
	if p.timeline == nil || p.listed != p.version {
		t, e := overview.Timeline(s.Anns), overview.Entities(s.Anns)
		p.timeline, p.entities, p.listed = &t, &e, p.version
	}
	var sel, linked annotation.Annotation
	var others []annotation.Annotation
	if i := s.Find(p.selected); i >= 0 {
		sel = s.Anns[i]
		for _, a := range s.Anns {
			if a.ID != sel.ID && a.Start < sel.End && sel.Start < a.End {
				others = append(others, a)
			}
			if sel.Link != "" && a.ID == sel.Link {
				linked = a
			}
		}
	}
	return app.Div().Class("hx-app").Body(
		&toolbar{
			OnSample: func(ctx app.Context) { p.open(ctx, sampleDoc(), "") },
			OnPaste:  func(ctx app.Context) { p.pasting = true },
			OnFile:   p.openFile,
			OnImport: p.importFile,
			OnExport: p.export,
		},
		(&messageBar{
			OnAction: func(ctx app.Context) {
				if f := p.onAction; f != nil {
					p.clearMsg()
					f(ctx)
				}
			},
			OnClose: func(ctx app.Context) { p.clearMsg() },
		}).Message(p.msgKind, p.msgText, p.msgAction),
		app.If(s.Unsaved != "", func() app.UI {
			return app.Div().Class("hx-msg warn").ID("hx-unsaved").Role("alert").Body(
				app.Span().Class("hx-msg-text").Text("Not saved: "+s.Unsaved+" Your changes are kept on this page; export them to be safe."),
				app.Button().ID("hx-unsaved-export").OnClick(func(ctx app.Context, e app.Event) { p.export(ctx) }).Text("Export now"),
			)
		}),
		app.Main().Class("hx-main").Body(
			app.Section().Class("hx-article").Body(
				app.Div().Class("hx-article-head").Body(
					app.H1().Class("hx-title").ID("hx-title").Dir("auto").Text(s.Doc.Title),
					(&dctField{OnSet: p.setDCT}).DCT(s.Doc.DCT, s.DCTSource, s.Dateline),
				),
				(&legend{}).Active(sel.Label).OnPick(p.label),
				app.If(p.loading, func() app.UI { return app.Div().Class("hx-loading").ID("hx-loading").Text("Annotating…") }),
				(&articleView{}).Text(s.Doc.Text),
			),
			app.Aside().Class("hx-side").Body(
				(&sidePanel{
					OnStatus:  p.setStatus,
					OnDelete:  p.deleteAnn,
					OnRelabel: p.relabel,
					OnSelect:  p.selectID,
					OnNote:    func(ctx app.Context, id, note string) { p.change(ctx, p.sess.SetNote(id, note)) },
					OnClose:   func(ctx app.Context) { p.selected = ""; p.redraw(ctx) },
				}).Ann(sel).Others(others).Linked(linked),
				(&timelinePanel{}).Items(p.timeline),
				(&entitiesPanel{}).Groups(p.entities),
				(&docList{OnOpen: p.openStored, OnDelete: p.deleteDoc}).Docs(p.docs, s.Doc.SHA256),
			),
		),
		app.If(p.pasting, func() app.UI {
			return &pasteDialog{
				OnSubmit: p.openText,
				OnCancel: func(ctx app.Context) { p.pasting = false },
			}
		}),
	)
}
