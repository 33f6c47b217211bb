package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// noteEditor edits the free-text note of an annotation. Editor and note use
// dir="auto", so a note starting in Arabic reads right-to-left with mixed
// Latin parts (BBC) in place (case A16); the stored string is exactly what
// was typed. The note is saved when the editor loses focus (change event).
type noteEditor struct {
	app.Compo

	IID    string // annotation id
	INote  string
	ILang  i18n.Lang
	OnSave func(ctx app.Context, id, note string)

	shown string // IID whose note the textarea holds
}

func (n *noteEditor) Note(id, note string) *noteEditor { n.IID, n.INote = id, note; return n }

func (n *noteEditor) OnMount(ctx app.Context) { n.sync() }

// OnUpdate loads another annotation's note into the textarea. The value
// property is set directly: go-app updates a textarea's text child, which a
// textarea ignores once edited, and removes an empty value attribute
// without clearing the property.
func (n *noteEditor) OnUpdate(ctx app.Context) {
	if n.IID != n.shown {
		n.sync()
	}
}

func (n *noteEditor) sync() {
	n.shown = n.IID
	if ta := app.Window().GetElementByID("hx-note"); ta.Truthy() {
		ta.Set("value", n.INote)
	}
}

func (n *noteEditor) Render() app.UI {
	return app.Div().Class("hx-note").Body(
		app.Label().For("hx-note").Class("hx-muted").Text(n.ILang.T("note.label")),
		app.Textarea().ID("hx-note").Dir("auto").Rows(2).Placeholder(n.ILang.T("note.placeholder")).
			Text(n.INote).
			OnChange(func(ctx app.Context, e app.Event) {
				if n.OnSave != nil {
					n.OnSave(ctx, n.IID, jsStr(ctx.JSSrc(), "value"))
				}
			}),
	)
}
