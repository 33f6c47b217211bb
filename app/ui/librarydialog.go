package ui

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/agree"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/library"
	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// libraryDialog is the cross-document view (مكتبة): a modal dialog with
// three tabs — the timeline of every stored document (LibraryTimeline),
// the entity index (LibraryEntities) and inter-annotator agreement between
// imported native exports (Agreement). The library is built when the
// dialog is mounted, never on the editing path.
type libraryDialog struct {
	app.Compo

	// Load returns every stored document with its annotations; errs
	// describes the documents that could not be read (they are left out).
	Load func() (docs []library.Doc, errs []string)
	// Library, when set, is used instead of Load: the library built (the
	// page keeps it while nothing stored changes, see page.libraryBuilt).
	Library func() (*library.Library, []string)
	OnOpen  func(ctx app.Context, sha string, start, end int)
	OnClose func(ctx app.Context)
	// OnWalk walks through the mentions of an entity (walk.go).
	OnWalk func(ctx app.Context, name string, places []place)
	// SaveEdits keeps the merges and splits of the entity index; it
	// returns what went wrong, shown in the dialog.
	SaveEdits func(edits []library.EntityEdit) error

	ILang i18n.Lang // interface language

	tab     string // "timeline", "entities", "agreement"
	lib     *library.Library
	loadErr []string
	annots  []agree.Annotator
	groups  [][]agree.Annotator // annots by document (agree.ByDocument)
	fileErr []string
	opener  app.Value
}

const libraryID = "hx-library"

func (d *libraryDialog) OnMount(ctx app.Context) {
	d.tab = "timeline"
	if d.Library != nil {
		d.lib, d.loadErr = d.Library()
		perfMark("hx-lib-built")
	} else if d.Load != nil {
		docs, errs := d.Load()
		perfMark("hx-lib-loaded")
		d.lib, d.loadErr = library.Build(docs), errs
		perfMark("hx-lib-built")
	}
	d.opener = modalOpened(ctx, libraryID)
}

func (d *libraryDialog) OnDismount() { modalClosed(d.opener) }

func (d *libraryDialog) close(ctx app.Context) {
	if d.OnClose != nil {
		d.OnClose(ctx)
	}
}

func (d *libraryDialog) walk(ctx app.Context, name string, places []place) {
	d.close(ctx)
	if d.OnWalk != nil {
		d.OnWalk(ctx, name, places)
	}
}

func (d *libraryDialog) edit(ctx app.Context, edits []library.EntityEdit) {
	if d.SaveEdits == nil {
		return
	}
	if err := d.SaveEdits(edits); err != nil {
		d.loadErr = append(d.loadErr, annotation.ErrorMessage(err))
	}
}

func (d *libraryDialog) open(ctx app.Context, sha string, start, end int) {
	d.close(ctx)
	if d.OnOpen != nil {
		d.OnOpen(ctx, sha, start, end)
	}
}

var libraryTabs = []string{"timeline", "entities", "agreement"}

func (d *libraryDialog) Render() app.UI {
	T := d.ILang.T
	var body app.UI
	switch d.tab {
	case "entities":
		body = NewLibraryEntities().Library(d.lib).Open(d.open).Walk(d.walk).Edit(d.edit).Lang(d.ILang)
	case "agreement":
		body = d.renderAgreement()
	default:
		body = NewLibraryTimeline().Library(d.lib).Open(d.open).Lang(d.ILang)
	}
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-library").ID(libraryID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-library-h").
			Dir(d.ILang.Dir()).Lang(string(d.ILang)).
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, libraryID, d.close) }).Body(
			app.Div().Class("hx-actions").Body(
				app.H2().ID("hx-library-h").Text(T("lib")),
				app.Div().Class("hx-spacer"),
				app.Button().ID("hx-library-close").Text(T("close")).OnClick(func(ctx app.Context, e app.Event) { d.close(ctx) }),
			),
			app.Div().Role("tablist").Aria("label", T("lib")).Body(
				app.Range(libraryTabs).Slice(func(i int) app.UI {
					t := libraryTabs[i]
					return app.Button().ID("hx-library-tab-"+t).Role("tab").
						Aria("selected", fmt.Sprint(d.tab == t)).Aria("controls", "hx-library-panel").
						Text(T("lib.tab." + t)).OnClick(func(ctx app.Context, e app.Event) { d.tab = t })
				}),
			),
			app.If(len(d.loadErr) > 0, func() app.UI {
				return app.P().Class("hx-msg warn").ID("hx-library-errs").Role("alert").Dir("auto").
					Text(T("lib.load.errs") + strings.Join(d.loadErr, "؛ "))
			}),
			app.Div().ID("hx-library-panel").Role("tabpanel").Aria("labelledby", "hx-library-tab-"+d.tab).Body(body),
		),
	)
}

