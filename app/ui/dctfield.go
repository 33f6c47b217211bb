package ui

import (
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// dctField shows the document creation time (DCT) that relative dates are
// resolved against, where it came from, and lets the person override it.
type dctField struct {
	app.Compo

	IDCT      string // pipeline.FormatDCT form
	ISource   string // pipeline.SourceDateline, SourceOverride, SourceToday
	IDateline string // DCT detected in the text, "" when none
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
	source := map[string]string{
		pipeline.SourceDateline: "from the dateline",
		pipeline.SourceOverride: "set by you",
		pipeline.SourceToday:    "today (no dateline found)",
		"":                      "not set: relative dates stay unresolved",
	}[d.ISource]
	return app.Div().Class("hx-dct").ID("hx-dct").Body(
		app.Label().For("hx-dct-input").Title("Document creation time: relative expressions (yesterday, last June…) are resolved against it").Text("DCT"),
		app.Input().ID("hx-dct-input").Type("text").Value(d.value).Placeholder("YYYY-MM-DD[THH:MM]").
			Dir("ltr").
			OnInput(func(ctx app.Context, e app.Event) {
				d.value = ctx.JSSrc().Get("value").String()
			}).
			OnKeyDown(func(ctx app.Context, e app.Event) {
				if e.Value.Get("key").String() == "Enter" {
					d.set(ctx, d.value)
				}
			}),
		app.Button().Class("hx-b").ID("hx-dct-set").Title("Re-resolve the suggestions against this date (your accepted, rejected and own spans are kept)").
			OnClick(func(ctx app.Context, e app.Event) { d.set(ctx, d.value) }).Text("Apply"),
		app.If(d.ISource == pipeline.SourceOverride, func() app.UI {
			return app.Button().Class("hx-b").ID("hx-dct-reset").Title("Go back to the dateline (or today)").
				OnClick(func(ctx app.Context, e app.Event) { d.set(ctx, "") }).Text("Use dateline")
		}),
		app.Span().Class("hx-muted").ID("hx-dct-source").DataSet("source", d.ISource).Text(source),
		app.If(d.IDateline != "" && d.ISource != pipeline.SourceDateline, func() app.UI {
			return app.Span().Class("hx-muted").Text("(dateline: " + d.IDateline + ")")
		}),
	)
}

func (d *dctField) set(ctx app.Context, v string) {
	if d.OnSet != nil {
		d.OnSet(ctx, v)
	}
}
