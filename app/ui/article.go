package ui

import (
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// articleView renders the document text right-to-left as plain text nodes:
// one <p data-para="i"> per line of the text, nothing else inside, so that
// DOM offsets map to code points through textmap and the Arabic shaping is
// the browser's own. Highlights are drawn separately (applyHighlights).
//
// Its only field is the text, so go-app skips it when the page re-renders
// with the same text (a func field would differ on every render and make it
// rebuild one node per line each time). A click is reported as the action
// actionPoint, with the viewport coordinates ([2]float64) as value, and does
// not re-render the article itself.
type articleView struct {
	app.Compo

	IText string
}

// actionPoint is posted on a click on the article text (not the end of a
// drag-selection); its value is [2]float64{clientX, clientY}.
const actionPoint = "hx-point"

func (a *articleView) Text(v string) *articleView { a.IText = v; return a }

// A long text (more paragraphs or code points than these) gets the class
// hx-long: its paragraphs are laid out only near the screen
// (content-visibility in web/hashiya.css; laying out 1 MB of Arabic at once
// takes ~700 ms). A short one is laid out whole, so its height is exact.
const (
	longParas = 300
	longText  = 60000
)

func (a *articleView) Render() app.UI {
	m := textmap.New(a.IText)
	class := "hx-text"
	if len(m.Paras) > longParas || m.Len > longText {
		class += " hx-long"
	}
	return app.Div().
		ID(textID).
		Class(class).
		Dir("rtl").
		Lang("ar").
		OnClick(a.click).
		Body(app.Range(m.Paras).Slice(func(i int) app.UI {
			p := app.P().DataSet("para", i)
			if m.Paras[i].Text == "" {
				return p.Class("blank")
			}
			return p.Text(m.Paras[i].Text)
		}))
}

func (a *articleView) click(ctx app.Context, e app.Event) {
	if sel := app.Window().Call("getSelection"); sel.Truthy() && jsField(sel, "isCollapsed").Type() == app.TypeBoolean && !sel.Get("isCollapsed").Bool() {
		ctx.PreventUpdate()
		return // the end of a drag: the selection is for labelling
	}
	ctx.PreventUpdate()
	ctx.NewActionWithValue(actionPoint, [2]float64{jsNum(e.Value, "clientX", -1), jsNum(e.Value, "clientY", -1)})
}