func (d *libraryDialog) renderAgreement() app.UI {
	T := d.ILang.T
	return app.Div().Body(
		app.Label().Class("hx-btn").Body(
			app.Text(T("lib.agree.pick")),
			app.Input().ID("hx-agree-files").Class("hx-file").Type("file").Multiple(true).Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) { readFiles(ctx, ctx.JSSrc(), d.loadExports) }),
		),
		app.If(len(d.fileErr) > 0, func() app.UI {
			return app.Div().Class("hx-msg error").ID("hx-agree-errs").Role("alert").Body(app.Ul().Body(
				app.Range(d.fileErr).Slice(func(i int) app.UI { return app.Li().Dir("auto").Text(d.fileErr[i]) }),
			))
		}),
		app.If(len(d.groups) > 1, func() app.UI { return NewLibraryAgreement().Groups(d.groups).Lang(d.ILang) }).
			ElseIf(len(d.annots) >= 2, func() app.UI { return NewAgreement().Annotators(d.annots).Lang(d.ILang) }).
			ElseIf(len(d.annots) == 1, func() app.UI {
				return app.P().Class("hx-muted").ID("hx-agree-need").Text(T("lib.agree.need"))
			}),
	)
}

// loadExports decodes each chosen file as a native export
// (hashiyajson.Decode) or a bundle of several documents
// (hashiyajson.DecodeBundle, a library exported whole); the annotator's
// name is the file name (its folder when a folder was chosen), cut of what
// the names of one document's files share (agree.ByDocument). Files of
// one document are compared and adjudicated; files of several documents
// give the library report. A file that does not decode is reported by name
// and left out.
func (d *libraryDialog) loadExports(ctx app.Context, names []string, data [][]byte) {
	d.annots, d.fileErr = nil, nil
	for i, name := range names {
		if hashiyajson.IsBundle(data[i]) {
			b, err := hashiyajson.DecodeBundle(data[i])
			if err != nil {
				d.fileErr = append(d.fileErr, fmt.Sprintf(d.ILang.T("lib.agree.bad"), name, annotation.ErrorMessage(err)))
				continue
			}
			for _, f := range b.Documents {
				d.annots = append(d.annots, agree.Annotator{Name: name, Doc: f.Document, Anns: f.Annotations, Links: f.Links})
			}
			continue
		}
		f, err := hashiyajson.Decode(data[i])
		if err != nil {
			d.fileErr = append(d.fileErr, fmt.Sprintf(d.ILang.T("lib.agree.bad"), name, annotation.ErrorMessage(err)))
			continue
		}
		d.annots = append(d.annots, agree.Annotator{Name: name, Doc: f.Document, Anns: f.Annotations, Links: f.Links})
	}
	d.groups = agree.ByDocument(d.annots)
	if len(d.groups) == 1 {
		d.annots = d.groups[0] // the names cut
	}
}

// readFiles reads every file chosen in a file input and calls done once,
// on the UI goroutine, with their names and bytes in the input's order.
func readFiles(ctx app.Context, input app.Value, done func(ctx app.Context, names []string, data [][]byte)) {
	defer recoverLog("read files")
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	n := files.Length()
	names, data := make([]string, n), make([][]byte, n)
	left := n
	for i := 0; i < n; i++ {
		f := files.Index(i)
		names[i] = jsStr(f, "name")
		f.Call("arrayBuffer").Then(func(buf app.Value) {
			arr := app.Window().Get("Uint8Array").New(buf)
			b := make([]byte, arr.Length())
			app.CopyBytesToGo(b, arr)
			ctx.Dispatch(func(ctx app.Context) {
				data[i] = b
				if left--; left == 0 {
					done(ctx, names, data)
				}
			})
		})
	}
	input.Set("value", "")
}

