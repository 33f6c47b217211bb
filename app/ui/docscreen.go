package ui

import (
	"fmt"
	"strconv"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/doclib"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// docScreen is the document library (الوثائق): a modal dialog listing
// every document kept in this browser (app/doclib) with its title,
// dateline, annotation counts by status, last change and export state
// ("not exported since the last change"), searchable by title and text;
// each row opens, renames or deletes its document (deleting is undone from
// the page's message). The storage used against the quota and the answer
// to the persistence request are shown at the top.
type docScreen struct {
	app.Compo

	IEntries []doclib.Entry
	ICurrent string // SHA-256 of the open document
	IQuota   quotaInfo
	ILang    i18n.Lang
	IErr     string // a problem listing the documents
	IDeleted string // title of the document just deleted, "" for none (offers undo)

	OnOpen   func(ctx app.Context, sha string)
	OnRename func(ctx app.Context, sha, title string)
	OnDelete func(ctx app.Context, sha string)
	OnClose  func(ctx app.Context)
	OnUndo   func(ctx app.Context) // restores the document just deleted

	query    string
	renaming string // sha of the row whose title is being edited
	opener   app.Value
}

const docScreenID = "hx-docscreen"

func (d *docScreen) OnMount(ctx app.Context) { d.opener = modalOpened(ctx, docScreenID) }
func (d *docScreen) OnDismount()             { modalClosed(d.opener) }

func (d *docScreen) close(ctx app.Context) {
	if d.OnClose != nil {
		d.OnClose(ctx)
	}
}

func (d *docScreen) Render() app.UI {
	T := d.ILang.T
	shown := doclib.Filter(d.IEntries, d.query)
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-library hx-docscreen").ID(docScreenID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-docscreen-h").
			Dir(d.ILang.Dir()).Lang(string(d.ILang)).
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, docScreenID, d.close) }).Body(
			app.Div().Class("hx-actions").Body(
				app.H2().ID("hx-docscreen-h").Text(T("docs.title")+" ("+strconv.Itoa(len(d.IEntries))+")"),
				app.Div().Class("hx-spacer"),
				app.Button().ID("hx-docscreen-close").Text(T("close")).OnClick(func(ctx app.Context, e app.Event) { d.close(ctx) }),
			),
			d.renderQuota(),
			app.Input().Type("search").ID("hx-docs-search").Placeholder(T("docs.search")).Aria("label", T("docs.search")).
				Dir("auto").Value(d.query).AutoFocus(true).
				OnInput(func(ctx app.Context, e app.Event) { d.query = ctx.JSSrc().Get("value").String() }),
			app.If(d.IDeleted != "", func() app.UI {
				return app.P().Class("hx-msg info").ID("hx-docs-deleted").Role("status").Body(
					app.Span().Dir("auto").Text(fmt.Sprintf(T("docs.deleted"), d.IDeleted)+" "),
					app.Button().ID("hx-docs-undo").Text(T("docs.undo")).OnClick(func(ctx app.Context, e app.Event) {
						if d.OnUndo != nil {
							d.OnUndo(ctx)
						}
					}),
				)
			}),
			app.If(d.IErr != "", func() app.UI {
				return app.P().Class("hx-msg warn").Role("alert").Dir("auto").Text(d.IErr)
			}),
			app.If(len(shown) == 0, func() app.UI {
				return app.P().Class("hx-muted").ID("hx-docs-none").Text(T("docs.none"))
			}),
			app.Table().Class("hx-docs-table").ID("hx-docs-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(T("docs.col.title")),
					app.Th().Scope("col").Text(T("docs.col.dct")),
					app.Th().Scope("col").Text(T("docs.col.counts")),
					app.Th().Scope("col").Text(T("docs.col.updated")),
					app.Th().Scope("col").Text(T("docs.col.export")),
					app.Th().Scope("col").Aria("label", T("docs.col.actions")),
				)),
				app.TBody().Body(app.Range(shown).Slice(func(i int) app.UI { return d.row(shown[i]) })),
			),
		),
	)
}

func (d *docScreen) renderQuota() app.UI {
	T, q := d.ILang.T, d.IQuota
	if !q.Answered {
		// The estimate is asynchronous: no figure until it is in (a
		// zero would read as "0.0 Ki used").
		return app.P().Class("hx-muted hx-quota").ID("hx-quota").Aria("busy", "true").DataSet("answered", false).
			Body(app.Span().ID("hx-quota-used").Text("…"))
	}
	var used string
	if q.Known && q.Quota > 0 {
		used = fmt.Sprintf(T("docs.quota"), mib(q.Usage), mib(q.Quota), 100*q.Usage/q.Quota)
	} else {
		used = T("docs.quota.unknown")
	}
	local := localLine(d.ILang, q.LocalUnits)
	persist := T("docs.persist." + q.Persist)
	if q.PersistedOK {
		persist = T("docs.persist.granted")
	}
	return app.P().Class("hx-muted hx-quota").ID("hx-quota").
		DataSet("usage", int64(q.Usage)).DataSet("quota", int64(q.Quota)).DataSet("local", q.LocalUnits).
		DataSet("persist", q.Persist).DataSet("persisted", q.PersistedOK).DataSet("answered", true).
		Body(
			app.Span().ID("hx-quota-used").Text(used+" · "+local+" "),
			app.Span().ID("hx-quota-persist").Text(persist),
		)
}

