package ui

import (
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// legend shows one chip per label, in its highlight colour, with the key
// that applies it. Clicking a chip labels the current selection; the chip
// keeps the selection alive (mousedown does not take focus).
type legend struct {
	app.Compo

	IActive annotation.Label // label of the selected annotation, if any
	OnLabel func(ctx app.Context, l annotation.Label)
}

func (l *legend) Active(v annotation.Label) *legend { l.IActive = v; return l }
func (l *legend) OnPick(f func(app.Context, annotation.Label)) *legend {
	l.OnLabel = f
	return l
}

func (l *legend) Render() app.UI {
	return app.Div().Class("hx-legend").Aria("label", "الوسوم").Body(
		app.Range(annotation.Labels).Slice(func(i int) app.UI {
			lab := annotation.Labels[i]
			if hiddenLabels[lab] { // hidden in the label set
				return app.Text("")
			}
			return app.Button().
				Class(app.AppendClass("hx-chip", activeClass(lab == l.IActive))).
				DataSet("label", string(lab)).
				Title(labelTitles[lab]+" — حدِّد نصًّا ثم انقر أو اضغط "+strconv.Itoa(i+1)).
				OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
				OnClick(func(ctx app.Context, e app.Event) {
					if l.OnLabel != nil {
						l.OnLabel(ctx, lab)
					}
				}).
				Body(
					app.Span().Class("hx-sw sw-"+string(lab)),
					app.Span().Class("ar").Text(labelNames[lab]),
					en(string(lab)),
					app.Kbd().Text(strconv.Itoa(i+1)),
				)
		}),
		app.Span().Class("hx-muted hx-hint").Text("حدِّد نصًّا ثم اضغط رقمًا من 1 إلى 8 أو انقر وسمًا. انقر نصًّا مظلَّلًا لمراجعته. الباهت المنقَّط اقتراح، والممتلئ مقبول، والمسطَّر توسيم متداخل."),
	)
}

func activeClass(b bool) string {
	if b {
		return "active"
	}
	return ""
}
