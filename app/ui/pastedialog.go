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
		app.Div().Class("hx-dialog").ID("hx-paste").Role("dialog").Aria("label", "لصق مقال").Body(
			app.H2().Text("لصق مقال"),
			app.Input().ID("hx-paste-title").Type("text").Placeholder("العنوان (اختياري: يُستعمل السطر الأول)").Dir("auto").
				Value(d.title).
				OnInput(func(ctx app.Context, e app.Event) { d.title = jsStr(ctx.JSSrc(), "value") }),
			app.Textarea().ID("hx-paste-text").Dir("rtl").Lang("ar").Placeholder("الصق نص المقال هنا").
				AutoFocus(true).
				Text(d.text).
				OnInput(func(ctx app.Context, e app.Event) { d.text = jsStr(ctx.JSSrc(), "value") }).
				OnPaste(d.paste),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-paste-cancel").OnClick(func(ctx app.Context, e app.Event) {
					if d.OnCancel != nil {
						d.OnCancel(ctx)
					}
				}).Text("إلغاء"),
				app.Button().Class("accept").ID("hx-paste-open").Disabled(d.text == "").OnClick(func(ctx app.Context, e app.Event) {
					if d.OnSubmit != nil {
						d.OnSubmit(ctx, d.title, d.text)
					}
				}).Text("فتح"),
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
