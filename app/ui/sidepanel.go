package ui

import (
	"fmt"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/ui/session"
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

	OnStatus  func(ctx app.Context, id string, s annotation.Status)
	OnDelete  func(ctx app.Context, id string)
	OnRelabel func(ctx app.Context, id string, l annotation.Label)
	OnSelect  func(ctx app.Context, id string)
	OnNote    func(ctx app.Context, id, note string)
	OnClose   func(ctx app.Context)
}

func (p *sidePanel) Ann(a annotation.Annotation) *sidePanel { p.IAnn = a; return p }
func (p *sidePanel) Others(v []annotation.Annotation) *sidePanel {
	p.IOthers = v
	return p
}
func (p *sidePanel) Linked(a annotation.Annotation) *sidePanel { p.ILinked = a; return p }

func (p *sidePanel) Render() app.UI {
	a := p.IAnn
	if a.ID == "" {
		return app.Section().Class("hx-card hx-panel").ID("hx-panel").Body(
			app.H2().Text("Annotation"),
			app.P().Class("hx-muted").Text("Click a highlighted span to see its label and value, and to accept, reject, delete or relabel it."),
		)
	}
	greg, hijri := readable(a)
	return app.Section().Class("hx-card hx-panel").ID("hx-panel").DataSet("id", a.ID).Body(
		app.H2().Body(
			app.Span().Class("hx-sw sw-"+string(a.Label)),
			app.Text(" "+string(a.Label)+" · "),
			app.Span().Lang("ar").Text(labelNames[a.Label]),
		),
		app.P().Class("hx-quote").Dir("rtl").Lang("ar").Text(a.Quote),
		app.Dl().Class("hx-dl").Body(
			app.Dt().Text("Status"),
			app.Dd().Body(app.Span().Class("hx-status "+string(a.Status)).ID("hx-status").Text(string(a.Status)), app.Text(" · "+string(a.Source))),
			app.Dt().Text("Span"),
			app.Dd().ID("hx-span").Text(fmt.Sprintf("[%d, %d) code points", a.Start, a.End)),
			app.If(a.Type != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("TIMEX3"),
					app.Dd().Body(app.Code().Text(a.Type), app.Text(" "), app.Code().ID("hx-value").Text(orDash(a.Value))),
				)
			}),
			app.If(greg != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("Gregorian"),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Text(greg)),
				)
			}),
			app.If(hijri != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("Hijri"),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Text(hijri)),
				)
			}),
			app.If(a.Calendar != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("Written in"), app.Dd().Text(a.Calendar+" calendar"))
			}),
			app.If(a.Note != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("Note"), app.Dd().ID("hx-note-shown").Dir("auto").Text(a.Note))
			}),
			app.If(a.Entity != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("Entity"), app.Dd().Text(a.Entity))
			}),
			app.If(p.ILinked.ID != "", func() app.UI {
				l := p.ILinked
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("Stated as"),
					app.Dd().Body(app.Button().Class("hx-b").Lang("ar").Dir("rtl").
						OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, l.ID) }, app.EventScope(l.ID)).
						Text(session.Quote(l))),
				)
			}),
		),
		app.Div().Class("hx-actions").Body(
			app.Button().Class("accept").ID("hx-accept").Title("Accept (A)").Disabled(a.Status == annotation.Accepted).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Accepted) }, app.EventScope(a.ID)).Text("✓ Accept"),
			app.Button().Class("reject").ID("hx-reject").Title("Reject (R): kept, so it is not suggested again").Disabled(a.Status == annotation.Rejected).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Rejected) }, app.EventScope(a.ID)).Text("✗ Reject"),
			app.Button().Class("delete").ID("hx-delete").Title("Delete (Del)").
				OnClick(func(ctx app.Context, e app.Event) {
					if p.OnDelete != nil {
						p.OnDelete(ctx, a.ID)
					}
				}, app.EventScope(a.ID)).Text("Delete"),
			app.Button().Title("Close (Esc)").OnClick(func(ctx app.Context, e app.Event) {
				if p.OnClose != nil {
					p.OnClose(ctx)
				}
			}).Text("Close"),
		),
		(&noteEditor{OnSave: p.OnNote}).Note(a.ID, a.Note),
		app.Div().Class("hx-legend").Body(
			app.Span().Class("hx-muted").Text("Change label:"),
			app.Range(annotation.Labels).Slice(func(i int) app.UI {
				l := annotation.Labels[i]
				return app.Button().Class(app.AppendClass("hx-chip", activeClass(l == a.Label))).
					DataSet("relabel", string(l)).
					Disabled(l == a.Label).
					Title(labelTitles[l]).
					OnClick(func(ctx app.Context, e app.Event) {
						if p.OnRelabel != nil {
							p.OnRelabel(ctx, a.ID, l)
						}
					}, app.EventScope(a.ID, l)).
					Body(app.Span().Class("hx-sw sw-"+string(l)), app.Text(string(l)))
			}),
		),
		app.If(len(p.IOthers) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Class("hx-muted").Text("Other spans here:"),
				app.Ul().Class("hx-list").Body(app.Range(p.IOthers).Slice(func(i int) app.UI {
					o := p.IOthers[i]
					return app.Li().Body(
						app.Span().Class("hx-sw sw-"+string(o.Label)),
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, o.ID) }, app.EventScope(o.ID)).Body(
							app.Text(string(o.Label)+" "),
							app.Span().Class("ar").Lang("ar").Dir("rtl").Text(session.Quote(o)),
						),
						app.Span().Class("hx-count").Text("["+strconv.Itoa(o.Start)+","+strconv.Itoa(o.End)+")"),
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