func (d *docScreen) row(e doclib.Entry) app.UI {
	T := d.ILang.T
	cur := e.SHA256 == d.ICurrent
	var export, state string
	switch {
	case e.Unexported == 0:
		export, state = fmt.Sprintf(T("docs.exported"), localTime(e.Exported)), "exported"
	case e.Exported.IsZero():
		export, state = fmt.Sprintf(T("docs.never"), e.Unexported), "never"
	case e.Unexported < 0:
		export, state = T("docs.changed"), "changed"
	default:
		export, state = fmt.Sprintf(T("docs.unexported"), e.Unexported), "changed"
	}
	dct := e.DCT
	if dct == "" {
		dct = "—"
	}
	return app.Tr().DataSet("sha", e.SHA256).DataSet("export", state).DataSet("unexported", e.Unexported).
		DataSet("suggested", e.Suggested).DataSet("accepted", e.Accepted).DataSet("rejected", e.Rejected).
		Class(map[bool]string{true: "cur"}[cur]).Body(
		app.Td().Body(
			app.If(d.renaming == e.SHA256, func() app.UI {
				return app.Input().Class("hx-docs-rename").Dir("auto").Value(e.Title).AutoFocus(true).Aria("label", T("docs.rename")).
					OnKeyDown(func(ctx app.Context, ev app.Event) {
						switch jsStr(ev.Value, "key") {
						case "Enter":
							ev.PreventDefault()
							d.renaming = ""
							if d.OnRename != nil {
								d.OnRename(ctx, e.SHA256, ctx.JSSrc().Get("value").String())
							}
						case "Escape":
							ev.PreventDefault()
							ev.StopImmediatePropagation()
							d.renaming = ""
						}
					}, app.EventScope(e.SHA256))
			}).Else(func() app.UI {
				return app.Button().Class(app.AppendClass("hx-link hx-docs-open", map[bool]string{true: "cur"}[cur])).Title(e.SHA256).
					OnClick(func(ctx app.Context, ev app.Event) {
						d.close(ctx)
						if d.OnOpen != nil && !cur {
							d.OnOpen(ctx, e.SHA256)
						}
					}, app.EventScope(e.SHA256, cur)).
					Body(app.Span().Class("ar").Dir("auto").Text(e.Title))
			}),
			app.If(e.Problem != "", func() app.UI { return app.Span().Class("hx-count").Title(e.Problem).Text("⚠") }),
		),
		app.Td().Body(ltr(dct)),
		app.Td().Class("hx-docs-counts").Text(fmt.Sprintf(T("docs.counts"), e.Suggested, e.Accepted, e.Rejected)),
		app.Td().Body(ltr(localTime(e.Update))),
		app.Td().Class("hx-docs-export "+state).Text(export),
		app.Td().Class("hx-docs-actions").Body(
			app.Button().Class("hx-b hx-docs-rename-btn").Title(T("docs.rename")).Aria("label", T("docs.rename")).Text("✎").
				OnClick(func(ctx app.Context, ev app.Event) { d.renaming = e.SHA256 }, app.EventScope(e.SHA256)),
			app.If(!cur, func() app.UI {
				return app.Button().Class("hx-b hx-docs-delete").Title(T("docs.delete")).Aria("label", T("docs.delete")).Text("×").
					OnClick(func(ctx app.Context, ev app.Event) {
						if d.OnDelete != nil {
							d.OnDelete(ctx, e.SHA256)
						}
					}, app.EventScope(e.SHA256))
			}),
		),
	)
}

// localTime formats t in the browser's time zone, to the minute; "—" for
// the zero time.
func localTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// Page side of the document library.

// formatsState is the page's state for the document library, the storage
// figures, share links and the export format (docscreen.go, share.go,
// exportfmt.go).
type formatsState struct {
	docScreen  bool // the library screen is open
	libEntries []doclib.Entry
	libErr     string
	quota      quotaInfo
	exportFmt  string          // chosen export format (formats.Format), "" for native
	shareURL   string          // the share link shown, "" for none
	trash      *doclib.Trash   // the document deleted last, until undone or another is deleted
	encChoice  *encodingChoice // a text file waiting for its encoding to be chosen (encodingdialog.go)
}

