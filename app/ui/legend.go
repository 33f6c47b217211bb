package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// legend shows one chip per visible label of the label set, in its
// highlight colour, with the key that applies it. Clicking a chip labels
// the current selection; the chip keeps the selection alive (mousedown
// does not take focus).
type legend struct {
	app.Compo

	IActive annotation.Label // label of the selected annotation, if any
	ILang   i18n.Lang
	OnLabel func(ctx app.Context, l annotation.Label)
}

func (l *legend) Active(v annotation.Label) *legend { l.IActive = v; return l }
func (l *legend) Lang(v i18n.Lang) *legend          { l.ILang = v; return l }
func (l *legend) OnPick(f func(app.Context, annotation.Label)) *legend {
	l.OnLabel = f
	return l
}

func (l *legend) Render() app.UI {
	T := l.ILang.T
	shown := shownLabels()
	return app.Div().Class("hx-legend").Aria("label", T("legend")).Body(
		app.Range(shown).Slice(func(i int) app.UI {
			lab := shown[i]
			title := labelTitle(l.ILang, lab.Code) + " — " + T("legend.how")
			if lab.Key != "" {
				title += " " + lab.Key
			}
			return app.Button().
				Class(app.AppendClass("hx-chip", activeClass(lab.Code == l.IActive))).
				DataSet("label", string(lab.Code)).
				Title(title).
				OnMouseDown(func(ctx app.Context, e app.Event) { e.PreventDefault() }).
				OnClick(func(ctx app.Context, e app.Event) {
					if l.OnLabel != nil {
						l.OnLabel(ctx, lab.Code)
					}
				}).
				Body(
					app.Span().Class("hx-sw sw-"+labelIdent(lab.Code)),
					app.Span().Class("ar").Dir("auto").Text(labelName(l.ILang, lab.Code)),
					app.If(labelName(l.ILang, lab.Code) != string(lab.Code), func() app.UI { return en(string(lab.Code)) }),
					app.If(lab.Key != "", func() app.UI { return app.Kbd().Text(lab.Key) }),
				)
		}),
		app.Span().Class("hx-muted hx-hint").Text(T("legend.hint")),
	)
}

func activeClass(b bool) string {
	if b {
		return "active"
	}
	return ""
}
