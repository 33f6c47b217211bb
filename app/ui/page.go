package ui

import (
	"errors"
	"fmt"
	"github.com/hashiya/hashiya/app/i18n"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/sample"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/store"
	"github.com/hashiya/hashiya/app/ui/overview"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page is the annotator: toolbar, article with highlights, side panel,
// timeline, entities and document list. It owns the session (app/session)
// and turns events into session calls; the heavy lifting is there and in
// textmap.
type page struct {
	app.Compo

	sess    *session.Session
	tm      textmap.Map
	touch   touchSel // the last article selection, for a chip tapped with a finger
	runes   []rune
	loading bool

	nerState, nerErr string // the entity model's state (nermodel.go) and why it failed
	nerWarned        bool   // its failure was shown

	selected string // id of the annotation shown in the side panel
	pasting  bool
	library  bool // the library dialog is open (librarydialog.go)

	msgKind, msgText, msgDetail, msgCode string
	msgAction, msgAction2                string
	onAction, onAction2                  func(ctx app.Context)

	// placedReview and orphans list what the last "apply to the open
	// document" could place only approximately and could not place.
	placedReview, orphans []annotation.Annotation
	applied               string // title of the document they came from

	st *store.Store

	docs      []annotation.DocumentInfo
	hl        highlighter
	scrollFn  app.Func // window scroll: draws the highlights of the new viewport
	frameFn   app.Func // the requestAnimationFrame callback of scrollFn
	framing   bool     // a frame is requested
	keyFn     app.Func
	storageFn app.Func
	unloadFn  app.Func // beforeunload guard while there is unsaved work
	exported  int      // version at the last export (see leaving)
	ready     bool

	lastClick []string     // candidate ids of the last click, to cycle through overlaps
	lk        linking      // a link being made (links.go)
	walk      *mentionWalk // walking through an entity's mentions (walk.go)
	libCache  *libCache    // the library last built (librarydialog.go)

	// prefetched: stored documents read in idle time for the library
	// (libraryprefetch.go).
	prefetched map[string]libDoc

	// version counts changes of the open document's annotations; drawn is
	// the version the highlights were last drawn for, and the overview
	// lists are recomputed only when it changes.
	version, drawn, listed int
	listing                bool // a recomputation of the lists is scheduled
	renderDue              bool // deferRender has scheduled go-app's update
	// lists: the timeline and entities, computed at lists.version, with
	// the entity keys remembered between computations.
	lists    *sideLists
	listKeys overview.Keys

	// ctx is the page's own context: deferred work is scheduled on it, as
	// the child component that triggered it may be gone by then.
	ctx app.Context

	f features // undo, keyboard caret, search, list, help (features.go)

	fm formatsState // document library, storage, share link, export format (docscreen.go)
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
		return store.NewMemory(0), "لا يسمح هذا المتصفح لحاشية باستخدام التخزين المحلي، فسيضيع عملك عند إغلاق الصفحة: صدِّره قبل المغادرة."
	}
	return ls, ""
}

func (p *page) OnMount(ctx app.Context) {
	p.ctx = ctx
	installWatchdog()
	kv, warning := newKV()
	p.st = store.New(kv)
	p.sess = session.New(p.st, kv)
	p.sess.Defer = p.deferWrites
	p.mountFeatures()
	p.loading = true
	p.listenModel(ctx)
	p.listenKeys(ctx)
	p.listenStorage(ctx)
	p.listenUnload()
	p.listenScroll()
	p.listenSelection()
	ctx.Handle(actionSelect, func(ctx app.Context, a app.Action) {
		if id, ok := a.Value.(string); ok && p.sess != nil {
			p.selectID(ctx, id)
		}
	})
	ctx.Handle(actionPoint, func(ctx app.Context, a app.Action) {
		if xy, ok := a.Value.([2]float64); ok && p.sess != nil && !p.loading && p.lk.from != "" {
			p.linkClick(ctx, xy[0], xy[1])
		} else if ok && p.sess != nil && !p.loading {
			p.clickAt(ctx, xy[0], xy[1])
		}
	})
	// Let the page paint "loading" before the recognizers run.
	ctx.After(20*time.Millisecond, func(ctx app.Context) {
		_, err := p.sess.OpenCurrent(sampleDoc())
		p.afterOpen(ctx, err)
		if err == nil && warning != "" {
			p.warn(warning, "localStorage cannot be used")
		}
		p.mountFormats(ctx)
	})
}

