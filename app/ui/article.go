package ui

import (
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// articleView renders the document text right-to-left as plain text nodes:
// one <p data-para="i"> per line of the text, nothing else inside, so that
// DOM offsets map to code points through textmap and the Arabic shaping is
// the browser's own. Highlights are drawn separately (applyHighlights).
type articleView struct {
	app.Compo

	IText string
	// OnPoint is called with the viewport coordinates of a click on the text
	// (not the end of a drag-selection).
	OnPoint func(ctx app.Context, x, y float64)
}

func (a *articleView) Text(v string) *articleView { a.IText = v; return a }
func (a *articleView) OnClickAt(f func(ctx app.Context, x, y float64)) *articleView {
	a.OnPoint = f
	return a
}

func (a *articleView) Render() app.UI {
	m := textmap.New(a.IText)
	return app.Div().
		ID(textID).
		Class("hx-text").
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
	if sel := app.Window().Call("getSelection"); sel.Truthy() && !sel.Get("isCollapsed").Bool() {
		return // the end of a drag: the selection is for labelling
	}
	if a.OnPoint != nil {
		a.OnPoint(ctx, e.Value.Get("clientX").Float(), e.Value.Get("clientY").Float())
	}
}