// libCache is the library last built, for the state of the stored
// documents it was built from (key), and the documents read for it.
type libCache struct {
	key  string
	lib  *library.Library
	errs []string
	docs map[string]libDoc // SHA-256 → the document as read
}

// libDoc is a stored document as the library read it, with what says
// whether it is still current: its entry in the document index (updated,
// count) and its stored links record, which a link-only change rewrites
// without touching the index.
type libDoc struct {
	stamp string
	links string
	doc   library.Doc
	err   string // what went wrong reading it ("" if nothing)
}

// libraryBuilt returns the library of every stored document, built again
// only when something stored changed since (a document saved, the open
// document edited, another tab's write): reopening the dialog is then
// immediate, and merges and splits made in the entity index stay. When it
// is built again, only the documents that changed are read again.
func (p *page) libraryBuilt() (*library.Library, []string) {
	infos, err := p.sess.Documents()
	if err != nil {
		return nil, []string{annotation.ErrorMessage(err)}
	}
	var key strings.Builder
	fmt.Fprintf(&key, "%s %d|", p.sess.Doc.SHA256, p.version)
	for _, d := range infos {
		fmt.Fprintf(&key, "%s %d %d|", d.SHA256, d.Updated.UnixNano(), d.Count)
	}
	c := p.libCache
	if c != nil && c.key == key.String() {
		return c.lib, c.errs
	}
	old := p.prefetched // read in idle time (libraryprefetch.go)
	if c != nil {
		old = c.docs
	}
	p.prefetched = nil
	docs, errs, read := p.libraryDocs(infos, old)
	perfMark("hx-lib-loaded")
	lib := library.Build(docs)
	if edits, err := p.entityEdits(); err != nil {
		errs = append(errs, annotation.ErrorMessage(err))
	} else {
		lib.Apply(edits)
	}
	p.libCache = &libCache{key: key.String(), lib: lib, errs: errs, docs: read}
	return p.libCache.lib, errs
}

// entityEditsKey holds the merges and splits made in the entity index:
// {"version":1,"edits":[library.EntityEdit…]}.
const entityEditsKey = store.Prefix + "library/entities"

type entityEditsRecord struct {
	Version int                  `json:"version"`
	Edits   []library.EntityEdit `json:"edits"`
}

// entityEdits reads the stored merges and splits (none when nothing is
// stored); a damaged record is an error, left in place.
func (p *page) entityEdits() ([]library.EntityEdit, error) {
	if p.sess.Meta == nil {
		return nil, nil
	}
	raw, ok, err := p.sess.Meta.Get(entityEditsKey)
	if err != nil || !ok {
		return nil, err
	}
	var rec entityEditsRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Version != 1 {
		return nil, annotation.Errorf(annotation.ECORRUPT, "The saved merges and splits of the entity index could not be read (%v); they were left as they are and the index is shown without them.", err)
	}
	return rec.Edits, nil
}

// saveEntityEdits stores the merges and splits of the entity index, so
// that the index built next (after an edit, in another session) has them.
func (p *page) saveEntityEdits(edits []library.EntityEdit) error {
	if p.sess.Meta == nil {
		return nil
	}
	data, err := json.Marshal(entityEditsRecord{Version: 1, Edits: edits})
	if err != nil {
		return err
	}
	if err := p.sess.Meta.Set(entityEditsKey, string(data)); err != nil {
		return annotation.Errorf(annotation.EQUOTA, "The merge or split was made but could not be saved (%v): it lasts until the library is read again.", err)
	}
	return nil
}

// libStamp says which state of a stored document was read: its entry in
// the document index.
func libStamp(info annotation.DocumentInfo) string {
	return fmt.Sprint(info.Updated.UnixNano(), " ", info.Count)
}

// storedLinks returns the raw links record of document sha ("" when none
// or kv is nil).
func storedLinks(kv store.KV, sha string) string {
	if kv == nil {
		return ""
	}
	v, _, _ := kv.Get(store.LinkPrefix + sha)
	return v
}

