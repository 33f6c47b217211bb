package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"strings"

	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/session"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dctField shows the document creation time (DCT) that relative dates are
// resolved against, where it came from, and lets the person override it.
type dctField struct {
	app.Compo

	IDCT      string // pipeline.FormatDCT form
	ISource   string // pipeline.SourceDateline, SourceOverride, SourceToday, SourceText
	IDateline string // DCT detected in the text, "" when none
	ILang     i18n.Lang
	OnSet     func(ctx app.Context, value string)

	value string // the input's content
	shown string // the IDCT value was last copied into value
}

func (d *dctField) DCT(v, source, dateline string) *dctField {
	d.IDCT, d.ISource, d.IDateline = v, source, dateline
	return d
}

// OnUpdate refreshes the input when the DCT changes (not on every render of
// the page, which would undo typing).
func (d *dctField) OnUpdate(ctx app.Context) {
	if d.IDCT != d.shown {
		d.value, d.shown = d.IDCT, d.IDCT
		// go-app removes an empty value attribute, which leaves the
		// input's value property as it was: set it directly.
		if in := app.Window().GetElementByID("hx-dct-input"); in.Truthy() {
			in.Set("value", d.IDCT)
		}
	}
}

func (d *dctField) OnMount(ctx app.Context) { d.value, d.shown = d.IDCT, d.IDCT }

func (d *dctField) Render() app.UI {
	T := d.ILang.T
	source := T(map[string]string{
		pipeline.SourceDateline: "dct.src.dateline",
		pipeline.SourceOverride: "dct.src.override",
		pipeline.SourceToday:    "dct.src.today",
		pipeline.SourceText:     "dct.src.text",
		"":                      "dct.src.none",
	}[d.ISource])
	noDateline := d.ISource == pipeline.SourceText
	placeholder := "YYYY-MM-DD[THH:MM]"
	if noDateline && d.value == "" {
		placeholder = T("dct.placeholder")
	}
	return app.Div().Class("hx-dct").ID("hx-dct").Body(
		app.Label().For("hx-dct-input").Title(T("dct.title")).Body(
			app.Text(T("dct")+" "), en("DCT"),
		),
		app.Input().ID("hx-dct-input").Type("text").Value(d.value).Placeholder(placeholder).
			Class(map[bool]string{true: "hx-dct-missing"}[noDateline]).
			Dir("ltr").
			OnInput(func(ctx app.Context, e app.Event) {
				d.value = jsStr(ctx.JSSrc(), "value")
			}).
			OnKeyDown(func(ctx app.Context, e app.Event) {
				if jsStr(e.Value, "key") == "Enter" {
					d.set(ctx, d.value)
				}
			}),
		app.Button().Class("hx-b").ID("hx-dct-set").Title(T("dct.set.title")).
			OnClick(func(ctx app.Context, e app.Event) { d.set(ctx, d.value) }).Text(T("dct.set")),
		app.If(d.ISource == pipeline.SourceOverride, func() app.UI {
			return app.Button().Class("hx-b").ID("hx-dct-reset").Title(T("dct.reset.title")).
				OnClick(func(ctx app.Context, e app.Event) { d.set(ctx, "") }).Text(T("dct.reset"))
		}),
		app.Span().Class("hx-muted").ID("hx-dct-source").DataSet("source", d.ISource).
			Text(source),
		app.If(d.IDateline != "" && d.ISource != pipeline.SourceDateline, func() app.UI {
			return app.Span().Class("hx-muted").Body(app.Text(T("dct.dateline")), ltr(d.IDateline), app.Text(")"))
		}),
	)
}

// set applies v. An invalid value is still passed on (the page shows the
// error), but the field goes back to the DCT in force, so that what it
// shows is the date the suggestions were resolved against.
func (d *dctField) set(ctx app.Context, v string) {
	if _, err := pipeline.ParseDCT(session.NormalizeDCT(v)); err != nil && strings.TrimSpace(v) != "" {
		d.value = d.IDCT
		if in := app.Window().GetElementByID("hx-dct-input"); in.Truthy() {
			in.Set("value", d.IDCT)
		}
	}
	if d.OnSet != nil {
		d.OnSet(ctx, v)
	}
}
