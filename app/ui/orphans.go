package ui

import (
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// orphanList reports the outcome of applying another document's
// annotations to the open one (session.ApplyFile): the orphans, which
// could not be placed and were left out (each with its label, quote and
// span in the other document), and the annotations placed by approximate
// matching, to review (a click selects one).
type orphanList struct {
	app.Compo

	IFrom    string // title of the other document
	IOrphans []annotation.Annotation
	IReview  []annotation.Annotation
	ILang    i18n.Lang
	OnSelect func(ctx app.Context, id string)
	OnClose  func(ctx app.Context)
}

func (o *orphanList) Items(from string, orphans, review []annotation.Annotation) *orphanList {
	o.IFrom, o.IOrphans, o.IReview = from, orphans, review
	return o
}

func (o *orphanList) Render() app.UI {
	return app.Section().Class("hx-card hx-orphans").ID("hx-orphans").DataSet("orphans", len(o.IOrphans)).DataSet("review", len(o.IReview)).Body(
		app.H2().Text(o.ILang.T("orphans.h")),
		app.If(len(o.IOrphans) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("hx-muted").Body(
					app.Text(o.ILang.T("orphans")+" "+strconv.Itoa(len(o.IOrphans))),
				),
				app.Ul().Class("hx-list").ID("hx-orphan-list").Body(app.Range(o.IOrphans).Slice(func(i int) app.UI {
					a := o.IOrphans[i]
					return app.Li().DataSet("id", a.ID).Body(
						app.Span().Class("hx-sw sw-"+labelIdent(a.Label)),
						app.Text(labelName(o.ILang, a.Label)+": "), app.Span().Class("ar").Dir("rtl").Attr("translate", "no").Text(a.Quote),
						app.Span().Class("hx-count").Title(o.ILang.T("orphans.span")).Body(ltr("["+strconv.Itoa(a.Start)+","+strconv.Itoa(a.End)+")")),
					)
				})),
			)
		}),
		app.If(len(o.IReview) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("hx-muted").Body(
					app.Text(o.ILang.T("orphans.fuzzy")+" "+strconv.Itoa(len(o.IReview))),
				),
				app.Ul().Class("hx-list").ID("hx-review-list").Body(app.Range(o.IReview).Slice(func(i int) app.UI {
					a := o.IReview[i]
					return app.Li().DataSet("id", a.ID).Body(
						app.Span().Class("hx-sw sw-"+labelIdent(a.Label)),
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) {
							if o.OnSelect != nil {
								o.OnSelect(ctx, a.ID)
							}
						}, app.EventScope(a.ID)).Body(app.Span().Class("ar").Dir("rtl").Attr("translate", "no").Text(a.Quote)),
					)
				})),
			)
		}),
		app.Button().Class("hx-b").ID("hx-orphans-close").OnClick(func(ctx app.Context, e app.Event) {
			if o.OnClose != nil {
				o.OnClose(ctx)
			}
		}).Text(o.ILang.T("hide")),
	)
}
