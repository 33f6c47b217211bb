package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/ui/overview"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// timelinePanel lists the dates and times of the document in chronological
// order (overview.Timeline); each entry leads to its place in the text.
type timelinePanel struct {
	app.Compo

	IAnns    []annotation.Annotation
	OnSelect func(ctx app.Context, id string)
}

func (t *timelinePanel) Anns(v []annotation.Annotation) *timelinePanel { t.IAnns = v; return t }

func (t *timelinePanel) Render() app.UI {
	items := overview.Timeline(t.IAnns)
	return app.Section().Class("hx-card").ID("hx-timeline").Body(
		app.H2().Text("Timeline"),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("hx-muted").Text("No dates with a value yet.") }),
		app.Ul().Class("hx-list").Body(app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			return app.Li().Body(
				app.Span().Class("hx-sw sw-"+string(it.Ann.Label)),
				app.Code().Text(it.Key),
				app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) {
					if t.OnSelect != nil {
						t.OnSelect(ctx, it.Ann.ID)
					}
				}, app.EventScope(it.Ann.ID)).Body(app.Span().Class("ar").Lang("ar").Dir("rtl").Text(it.Ann.Quote)),
			)
		})),
	)
}
