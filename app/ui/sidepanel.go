package ui

import (
	"fmt"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/session"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sidePanel shows the selected annotation: label, quote, offsets, status,
// the TIMEX3 value with its readable Gregorian and Hijri forms, and the
// review actions. IOthers lists the other spans under the same point, so
// that overlapping and nested spans can each be reached.
type sidePanel struct {
	app.Compo

	IAnn    annotation.Annotation // zero ID: nothing selected
	IOthers []annotation.Annotation
	ILinked annotation.Annotation // the annotation IAnn.Link points to, if any
	ILang   i18n.Lang

	OnStatus  func(ctx app.Context, id string, s annotation.Status)
	OnDelete  func(ctx app.Context, id string)
	OnRelabel func(ctx app.Context, id string, l annotation.Label)
	OnSelect  func(ctx app.Context, id string)
	OnNote    func(ctx app.Context, id, note string)
	OnClose   func(ctx app.Context)
	// OnApplyAll gives the annotation's label to the other occurrences of
	// its quote: whole words, or (clitics) forms with a proclitic too.
	OnApplyAll func(ctx app.Context, id string, clitics bool)
}

func (p *sidePanel) Ann(a annotation.Annotation) *sidePanel { p.IAnn = a; return p }
func (p *sidePanel) Others(v []annotation.Annotation) *sidePanel {
	p.IOthers = v
	return p
}
func (p *sidePanel) Linked(a annotation.Annotation) *sidePanel { p.ILinked = a; return p }

func (p *sidePanel) Render() app.UI {
	T := p.ILang.T
	a := p.IAnn
	if a.ID == "" {
		return app.Section().Class("hx-card hx-panel").ID("hx-panel").Body(
			app.H2().Text(T("panel")),
			app.P().Class("hx-muted").Text(T("panel.hint")),
		)
	}
	greg, hijri := readable(a)
	return app.Section().Class("hx-card hx-panel").ID("hx-panel").DataSet("id", a.ID).Body(
		app.H2().Body(
			app.Span().Class("hx-sw sw-"+labelIdent(a.Label)),
			app.Text(" "+labelName(p.ILang, a.Label)+" "),
			en(string(a.Label)),
		),
		app.P().Class("hx-quote").Dir("rtl").Lang("ar").Attr("translate", "no").Text(a.Quote),
		app.Dl().Class("hx-dl").Body(
			app.Dt().Text(T("panel.status")),
			app.Dd().Body(app.Span().Class("hx-status "+string(a.Status)).ID("hx-status").DataSet("status", string(a.Status)).Text(T(string(a.Status))),
				app.Text(" · "+T(string(a.Source)))),
			app.Dt().Text(T("panel.span")),
			app.Dd().Body(app.Bdi().ID("hx-span").Dir("ltr").Attr("translate", "no").DataSet("start", a.Start).DataSet("end", a.End).Text(fmt.Sprintf("[%d, %d)", a.Start, a.End)), app.Text(" "+T("panel.cp"))),
			app.If(a.Type != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Body(en("TIMEX3")),
					app.Dd().Body(app.Bdi().Dir("ltr").Body(app.Code().Text(a.Type), app.Text(" "), app.Code().ID("hx-value").Text(orDash(a.Value)),
						app.If(a.Mod != "", func() app.UI { return app.Span().Body(app.Text(" mod "), app.Code().ID("hx-mod").Text(a.Mod)) }))),
				)
			}),
			app.If(greg != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text(T("gregorian")),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Attr("translate", "no").Text(greg)),
				)
			}),
			app.If(hijri != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text(T("hijri")),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Attr("translate", "no").Text(hijri)),
				)
			}),
			app.If(a.Calendar != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text(T("panel.calendar")), app.Dd().Text(T(a.Calendar)))
			}),
			app.If(a.Note != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text(T("panel.note")), app.Dd().ID("hx-note-shown").Dir("auto").Attr("translate", "no").Text(a.Note))
			}),
			app.If(a.Entity != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text(T("panel.entity")), app.Dd().Body(ltr(a.Entity)))
			}),
			app.If(p.ILinked.ID != "", func() app.UI {
				l := p.ILinked
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text(T("panel.linked")),
					app.Dd().Body(app.Button().Class("hx-b").Lang("ar").Dir("rtl").Attr("translate", "no").
						OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, l.ID) }, app.EventScope(l.ID)).
						Text(session.Quote(l))),
				)
			}),
		),
		app.Div().Class("hx-actions").Body(
			app.Button().Class("accept").ID("hx-accept").Title(T("accept.title")).Disabled(a.Status == annotation.Accepted).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Accepted) }, app.EventScope(a.ID)).Text(T("accept")),
			app.Button().Class("reject").ID("hx-reject").Title(T("reject.title")).Disabled(a.Status == annotation.Rejected).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Rejected) }, app.EventScope(a.ID)).Text(T("reject")),
			app.Button().Class("delete").ID("hx-delete").Title(T("delete.title")).
				OnClick(func(ctx app.Context, e app.Event) {
					if p.OnDelete != nil {
						p.OnDelete(ctx, a.ID)
					}
				}, app.EventScope(a.ID)).Text(T("delete")),
			app.Button().ID("hx-close").Title(T("close.title")).OnClick(func(ctx app.Context, e app.Event) {
				if p.OnClose != nil {
					p.OnClose(ctx)
				}
			}).Text(T("close")),
		),
		app.Div().Class("hx-actions hx-apply").Body(
			app.Button().ID("hx-apply-all").
				Title(T("applyall.title")).
				OnClick(func(ctx app.Context, e app.Event) { p.applyAll(ctx, a.ID, false) }, app.EventScope(a.ID)).
				Text(T("applyall")),
			app.Button().ID("hx-apply-clitic").
				Title(T("applyclitic.title")).
				OnClick(func(ctx app.Context, e app.Event) { p.applyAll(ctx, a.ID, true) }, app.EventScope(a.ID)).
				Text(T("applyclitic")),
		),
		(&noteEditor{OnSave: p.OnNote, ILang: p.ILang}).Note(a.ID, a.Note),
		app.Div().Class("hx-legend").Body(
			app.Span().Class("hx-muted").Text(T("relabel")),
			app.Range(shownLabels()).Slice(func(i int) app.UI {
				l := shownLabels()[i].Code
				return app.Button().Class(app.AppendClass("hx-chip", activeClass(l == a.Label))).
					DataSet("relabel", string(l)).
					Disabled(l == a.Label).
					Title(labelTitle(p.ILang, l)).
					OnClick(func(ctx app.Context, e app.Event) {
						if p.OnRelabel != nil {
							p.OnRelabel(ctx, a.ID, l)
						}
					}, app.EventScope(a.ID, l)).
					Body(app.Span().Class("hx-sw sw-"+labelIdent(l)), app.Text(labelName(p.ILang, l)), en(string(l)))
			}),
		),
		app.If(len(p.IOthers) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("hx-muted").Text(T("others")),
				app.Ul().Class("hx-list").Body(app.Range(p.IOthers).Slice(func(i int) app.UI {
					o := p.IOthers[i]
					return app.Li().Body(
						app.Span().Class("hx-sw sw-"+labelIdent(o.Label)),
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, o.ID) }, app.EventScope(o.ID)).Body(
							app.Text(labelName(p.ILang, o.Label)+" "),
							app.Span().Class("ar").Lang("ar").Dir("rtl").Attr("translate", "no").Text(session.Quote(o)),
						),
						app.Span().Class("hx-count").Body(ltr("["+strconv.Itoa(o.Start)+","+strconv.Itoa(o.End)+")")),
					)
				})),
			)
		}),
	)
}

func (p *sidePanel) status(ctx app.Context, id string, s annotation.Status) {
	if p.OnStatus != nil {
		p.OnStatus(ctx, id, s)
	}
}

func (p *sidePanel) applyAll(ctx app.Context, id string, clitics bool) {
	if p.OnApplyAll != nil {
		p.OnApplyAll(ctx, id, clitics)
	}
}

func (p *sidePanel) selectID(ctx app.Context, id string) {
	if p.OnSelect != nil {
		p.OnSelect(ctx, id)
	}
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