func (p *page) OnDismount() {
	removeLinkOverlay()
	if p.keyFn != nil {
		document().Call("removeEventListener", "keydown", p.keyFn)
		p.keyFn.Release()
		p.keyFn = nil
	}
	if p.unloadFn != nil {
		app.Window().Call("removeEventListener", "beforeunload", p.unloadFn)
		p.unloadFn.Release()
		p.unloadFn = nil
	}
	if p.scrollFn != nil {
		app.Window().Call("removeEventListener", "scroll", p.scrollFn)
		p.scrollFn.Release()
		p.frameFn.Release()
		p.scrollFn, p.frameFn = nil, nil
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
		k := jsField(args[0], "key")
		if k.Type() != app.TypeString { // null: another tab cleared the storage
			ctx.Dispatch(func(ctx app.Context) { p.st.Invalidate() })
			return nil
		}
		key := k.String()
		oldV, newV, chunk := chunkEvent(args[0], key)
		ctx.Dispatch(func(ctx app.Context) {
			// Another tab wrote: the library is built again when next shown.
			p.libCache = nil
			p.st.Invalidate(key) // what the store cached for key is stale
			if chunk {
				p.reconcile(key, oldV, newV) // reconcile.go
			}
			if p.sess == nil || p.loading || p.sess.Doc.SHA256 == "" {
				return
			}
			ann := store.AnnPrefix + p.sess.Doc.SHA256
			if key == store.LinkPrefix+p.sess.Doc.SHA256 {
				p.refreshLinks(ctx)
			} else if key == ann || strings.HasPrefix(key, ann+"/") || key == store.DocPrefix+p.sess.Doc.SHA256 {
				// Merge per annotation: what this tab stored is in storage
				// already (read-modify-write per chunk), so the stored state
				// is this tab's work plus the other tab's.
				changes, err := p.sess.Refresh()
				if err != nil {
					p.showErr(err)
				}
				if len(changes) > 0 {
					if _, ok := p.sess.Get(p.selected); !ok {
						p.selected = ""
					}
					p.info(fmt.Sprintf("غُيِّرت هذه الوثيقة في تبويب آخر (توسيمات: %d)، ودُمجت تغييراته مع تغييراتك.", len(changes)), fmt.Sprintf("Changed in another tab: %d annotations merged; nothing of this tab's work was dropped.", len(changes)))
					p.change(ctx, nil)
					p.adoptLabels(ctx)
				}
			} else if key == store.IndexKey {
				p.refreshDocs()
			} else if key == labelSetKey {
				p.reloadLabelSet(ctx)
			}
		})
		return nil
	})
	app.Window().Call("addEventListener", "storage", p.storageFn)
}

// listenScroll draws the highlights of the paragraphs that scrolling brings
// on screen, once per animation frame. The callbacks run while go-app's UI
// goroutine waits (js/wasm has one thread), and touch only the highlighter.
func (p *page) listenScroll() {
	p.frameFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		p.framing = false
		if p.sess != nil && p.ready && !p.loading && p.hl.moved() {
			p.hl.draw(p.sess, p.selected)
			p.drawLinkOverlay()
		}
		return nil
	})
	p.scrollFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if !p.framing {
			p.framing = true
			app.Window().Call("requestAnimationFrame", p.frameFn)
		}
		return nil
	})
	app.Window().Call("addEventListener", "scroll", p.scrollFn, map[string]any{"passive": true})
}

// listenKeys binds the keyboard: 1–8 label the selection (or relabel the
// selected span), A accept, R reject, Delete remove, Escape close the panel.
// Keys typed in form fields are left alone.
func (p *page) listenKeys(ctx app.Context) {
	p.keyFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		var key string
		var digit int
		handled := false
		if p.linkKey(ctx, args[0]) || p.featureKey(ctx, args[0]) {
			return nil
		}
		guard("keydown", func() { key, digit, handled = keyOf(args[0]) })
		if !handled {
			return nil
		}
		if pd := jsField(args[0], "preventDefault"); pd.Type() == app.TypeFunction {
			args[0].Call("preventDefault")
		}
		ctx.Dispatch(func(ctx app.Context) { guard("key "+key, func() { p.key(ctx, key, digit) }) })
		return nil
	})
	document().Call("addEventListener", "keydown", p.keyFn)
}

