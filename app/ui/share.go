package ui

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/sharelink"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Share by link (app/sharelink): the open document and its annotations in
// the URL fragment, compressed. Making a link shows it in a dialog to copy;
// over sharelink.MaxLink the page says so and offers the file. Opening a
// link (at start, or when the fragment changes in an open tab) imports it
// as an imported native file would be imported: validated, merged into
// what is stored, one undoable step on the open document; a bad link
// changes nothing. The fragment is then removed from the address, so that
// a reload does not import it again.

const shareID = "hx-share-dialog"

// exportTools is the toolbar's format choice and share button.
func (p *page) exportTools() app.UI {
	T := p.uiLang().T
	return app.Span().Class("hx-export-tools").Body(
		p.exportChoice(),
		app.Button().ID("hx-share").Title(T("share.title")).Text(T("share")).
			OnClick(func(ctx app.Context, e app.Event) { p.makeShareLink(ctx) }),
	)
}

// makeShareLink builds the link of the open document.
func (p *page) makeShareLink(ctx app.Context) {
	_, data, err := p.sess.Export()
	if err != nil {
		p.showErr(err)
		return
	}
	frag, err := sharelink.Fragment(data)
	if errors.Is(err, sharelink.ErrTooLong) {
		p.say("warn", fmt.Sprintf("الوثيقة وتوسيماتها أكبر من أن تُحمل في رابط (%d حرفًا، والحد %d). شارك ملف التصدير بدلًا منه.", len(frag), sharelink.MaxLink), err.Error())
		p.msgAction, p.onAction = "نزِّل ملف التصدير", p.export
		return
	}
	if err != nil {
		p.showErr(annotation.Errorf(annotation.EINTERNAL, "Making the link: %v", err))
		return
	}
	loc := app.Window().Get("location")
	p.fm.shareURL = jsStr(loc, "origin") + jsStr(loc, "pathname") + "#" + frag
	p.markExported() // the link carries everything, as an export does
}

func (p *page) renderShare() app.UI {
	return app.If(p.fm.shareURL != "", func() app.UI {
		return &shareDialog{IURL: p.fm.shareURL, ILang: p.uiLang(), OnClose: func(ctx app.Context) { p.fm.shareURL = "" }}
	})
}

// shareDialog shows a share link to copy.
type shareDialog struct {
	app.Compo
	IURL    string
	ILang   i18n.Lang
	OnClose func(ctx app.Context)
	copied  bool
	opener  app.Value
}

func (d *shareDialog) OnMount(ctx app.Context) { d.opener = modalOpened(ctx, shareID) }
func (d *shareDialog) OnDismount()             { modalClosed(d.opener) }

func (d *shareDialog) close(ctx app.Context) {
	if d.OnClose != nil {
		d.OnClose(ctx)
	}
}

func (d *shareDialog) Render() app.UI {
	T := d.ILang.T
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog").ID(shareID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-share-h").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, shareID, d.close) }).Body(
			app.H2().ID("hx-share-h").Text(T("share.dialog")),
			app.P().Class("hx-muted").Text(fmt.Sprintf(T("share.size"), len(d.IURL), sharelink.MaxLink)),
			app.Input().ID("hx-share-url").Dir("ltr").ReadOnly(true).Value(d.IURL).AutoFocus(true).Aria("label", T("share.dialog")).
				OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-share-copy").Text(map[bool]string{false: T("share.copy"), true: T("share.copied")}[d.copied]).
					OnClick(func(ctx app.Context, e app.Event) {
						defer recoverLog("clipboard")
						if c := jsField(jsField(app.Window(), "navigator"), "clipboard"); c.Truthy() {
							c.Call("writeText", d.IURL).Then(func(app.Value) { ctx.Dispatch(func(ctx app.Context) { d.copied = true }) })
						}
					}),
				app.Button().ID("hx-share-close").Text(T("close")).OnClick(func(ctx app.Context, e app.Event) { d.close(ctx) }),
			),
		),
	)
}

// listenShare opens a share link in the address now and whenever the
// fragment changes (a link pasted into an open tab).
func (p *page) listenShare(ctx app.Context) {
	if !app.IsClient {
		return
	}
	p.openShareFragment(ctx)
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { p.openShareFragment(ctx) })
		return nil
	})
	app.Window().Call("addEventListener", "hashchange", fn) // lives as long as the page
}

// openShareFragment imports the share link in location.hash, if any.
func (p *page) openShareFragment(ctx app.Context) {
	hash := jsStr(app.Window().Get("location"), "hash")
	if !sharelink.Is(hash) || p.sess == nil {
		return
	}
	clearFragment()
	data, err := sharelink.Decode(hash)
	var f *hashiyajson.File
	if err == nil {
		f, err = hashiyajson.Decode(data)
	}
	if err != nil {
		p.say("error", "رابط المشاركة غير صالح، فلم يُستورد منه شيء ولم يتغيّر شيء محفوظ. اطلب من مرسله ملف التصدير.", annotation.ErrorMessage(err)+" Nothing was changed.")
		p.msgCode = annotation.EINVALID
		ctx.Update()
		return
	}
	if f.MatchDocument(p.sess.Doc) == nil {
		p.importFile(ctx, "share-link.json", data)
		return
	}
	p.leaving(ctx, func(ctx app.Context) { p.openExport(ctx, f) })
}

// clearFragment removes the fragment from the address without a reload or
// a history entry.
func clearFragment() {
	defer recoverLog("clear fragment")
	loc := app.Window().Get("location")
	url := strings.SplitN(jsStr(loc, "href"), "#", 2)[0]
	app.Window().Get("history").Call("replaceState", nil, "", url)
}
