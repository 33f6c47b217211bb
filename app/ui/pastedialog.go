package ui

import (
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

	title, text string
}

func (d *pasteDialog) Render() app.UI {
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog").ID("hx-paste").Role("dialog").Aria("label", "Paste an article").Body(
			app.H2().Text("Paste an article"),
			app.Input().ID("hx-paste-title").Type("text").Placeholder("Title (optional: the first line is used)").Dir("auto").
				Value(d.title).
				OnInput(func(ctx app.Context, e app.Event) { d.title = ctx.JSSrc().Get("value").String() }),
			app.Textarea().ID("hx-paste-text").Dir("rtl").Lang("ar").Placeholder("الصق نص المقال هنا — paste the article text here").
				AutoFocus(true).
				Text(d.text).
				OnInput(func(ctx app.Context, e app.Event) { d.text = ctx.JSSrc().Get("value").String() }).
				OnPaste(d.paste),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-paste-cancel").OnClick(func(ctx app.Context, e app.Event) {
					if d.OnCancel != nil {
						d.OnCancel(ctx)
					}
				}).Text("Cancel"),
				app.Button().Class("accept").ID("hx-paste-open").Disabled(d.text == "").OnClick(func(ctx app.Context, e app.Event) {
					if d.OnSubmit != nil {
						d.OnSubmit(ctx, d.title, d.text)
					}
				}).Text("Open"),
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
	if cd.Call("getData", "text/plain").String() != "" {
		return
	}
	h := cd.Call("getData", "text/html").String()
	if h == "" {
		return
	}
	e.PreventDefault()
	ta := ctx.JSSrc()
	start, end := ta.Get("selectionStart").Int(), ta.Get("selectionEnd").Int()
	ins := plaintext.FromHTML(h)
	// selectionStart/End count UTF-16 units; setRangeText inserts at them.
	ta.Call("setRangeText", ins, start, end, "end")
	d.text = ta.Get("value").String()
}