// keyOf reads a keydown event defensively (a script may dispatch one without
// key, code or modifiers, or from an SVG element): the key ("a", "r",
// "Delete", "Escape"), the digit 1–9 (0 for none), and whether the page
// handles it. A and R are read from event.code (KeyA, KeyR) too, so that
// they work with an Arabic keyboard layout.
func keyOf(e app.Value) (key string, digit int, ok bool) {
	t := jsField(e, "target")
	if tag := strings.ToUpper(jsStr(t, "tagName")); tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" || jsBool(t, "isContentEditable") {
		return "", 0, false
	}
	if jsBool(e, "ctrlKey") || jsBool(e, "metaKey") || jsBool(e, "altKey") {
		return "", 0, false
	}
	key, code := jsStr(e, "key"), jsStr(e, "code")
	switch code {
	case "KeyA":
		key = "a"
	case "KeyR":
		key = "r"
	}
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
		return "", 0, false
	}
	return key, digit, true
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
	p.runes = p.sess.Runes() // one copy of the text as code points, shared
	p.hl.reset(p.tm)
	p.ready = false // the article is rendered again: draw once it is
	p.selected, p.lastClick, p.lk = "", nil, linking{}
	p.orphans, p.placedReview = nil, nil
	p.clearMsg()
	if err == nil {
		err = p.sess.LinksError()
	}
	if err != nil {
		p.showErr(err)
		if len(p.sess.Damaged) > 0 {
			p.msgAction, p.onAction = T(p, "download.damaged"), p.downloadDamaged
		}
	}
	p.adoptLabels(ctx)
	p.refreshDocs()
	p.addEntities(ctx) // pending ones, when the model is here (nermodel.go)
	p.redraw(ctx)
}

func scrollTop() { app.Window().Call("scrollTo", 0, 0) }

// change reports the outcome of an edit and redraws the highlights. The
// edit is stored after the frame that shows it (deferWrites), and the
// document list's counts with it.
func (p *page) change(ctx app.Context, err error) {
	p.version++
	if err != nil && p.sess.Unsaved == "" { // an unsaved change has its own banner
		p.showErr(err)
	} else if p.msgKind == "error" {
		p.clearMsg()
	}
	if !p.sess.Pending() {
		p.refreshDocs()
	}
	p.redraw(ctx)
	p.deferRender(ctx)
}

// deferRender lets the browser paint the frame that shows an edit's
// highlights (drawn already, in the key press's task) before go-app
// re-renders the page (toolbar, legend, side panel, lists: its components
// with func fields are rendered again on every update, several
// milliseconds on a long document), which it then does in a task after
// that frame. go-app would otherwise render at its next tick, which can
// come before the frame. Everything the page shows is still computed
// from the session's state at that render, so nothing it shows is stale
// once it has run; until then the panels show the state before the edit.
func (p *page) deferRender(ctx app.Context) {
	if !p.ready || !app.IsClient {
		return
	}
	ctx.PreventUpdate()
	if p.renderDue {
		return
	}
	p.renderDue = true
	afterFrame(func() {
		p.ctx.Dispatch(func(app.Context) { p.renderDue = false })
	})
}