// mountFormats runs once the first document is open: the one request for
// persistent storage, and the share link in the address.
func (p *page) mountFormats(ctx app.Context) {
	askPersistOnce(ctx, func(ctx app.Context, answer string) {
		p.fm.quota.Persist = answer
	})
	p.listenShare(ctx)
}

// openDocScreen reads the library and opens the screen; the persistence
// request's answer and the storage estimate arrive asynchronously.
func (p *page) openDocScreen(ctx app.Context) {
	p.fm.docScreen = true
	p.fm.quota.Answered = false // figures of an earlier opening are stale
	p.loadDocScreen()
	estimateStorage(ctx, func(ctx app.Context, q quotaInfo) { p.fm.quota = q; p.ctx.Update() })
}

func (p *page) loadDocScreen() {
	entries, err := doclib.Load(p.sess.Store, p.sess.Meta, &doclib.Open{Doc: p.sess.Doc, Anns: p.sess.Anns()})
	p.fm.libEntries, p.fm.libErr = entries, ""
	if err != nil {
		p.fm.libErr = errAr(err) + " " + annotation.ErrorMessage(err)
	}
}

func (p *page) renameDoc(ctx app.Context, sha, title string) {
	doc, err := doclib.Rename(p.sess.Store, sha, title)
	if err != nil {
		p.showErr(err)
	} else {
		if sha == p.sess.Doc.SHA256 {
			p.sess.Doc.Title = doc.Title
		}
		p.info("أُعيدت تسمية الوثيقة: «"+isolate(doc.Title)+"».", "Renamed.")
	}
	p.loadDocScreen()
	p.refreshDocs()
}

// deleteDocUndoable deletes a stored document with its annotations and
// undo history, and offers to undo (in the library screen and the message
// bar) until the next deletion.
func (p *page) deleteDocUndoable(ctx app.Context, sha string) {
	if sha == p.sess.Doc.SHA256 {
		return
	}
	t, err := doclib.Delete(p.sess.Store, p.sess.Meta, sha)
	if err != nil {
		p.showErr(err)
		p.msgText += " لم يُحذف شيء."
		p.msgDetail += " Nothing was deleted."
	} else {
		p.fm.trash = &t
		p.say("info", "حُذفت «"+isolate(t.Doc.Title)+"» وتوسيماتها ("+strconv.Itoa(len(t.Anns))+") وسجلّ تراجعها من هذا المتصفح.", "Deleted with its annotations and undo history.")
		p.msgAction, p.onAction = "تراجع عن الحذف", p.undoDelete
	}
	p.loadDocScreen()
	p.refreshDocs()
}

// undoDelete restores the document deleted last.
func (p *page) undoDelete(ctx app.Context) {
	t := p.fm.trash
	if t == nil {
		return
	}
	if err := doclib.Restore(p.sess.Store, p.sess.Meta, *t); err != nil {
		p.showErr(err)
		p.msgText += " لم تُستعد الوثيقة."
		p.msgDetail += " The document was not restored."
	} else {
		p.fm.trash = nil
		p.info("استُعيدت «"+isolate(t.Doc.Title)+"» وتوسيماتها وسجلّ تراجعها.", "Restored.")
	}
	p.loadDocScreen()
	p.refreshDocs()
}

// markExported records that the open document was just exported, for the
// library's "not exported since the last change".
func (p *page) markExported() {
	if p.sess != nil && p.sess.Doc.SHA256 != "" {
		_ = doclib.MarkExported(p.sess.Meta, p.sess.Doc.SHA256, p.sess.Anns(), time.Now()) // a hint
	}
}

func (p *page) renderDocScreen() app.UI {
	return app.Div().Class("hx-formats-dialogs").Body(p.renderShare(), p.renderEncodingChoice(), app.If(p.fm.docScreen, func() app.UI {
		return &docScreen{
			IEntries: p.fm.libEntries, ICurrent: p.sess.Doc.SHA256, IQuota: p.fm.quota, ILang: p.uiLang(), IErr: p.fm.libErr,
			OnOpen:   p.openStored,
			OnRename: p.renameDoc,
			OnDelete: p.deleteDocUndoable,
			OnClose:  func(ctx app.Context) { p.fm.docScreen = false },
			OnUndo:   p.undoDelete,
			IDeleted: deletedTitle(p.fm.trash),
		}
	}))
}

func deletedTitle(t *doclib.Trash) string {
	if t == nil {
		return ""
	}
	return t.Doc.Title
}

// localLine says how much of localStorage's ~5 Mi UTF-16 units the origin
// uses (units: the sum of the lengths of its keys and values).
func localLine(l i18n.Lang, used int) string {
	return fmt.Sprintf(l.T("docs.local"), units(used), units(localStorageUnits), 100*float64(used)/localStorageUnits)
}