// current reports whether d is still the stored state of info (kv: the
// storage, nil when there is no way to tell).
func (d libDoc) current(info annotation.DocumentInfo, kv store.KV) bool {
	return kv != nil && d.stamp == libStamp(info) && d.links == storedLinks(kv, info.SHA256)
}

// readLibDoc reads the stored document of info with its links through rd
// (kv: the storage under rd, for the links' stamp).
func readLibDoc(rd *store.Store, kv store.KV, info annotation.DocumentInfo) libDoc {
	d := libDoc{stamp: libStamp(info), links: storedLinks(kv, info.SHA256)}
	doc, anns, err := rd.Document(info.SHA256)
	if err != nil {
		d.err = info.Title + ": " + annotation.ErrorMessage(err)
	}
	if doc.Text != "" {
		lks, _ := rd.Links(info.SHA256) // damaged links: the document still shows, without them
		lks, _ = annotation.PruneLinks(anns, lks)
		d.doc = library.Doc{Doc: doc, Anns: anns, Links: lks}
	}
	return d
}

// libraryDocs reads every stored document of infos with its annotations
// for the library, reusing those of old that did not change; a document
// that cannot be read is named in errs and left out. read is what to keep
// for the next time.
func (p *page) libraryDocs(infos []annotation.DocumentInfo, old map[string]libDoc) (docs []library.Doc, errs []string, read map[string]libDoc) {
	// Other documents are read through a store whose key listing is taken
	// once: the store lists the keys for each document's chunks, and in the
	// browser every listing is a call into JavaScript per key (200 documents
	// × 600 keys was most of the dialog's opening time).
	rd := p.st
	if p.sess.Meta != nil {
		rd = store.New(&keysOnce{KV: p.sess.Meta})
	}
	read = make(map[string]libDoc, len(infos))
	for _, info := range infos {
		if info.SHA256 == p.sess.Doc.SHA256 { // the open document: what is on screen
			docs = append(docs, library.Doc{Doc: p.sess.Doc, Anns: p.sess.Anns(), Links: p.sess.Links()})
			continue
		}
		d, ok := old[info.SHA256]
		if !ok || !d.current(info, p.sess.Meta) {
			d = readLibDoc(rd, p.sess.Meta, info)
		}
		read[info.SHA256] = d
		if d.err != "" {
			errs = append(errs, d.err)
		}
		if d.doc.Doc.Text != "" {
			docs = append(docs, d.doc)
		}
	}
	return docs, errs, read
}

// openSpan opens the stored document sha (unless it is open) and selects
// the annotation spanning [start, end) code points, scrolling to it.
func (p *page) openSpan(ctx app.Context, sha string, start, end int) {
	sel := func(ctx app.Context) {
		for _, a := range p.sess.Anns() {
			if a.Start == start && a.End == end {
				p.selected = a.ID
				break
			}
		}
		p.ctx.Defer(func(ctx app.Context) { scrollToSpan(p.tm, start, end) })
		p.redraw(ctx)
	}
	if sha == p.sess.Doc.SHA256 {
		sel(ctx)
		return
	}
	p.leaving(ctx, func(ctx app.Context) {
		err := p.sess.OpenStored(sha)
		p.afterOpen(ctx, err)
		if err == nil {
			sel(ctx)
		}
	})
}

// perfMark records a User Timing mark (performance.mark) for the
// in-browser benchmark (build/hashiya bench-library); nothing outside the
// browser.
func perfMark(name string) {
	if !app.IsClient {
		return
	}
	if perf := app.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", name)
	}
}

// keysOnce is a KV whose key listing is read once and then kept, until a
// write through it (a damaged record copied aside) makes it stale.
type keysOnce struct {
	store.KV
	keys   []string
	listed bool
}

func (k *keysOnce) Keys() ([]string, error) {
	if !k.listed {
		keys, err := k.KV.Keys()
		if err != nil {
			return nil, err
		}
		k.keys, k.listed = keys, true
	}
	return k.keys, nil
}

func (k *keysOnce) Set(key, value string) error { k.listed = false; return k.KV.Set(key, value) }

func (k *keysOnce) Remove(key string) error { k.listed = false; return k.KV.Remove(key) }