// afterFrame calls f in a task after the browser's next frame
// (requestAnimationFrame, then a zero timeout).
func afterFrame(f func()) {
	var after, frame app.Func
	after = app.FuncOf(func(app.Value, []app.Value) any {
		after.Release()
		f()
		return nil
	})
	frame = app.FuncOf(func(app.Value, []app.Value) any {
		frame.Release()
		app.Window().Call("setTimeout", after, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", frame)
}

// deferWrites is the session's Defer: its storage writes run once the
// browser has painted the frame after the edit (requestAnimationFrame,
// then a task), coalesced for a burst of edits.
func (p *page) deferWrites(flush func()) {
	if !app.IsClient {
		flush()
		return
	}
	afterFrame(func() { p.ctx.Dispatch(func(ctx app.Context) { p.flushWrites(ctx) }) })
}

// flushWrites writes the session's pending changes and shows the outcome:
// the unsaved banner when storage refused them, the document list's
// counts.
func (p *page) flushWrites(ctx app.Context) {
	if p.sess == nil || !p.sess.Pending() {
		return
	}
	unsaved, count := p.sess.Unsaved, p.docCount()
	_ = p.sess.Flush() // a failure sets Unsaved, shown by its banner
	p.refreshDocs()
	if p.sess.Unsaved != unsaved || p.docCount() != count {
		ctx.Update()
	} else {
		ctx.PreventUpdate()
	}
}

// docCount is the open document's annotation count in the document list.
func (p *page) docCount() int {
	for _, d := range p.docs {
		if d.SHA256 == p.sess.Doc.SHA256 {
			return d.Count
		}
	}
	return -1
}

// redraw draws the highlights: at once when the article is on the page
// (an edit lands in the frame of its key press; the side panel follows at
// go-app's next update), else once the DOM is updated; the first time, it
// marks the page ready.
func (p *page) redraw(ctx app.Context) {
	if p.ready {
		p.draw(ctx)
		return
	}
	p.ctx.Defer(p.draw)
}

func (p *page) draw(ctx app.Context) {
	p.drawn = p.version
	ensureText(textContainer(), p.sess.Doc.SHA256, p.sess.Doc.Text)
	n := p.hl.draw(p.sess, p.selected)
	p.drawLinkOverlay()
	if n < 0 && app.IsClient && p.msgText == "" && !app.Window().Get("Highlight").Truthy() {
		p.warn("لا يستطيع هذا المتصفح رسم التظليل. استخدم إصدارًا حديثًا من Chrome أو Edge أو Safari (17.2+) أو Firefox (140+).", "CSS Custom Highlight API missing")
		ctx.Update()
	}
	if !p.ready {
		p.ready = true
		setReady(n)
		p.prefetchLibrary(ctx)
		p.detectDatelineLater()
	} else {
		document().Get("body").Get("dataset").Set("highlights", n)
	}
	p.afterDraw()
}

// detectDatelineLater detects the open document's dateline (the DCT
// field's hint, session.DetectDateline) once the document is painted.
func (p *page) detectDatelineLater() {
	detect := func(ctx app.Context) {
		if p.sess == nil || !p.sess.DetectDateline() {
			ctx.PreventUpdate()
		}
	}
	if !app.IsClient {
		p.ctx.Dispatch(detect)
		return
	}
	// A second zero timeout: the detection (tens of milliseconds on a
	// book) then runs behind whatever else was queued for after the frame
	// that paints the document (a measuring harness's mark, an input's
	// handler), not in front of it.
	afterFrame(func() {
		var later app.Func
		later = app.FuncOf(func(app.Value, []app.Value) any {
			later.Release()
			p.ctx.Dispatch(detect)
			return nil
		})
		app.Window().Call("setTimeout", later, 0)
	})
}

// listDelay is how long the annotations must stay unchanged before the
// timeline and entity lists are recomputed (O(n log n) over all
// annotations, tens of milliseconds on a book-length document): off the
// edit's frame, and once for a burst of edits, so that the recomputation
// does not hold up the next key of someone reviewing one suggestion after
// another; listMaxWait bounds how long a steady stream of edits can put
// it off.
const (
	listDelay   = 300 * time.Millisecond
	listMaxWait = 2 * time.Second
)

// scheduleLists recomputes the timeline and entity lists once the
// annotations have not changed for listDelay (or listMaxWait after the
// first change), when they changed since they were computed.
// A document with at most syncLists annotations has its lists recomputed at
// once (a few milliseconds).
func (p *page) scheduleLists() {
	if p.listed == p.version && p.lists != nil {
		return
	}
	if p.sess.Len() <= syncLists {
		p.computeLists()
		return
	}
	if p.listing {
		return
	}
	p.listing = true
	first := time.Now()
	var wait func(seen int)
	wait = func(seen int) {
		p.ctx.After(listDelay, func(ctx app.Context) {
			if p.sess != nil && p.version != seen && time.Since(first) < listMaxWait {
				wait(p.version) // changed meanwhile: wait for a pause
				ctx.PreventUpdate()
				return
			}
			p.listing = false
			if p.sess != nil && p.listed != p.version {
				p.computeLists()
			}
		})
	}
	wait(p.version)
}

const syncLists = 2000

func (p *page) computeLists() {
	each := func(yield func(annotation.Annotation) bool) { p.sess.Set().Each(yield) }
	p.lists = &sideLists{version: p.version, timeline: overview.TimelineOf(each), entities: p.listKeys.Entities(each)}
	p.listed = p.version
}

func (p *page) refreshDocs() {
	if docs, err := p.sess.Documents(); err == nil {
		p.docs = docs
	}
	// The index's count of a document whose saved annotations are damaged
	// is what was saved, not what could be read: show what is open, and ⚠.
	for i := range p.docs {
		if d := &p.docs[i]; d.SHA256 == p.sess.Doc.SHA256 && len(p.sess.Damaged) > 0 {
			d.Count = p.sess.Len()
			if d.Problem == "" {
				d.Problem = "Damaged saved data; copies kept under " + strings.Join(p.sess.Damaged, ", ")
			}
		}
	}
}

// showErr shows err: the Arabic sentence for its code, its own message as
// the detail.
func (p *page) showErr(err error) {
	p.say("error", errAr(err), annotation.ErrorMessage(err))
	p.msgCode = annotation.ErrorCode(err)
}

func (p *page) info(ar, detail string) { p.say("info", ar, detail) }
func (p *page) warn(ar, detail string) { p.say("warn", ar, detail) }

// say shows a message without actions.
func (p *page) say(kind, ar, detail string) {
	p.clearMsg()
	p.msgKind, p.msgText, p.msgDetail = kind, ar, detail
}

func (p *page) clearMsg() {
	p.msgKind, p.msgText, p.msgDetail, p.msgCode = "", "", "", ""
	p.msgAction, p.msgAction2, p.onAction, p.onAction2 = "", "", nil, nil
}

// label labels the current text selection (snapped to graphemes and
// words), or relabels the selected span when nothing is selected.
func (p *page) label(ctx app.Context, l annotation.Label) {
	start, end, ok := selectionOffsets(p.tm)
	if !ok {
		start, end, ok = p.touchSelection()
	}
	if ok {
		p.touch = touchSel{selFn: p.touch.selFn, downFn: p.touch.downFn}
		s, e, ok := textmap.SnapWith(p.runes, start, end, p.snapOptions())
		if !ok {
			p.warn(T(p, "sel.noword"), "")
			return
		}
		if err := session.CheckSelection(p.runes, s, e); err != nil {
			p.warn("التحديد أطول من أن يكون اسمًا أو تعبيرًا زمنيًّا (يتجاوز فقرة أو 300 محرف)، فلم يُوسم. حدِّد الكلمات المقصودة وحدها.", annotation.ErrorMessage(err))
			p.msgCode = annotation.EINVALID
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
	p.warn(T(p, "sel.none"), "")
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
	if a, ok := p.sess.Get(id); ok {
		p.selected = id
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
	p.leaving(ctx, func(ctx app.Context) { p.openNow(ctx, doc, note) })
}

func (p *page) openNow(ctx app.Context, doc annotation.Document, note string) {
	p.loading = true
	p.ctx.After(20*time.Millisecond, func(ctx app.Context) {
		err := p.sess.Open(doc)
		p.afterOpen(ctx, err)
		scrollTop()
		if err == nil && note != "" {
			p.warn("حُوِّل ترميز الملف؛ تحقَّق من سلامة النص.", note)
		}
	})
}

func (p *page) openText(ctx app.Context, title, text string) {
	if strings.TrimSpace(text) == "" {
		p.warn(T(p, "paste.empty"), "")
		return
	}
	if strings.TrimSpace(title) == "" {
		title = session.Title(text)
	}
	p.pasting = false
	p.open(ctx, annotation.NewDocument(strings.TrimSpace(title), text), "")
}

// openFile opens a .txt file: UTF-8 as is, UTF-16 with a byte-order mark
// converted with a note; a file that is neither asks how to read it
// (encodingdialog.go).
func (p *page) openFile(ctx app.Context, name string, data []byte) {
	if text, note, ok := p.chooseEncoding(name, data); ok {
		p.openDecoded(ctx, name, text, note)
	}
}

func (p *page) export(ctx app.Context) {
	name, data, err := p.sess.Export()
	if err != nil {
		p.showErr(err)
		return
	}
	download(name, "application/json", string(data))
	p.exported = p.version
	p.markExported()
	p.info("صُدِّرت الوثيقة وتوسيماتها.", name+" — Hashiya JSON, offsets in Unicode code points")
}

// mergeAr describes a merge in Arabic (figures, so no number agreement is
// needed).
func mergeAr(r hashiyajson.MergeReport) string {
	s := fmt.Sprintf("التوسيمات المضافة: %d · الموجودة من قبل: %d", r.Added, r.Duplicates)
	if r.Decided > 0 {
		s += fmt.Sprintf(" · اقتراحات أخذت قرار الملف (قبول أو رفض): %d", r.Decided)
	}
	if len(r.Renamed) > 0 {
		s += fmt.Sprintf(" · أُعطيت معرّفًا جديدًا: %d", len(r.Renamed))
	}
	return s + "."
}

func (p *page) importFile(ctx app.Context, name string, data []byte) {
	if f := formats.Detect(name, data); f != formats.Native && f != "" {
		p.importOther(ctx, name, data)
		return
	}
	dctBefore := p.sess.Doc.DCT
	p.f.fileLabels = hashiyajson.FileLabels(data)
	report, ok, err := p.sess.Import(data)
	var conflict *session.ConflictError
	switch {
	case errors.As(err, &conflict):
		f := conflict.File
		p.say("warn", errAr(err)+" لم يتغيّر شيء. يمكنك فتح تلك الوثيقة، أو تطبيق توسيماتها على الوثيقة المفتوحة (يُعاد ربط كل توسيم بموضعه ونصه وسياقه).",
			annotation.ErrorMessage(err)+" Nothing was changed.")
		p.msgCode = annotation.ECONFLICT
		p.msgAction, p.onAction = T(p, "open.other"), func(ctx app.Context) { p.leaving(ctx, func(ctx app.Context) { p.openExport(ctx, f) }) }
		p.msgAction2, p.onAction2 = T(p, "apply.other"), func(ctx app.Context) { p.applyExport(ctx, f) }
		return
	case err != nil && !ok:
		p.showFileErr(name, err) // importmsg.go
		return
	case err != nil:
		p.showErr(err)
	default:
		p.info("اكتمل الاستيراد. "+mergeAr(report), name+": "+report.String())
	}
	if ok && p.sess.Doc.DCT != dctBefore {
		p.msgText += " أُخذ تاريخ الوثيقة من الملف: " + isolate(p.sess.Doc.DCT) + "، وأُعيد حساب الاقتراحات وفقه."
		p.msgDetail += " The document creation time was taken from the file (" + p.sess.Doc.DCT + ", was " + dctBefore + ")."
		if p.sess.DCTSource == pipeline.SourceOverride {
			p.msgText += " لا يحفظ الملف مصدر التاريخ، فيُعدّ تاريخًا حدّدته أنت."
			p.msgDetail += " The export format does not record where a DCT came from, so it counts as set by you."
		}
	}
	p.adoptLabels(ctx)
	p.version++
	p.refreshDocs()
	p.redraw(ctx)
}

// importOther imports another tool's file (W3C, brat, CoNLL, doccano,
// Label Studio) onto the open document as one undo step, shows the
// importer's warnings (conversions made) and lists the annotations that
// could not be placed.
func (p *page) importOther(ctx app.Context, name string, data []byte) {
	r, report, ok, err := p.sess.ImportOther(name, data)
	if !ok {
		p.showFileErr(name, err) // importmsg.go
		return
	}
	p.placedReview, p.orphans, p.applied = nil, r.Orphans, name
	ar := "اكتمل استيراد " + isolate(name) + " (" + r.Format + "). " + mergeAr(report)
	if strings.Contains(r.Unit, "UTF-16") {
		ar += " قُرئت المواضع بوحدات UTF-16 وحُوِّلت إلى نقاط رمزية."
	}
	if len(r.Orphans) > 0 {
		ar += fmt.Sprintf(" توسيمات يتيمة لم يُعثر لها على موضع: %d.", len(r.Orphans))
	}
	detail := name + " (" + r.Format
	if r.Unit != "" {
		detail += ", offsets in " + r.Unit
	}
	if r.Encoding != "" {
		detail += ", " + r.Encoding
	}
	if r.Newline != "" {
		detail += ", newlines " + r.Newline
	}
	detail += "): " + report.String()
	if len(r.Warnings) > 0 {
		detail += " " + strings.Join(r.Warnings, " ")
	}
	switch {
	case err != nil:
		p.showErr(err)
	case len(r.Warnings) > 0 || len(r.Orphans) > 0:
		p.warn(ar, detail)
	default:
		p.info(ar, detail)
	}
	p.adoptLabels(ctx)
	p.version++
	p.refreshDocs()
	p.redraw(ctx)
}

func (p *page) openExport(ctx app.Context, f *hashiyajson.File) {
	p.f.fileLabels = f.Labels
	report, err := p.sess.OpenFile(f)
	p.afterOpen(ctx, err)
	scrollTop()
	if err == nil {
		p.info("فُتحت «"+isolate(f.Document.Title)+"». "+mergeAr(report), report.String())
	}
}

// applyExport re-anchors an export of another document in the open one
// and lists what could not be placed exactly.
func (p *page) applyExport(ctx app.Context, f *hashiyajson.File) {
	p.f.fileLabels = f.Labels
	rep, err := p.sess.ApplyFile(f)
	p.placedReview, p.orphans, p.applied = rep.Fuzzy, rep.Orphans, f.Document.Title
	msg := fmt.Sprintf("طُبِّقت توسيمات «%s» على الوثيقة المفتوحة: في موضعها %d · وُجدت بنصها وسياقها في موضع آخر %d · بمطابقة تقريبية %d (راجعها) · يتيمة لم يُعثر لها على موضع %d.",
		isolate(f.Document.Title), rep.Position, rep.Quote, len(rep.Fuzzy), len(rep.Orphans))
	detail := fmt.Sprintf("Re-anchored: %d by position, %d by quote and context, %d fuzzy, %d orphaned. %s", rep.Position, rep.Quote, len(rep.Fuzzy), len(rep.Orphans), rep.Merge.String())
	kind := "info"
	if len(rep.Orphans) > 0 || len(rep.Fuzzy) > 0 {
		kind = "warn"
	}
	p.version++
	if err != nil {
		p.showErr(err)
	} else {
		p.say(kind, msg+" "+mergeAr(rep.Merge), detail)
	}
	p.adoptLabels(ctx)
	p.refreshDocs()
	p.addEntities(ctx) // pending ones, when the model is here (nermodel.go)
	p.redraw(ctx)
}

// applyAll gives the selected annotation's label to the other occurrences
// of its quote.
func (p *page) applyAll(ctx app.Context, id string, clitics bool) {
	rep, err := p.sess.ApplyToAll(id, clitics)
	if err != nil {
		p.change(ctx, err)
		return
	}
	what := "أُضيف الوسم إلى المواضع الأخرى للكلمة نفسها"
	if clitics {
		what = "اقتُرح الوسم للمواضع التي تتصل فيها الكلمة بسابقة (و ف ب ل ك ال) — راجِع الاقتراحات"
	}
	p.change(ctx, nil)
	p.info(fmt.Sprintf("%s: جديدة %d · اقتراحات قُبلت %d · موسومة من قبل %d.", what, rep.Added, rep.Confirmed, rep.Already),
		fmt.Sprintf("apply to all occurrences (clitics %v): %d added, %d confirmed, %d already labelled", clitics, rep.Added, rep.Confirmed, rep.Already))
}

func (p *page) openStored(ctx app.Context, sha string) {
	p.leaving(ctx, func(ctx app.Context) {
		err := p.sess.OpenStored(sha)
		p.afterOpen(ctx, err)
		scrollTop()
	})
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
		p.msgText += " بقي تاريخ الوثيقة كما كان: " + isolate(p.sess.Doc.DCT) + "."
		p.msgDetail += " The DCT is unchanged (" + p.sess.Doc.DCT + ")."
	} else {
		p.info("أُعيد حساب الاقتراحات وفق تاريخ الوثيقة "+isolate(p.sess.Doc.DCT)+"؛ ما قبلته أو رفضته أو أضفته بنفسك لم يتغيّر.", "Suggestions re-resolved against the DCT "+p.sess.Doc.DCT+".")
		if session.DCTDropsSeconds(v) {
			p.msgText += " أُهملت الثواني: يُحفظ التاريخ إلى الدقيقة."
			p.msgDetail += " Seconds were dropped: the DCT keeps minutes."
		}
	}
	p.version++
	p.refreshDocs()
	p.redraw(ctx)
}

func (p *page) Render() app.UI {
	if p.sess == nil {
		l := i18n.Match(browserLanguages())
		return app.Div().Class("hx-app").Dir(l.Dir()).Lang(string(l)).Body(
			&toolbar{ILang: l},
			app.Div().Class("hx-loading").Text(l.T("loading")),
		)
	}
	s := p.sess
	p.scheduleLists()
	var sel, linked annotation.Annotation
	var others []annotation.Annotation
	if a, ok := s.Get(p.selected); ok {
		sel = a
		s.Between(sel.Start, sel.End, func(a annotation.Annotation) bool {
			if a.ID != sel.ID {
				others = append(others, a)
			}
			return true
		})
		if sel.Link != "" {
			linked, _ = s.Get(sel.Link)
		}
	}
	return app.Div().Class("hx-app").Dir(p.uiLang().Dir()).Lang(string(p.uiLang())).Body(
		&toolbar{
			ILang:       p.uiLang(),
			OnLang:      p.switchLang,
			OnSample:    func(ctx app.Context) { p.open(ctx, sampleDoc(), "") },
			OnPaste:     func(ctx app.Context) { p.pasting = true },
			OnFile:      p.openFile,
			OnImport:    p.importChecked, // encodingdialog.go
			OnExport:    p.exportChosen,
			ExportTools: p.exportTools(),
			OnDocs:      p.openDocScreen,
		},
		// The messages float over the page (hx-toasts, fixed at the bottom
		// of the window), so that one coming or going never moves the
		// article (a layout shift of ~55 px when they were in the flow).
		app.Div().Class("hx-toasts").ID("hx-toasts").Body(
			(&messageBar{
				OnAction: func(ctx app.Context) {
					if f := p.onAction; f != nil {
						p.clearMsg()
						f(ctx)
					}
				},
				OnAct2: func(ctx app.Context) {
					if f := p.onAction2; f != nil {
						p.clearMsg()
						f(ctx)
					}
				},
				OnClose: func(ctx app.Context) { p.clearMsg() },
				ILang:   p.uiLang(),
			}).Message(p.msgKind, p.msgText, p.msgDetail, p.msgCode).Actions(p.msgAction, p.msgAction2),
			// The banner sits in a slot that is always there (display:
			// contents), so that its coming and going does not shift the
			// children after it: go-app would replace <main> and with it the
			// article's text nodes, which the highlights point at.
			app.Div().Class("hx-slot").ID("hx-unsaved-slot").Body(app.If(s.Unsaved != "", func() app.UI {
				reason := codeAr[s.UnsavedCode]
				return app.Div().Class("hx-msg warn").ID("hx-unsaved").Role("alert").DataSet("code", s.UnsavedCode).Body(
					app.Span().Class("hx-msg-text").Dir("auto").Body(
						app.If(p.uiLang() == i18n.EN, func() app.UI { return app.Span().Text(T(p, "unsaved") + " " + s.Unsaved) }).
							Else(func() app.UI {
								return app.Span().Body(app.Text("لم يُحفظ التغيير الأخير. "+reason+" تغييراتك باقية في هذه الصفحة؛ صدِّرها احتياطًا. "), en("Not saved: "+s.Unsaved))
							}),
					),
					app.Button().ID("hx-unsaved-export").OnClick(func(ctx app.Context, e app.Event) { p.export(ctx) }).Text(T(p, "export.now")),
				)
			})),
			// "Entities loading…" (nermodel.go): with the messages, over the
			// page, so that its going never moves the article either.
			app.Div().Class("hx-slot").ID("hx-ner-slot").Body(p.renderEntityState()),
		),
		app.Main().Class("hx-main").Body(
			app.Section().Class("hx-article").Body(
				app.Div().Class("hx-article-head").Body(
					app.H1().Class("hx-title").ID("hx-title").Dir("auto").Attr("translate", "no").Text(s.Doc.Title),
					(&dctField{OnSet: p.setDCT, ILang: p.uiLang()}).DCT(s.Doc.DCT, s.DCTSource, s.Dateline),
				),
				p.renderEditBar(),
				(&legend{}).Active(sel.Label).Lang(p.uiLang()).OnPick(p.label),
				app.If(p.loading, func() app.UI {
					return app.Div().Class("hx-loading").ID("hx-loading").Text(T(p, "annotating"))
				}),
				(&articleView{}).Text(s.Doc.SHA256, s.Doc.Text),
			),
			app.Aside().Class("hx-side").Body(
				p.renderWalk(),
				(&sidePanel{
					ILang:      p.uiLang(),
					OnStatus:   p.setStatus,
					OnDelete:   p.deleteAnn,
					OnRelabel:  p.relabel,
					OnSelect:   p.selectID,
					OnNote:     func(ctx app.Context, id, note string) { p.change(ctx, p.sess.SetNote(id, note)) },
					OnApplyAll: p.applyAll,
					OnClose:    func(ctx app.Context) { p.selected = ""; p.redraw(ctx) },
				}).Ann(sel).Others(others).Linked(linked),
				p.renderLinks(sel),
				app.If(len(p.orphans)+len(p.placedReview) > 0, func() app.UI {
					return (&orphanList{
						ILang:    p.uiLang(),
						OnSelect: p.selectID,
						OnClose:  func(ctx app.Context) { p.orphans, p.placedReview = nil, nil },
					}).Items(p.applied, p.orphans, p.placedReview)
				}),
				p.renderList(),
				(&timelinePanel{ILang: p.uiLang()}).Lists(p.lists),
				(&entitiesPanel{ILang: p.uiLang()}).Lists(p.lists),
				app.Button().ID("hx-library-btn").Title(T(p, "library.title")).Text(T(p, "library")).OnClick(func(ctx app.Context, e app.Event) { p.library = true }),
				(&docList{OnOpen: p.openStored, OnDelete: p.deleteDoc, ILang: p.uiLang()}).Docs(p.docs, s.Doc.SHA256),
			),
		),
		p.renderHelp(),
		p.renderDocScreen(),
		app.If(p.library, func() app.UI {
			return &libraryDialog{ILang: p.uiLang(), Library: p.libraryBuilt, OnOpen: p.openSpan, OnWalk: p.startWalk, SaveEdits: p.saveEntityEdits, OnClose: func(ctx app.Context) { p.library = false }}
		}),
		app.If(p.pasting, func() app.UI {
			return &pasteDialog{
				ILang:    p.uiLang(),
				OnSubmit: p.openText,
				OnCancel: func(ctx app.Context) { p.pasting = false },
			}
		}),
	)
}

// OnAppUpdate offers to reload once go-app has fetched a new build of the
// app in the background (its service worker). Stored work survives a
// reload (every change is written at once); work that could not be stored
// (Unsaved) is guarded by the leave-page warning.
func (p *page) OnAppUpdate(ctx app.Context) {
	if !ctx.AppUpdateAvailable() {
		return
	}
	p.say("info", "صدر إصدار جديد من حاشية. أعد تحميل الصفحة لاستخدامه؛ عملك المحفوظ باقٍ.", "A new version of Hashiya was downloaded; reload to use it. Stored work is kept.")
	p.msgAction, p.onAction = T(p, "reload"), func(ctx app.Context) { ctx.Reload() }
}

var _ app.AppUpdater = (*page)(nil)
