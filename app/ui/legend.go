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
	return app.Div().Class("hx-legend").Aria("label", "Labels").Body(
		app.Range(annotation.Labels).Slice(func(i int) app.UI {
			lab := annotation.Labels[i]
			return app.Button().
				Class(app.AppendClass("hx-chip", activeClass(lab == l.IActive))).
				DataSet("label", string(lab)).
				Title(labelTitles[lab]+" — select text, then click or press "+strconv.Itoa(i+1)).
				OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
				OnClick(func(ctx app.Context, e app.Event) {
					if l.OnLabel != nil {
						l.OnLabel(ctx, lab)
					}
				}).
				Body(
					app.Span().Class("hx-sw sw-"+string(lab)),
					app.Text(string(lab)),
					app.Span().Class("ar").Lang("ar").Text(labelNames[lab]),
					app.Kbd().Text(strconv.Itoa(i+1)),
				)
		}),
		app.Span().Class("hx-muted hx-hint").Text("Select text, then press 1–8 or click a label. Click a highlight to review it. Pale, dotted = suggestion; solid = accepted; underlined = overlapping span."),
	)
}

func activeClass(b bool) string {
	if b {
		return "active"
	}
	return ""
}
