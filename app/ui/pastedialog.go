package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/ui/plaintext"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pasteDialog lets the person paste an article. Pasted content is taken as
// text/plain; when the clipboard holds only HTML, its text is extracted
// (plaintext.FromHTML) and inserted as text: HTML is never inserted or run.
type pasteDialog struct {
	app.Compo

	OnSubmit func(ctx app.Context, title, text string)
	OnCancel func(ctx app.Context)
	ILang    i18n.Lang

	title, text string
	opener      app.Value
}

const pasteID = "hx-paste"

// OnMount focuses the dialog's first field; OnDismount gives the focus back
// (modal.go).
func (d *pasteDialog) OnMount(ctx app.Context) { d.opener = modalOpened(ctx, pasteID) }
func (d *pasteDialog) OnDismount()             { modalClosed(d.opener) }

func (d *pasteDialog) cancel(ctx app.Context) {
	if d.OnCancel != nil {
		d.OnCancel(ctx)
	}
}

func (d *pasteDialog) Render() app.UI {
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog").ID(pasteID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-paste-h").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, pasteID, d.cancel) }).Body(
			app.H2().ID("hx-paste-h").Text(d.ILang.T("paste.h")),
			app.Input().ID("hx-paste-title").Type("text").Aria("label", d.ILang.T("paste.titlefield")).Placeholder(d.ILang.T("paste.titlehint")).Dir("auto").
				Value(d.title).
				OnInput(func(ctx app.Context, e app.Event) { d.title = jsStr(ctx.JSSrc(), "value") }),
			app.Textarea().ID("hx-paste-text").Dir("rtl").Lang("ar").Aria("label", d.ILang.T("paste.text")).Placeholder(d.ILang.T("paste.texthint")).
				AutoFocus(true).
				Text(d.text).
				OnInput(func(ctx app.Context, e app.Event) { d.text = jsStr(ctx.JSSrc(), "value") }).
				OnPaste(d.paste),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-paste-cancel").OnClick(func(ctx app.Context, e app.Event) { d.cancel(ctx) }).Text(d.ILang.T("cancel")),
				app.Button().Class("accept").ID("hx-paste-open").Disabled(d.text == "").OnClick(func(ctx app.Context, e app.Event) {
					if d.OnSubmit != nil {
						d.OnSubmit(ctx, d.title, d.text)
					}
				}).Text(d.ILang.T("open")),
			),
		),
	)
}

// paste handles a paste into the textarea: plain text is left to the
// browser; HTML-only content is converted to text and inserted as text.
func (d *pasteDialog) paste(ctx app.Context, e app.Event) {
	cd := e.Value.Get("clipboardData")
	if !cd.Truthy() {
		return
	}
	if v := cd.Call("getData", "text/plain"); v.Type() != app.TypeString || v.String() != "" {
		return
	}
	h := ""
	if v := cd.Call("getData", "text/html"); v.Type() == app.TypeString {
		h = v.String()
	}
	if h == "" {
		return
	}
	e.PreventDefault()
	ta := ctx.JSSrc()
	start, end := int(jsNum(ta, "selectionStart", 0)), int(jsNum(ta, "selectionEnd", 0))
	ins := plaintext.FromHTML(h)
	// selectionStart/End count UTF-16 units; setRangeText inserts at them.
	ta.Call("setRangeText", ins, start, end, "end")
	d.text = jsStr(ta, "value")
}
