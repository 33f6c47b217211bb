package ui

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/labelset"
	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// labelSetKey is the localStorage key of the library's label set
// (app/labelset JSON).
const labelSetKey = "hashiya/ui/v1/labelset"

// loadLabelSet returns the stored label set, or the default one.
func loadLabelSet(kv store.KV) labelset.Set {
	if kv != nil {
		if v, ok, err := kv.Get(labelSetKey); err == nil && ok {
			if s, err := labelset.Parse([]byte(v)); err == nil {
				return s
			}
		}
	}
	return labelset.Default()
}

// applyLabelSet makes the interface use s: the display names, the hidden
// labels (no chip, no key, transparent highlights) and the colours, as CSS
// variables on :root (the paler suggestion tone mixed from the colour).
func applyLabelSet(s labelset.Set) {
	def := labelset.Default()
	for _, l := range s.Labels {
		labelNames[l.Code] = l.Name
		hiddenLabels[l.Code] = l.Hidden
	}
	defer recoverLog("label colours")
	if !app.IsClient {
		return
	}
	st := document().Get("documentElement").Get("style")
	for _, l := range s.Labels {
		v, vs := l.Colour, paler(l.Colour)
		if i := def.Find(l.Code); i >= 0 && def.Labels[i].Colour == l.Colour {
			v, vs = "", "" // the stylesheet's own tones (light and dark)
		}
		if l.Hidden {
			v, vs = "transparent", "transparent"
		}
		if v == "" {
			st.Call("removeProperty", "--"+string(l.Code))
			st.Call("removeProperty", "--"+string(l.Code)+"-s")
			continue
		}
		st.Call("setProperty", "--"+string(l.Code), v)
		st.Call("setProperty", "--"+string(l.Code)+"-s", vs)
	}
}

// paler mixes a #rrggbb colour 60% towards white.
func paler(c string) string {
	if len(c) != 7 {
		return c
	}
	out := "#"
	for i := 1; i < 7; i += 2 {
		v, err := strconv.ParseUint(c[i:i+2], 16, 8)
		if err != nil {
			return c
		}
		out += fmt.Sprintf("%02x", v+(255-v)*6/10)
	}
	return out
}

// labelSetDialog edits the label set: rename, recolour, hide.
type labelSetDialog struct {
	app.Compo

	ISet  labelset.Set
	ILang i18n.Lang

	OnSave   func(ctx app.Context, s labelset.Set)
	OnCancel func(ctx app.Context)

	edit   labelset.Set
	err    string
	opener app.Value
}

const labelSetID = "hx-labelset"

func (d *labelSetDialog) OnMount(ctx app.Context) {
	d.edit = labelset.Set{Labels: append([]labelset.Label(nil), d.ISet.Labels...)}
	d.opener = modalOpened(ctx, labelSetID)
}
func (d *labelSetDialog) OnDismount() { modalClosed(d.opener) }

func (d *labelSetDialog) cancel(ctx app.Context) {
	if d.OnCancel != nil {
		d.OnCancel(ctx)
	}
}

func (d *labelSetDialog) save(ctx app.Context) {
	if err := d.edit.Validate(); err != nil {
		d.err = annotation.ErrorMessage(err)
		return
	}
	if d.OnSave != nil {
		d.OnSave(ctx, d.edit)
	}
}

func (d *labelSetDialog) Render() app.UI {
	ar := d.ILang != i18n.EN
	t := func(a, e string) string {
		if ar {
			return a
		}
		return e
	}
	labels := d.edit.Labels
	if labels == nil {
		labels = d.ISet.Labels
	}
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-labelset").ID(labelSetID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-labelset-h").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, labelSetID, d.cancel) }).
			Body(
				app.H2().ID("hx-labelset-h").Text(t("الوسوم", "Labels")),
				app.P().Class("hx-muted").Text(t("غيِّر اسم الوسم أو لونه أو أخفِه. الرمز (PER…) هو ما يُحفظ ويُصدَّر فلا يتغيّر.", "Rename, recolour or hide a label. The code (PER…) is what is stored and exported, so it does not change.")),
				app.Table().Body(app.TBody().Body(app.Range(labels).Slice(func(i int) app.UI {
					l := labels[i]
					code := string(l.Code)
					return app.Tr().Body(
						app.Td().Body(app.Code().Dir("ltr").Text(code)),
						app.Td().Body(app.Input().Type("text").ID("hx-ls-name-"+code).Dir("auto").Value(l.Name).
							Aria("label", t("اسم ", "Name of ")+code).
							OnInput(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Name = jsStr(ctx.JSSrc(), "value") })),
						app.Td().Body(app.Input().Type("color").ID("hx-ls-colour-"+code).Value(l.Colour).
							Aria("label", t("لون ", "Colour of ")+code).
							OnInput(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Colour = jsStr(ctx.JSSrc(), "value") })),
						app.Td().Body(app.Kbd().Text(l.Key)),
						app.Td().Body(app.Label().Class("hx-check").Body(
							app.Input().Type("checkbox").ID("hx-ls-hidden-"+code).Checked(l.Hidden).
								OnChange(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Hidden = jsBool(ctx.JSSrc(), "checked") }),
							app.Text(t("مخفي", "hidden")),
						)),
					)
				}))),
				app.If(d.err != "", func() app.UI {
					return app.P().Class("hx-msg error").Role("alert").Text(d.err)
				}),
				app.Div().Class("hx-actions").Body(
					app.Button().ID("hx-ls-reset").OnClick(func(ctx app.Context, e app.Event) {
						d.edit = labelset.Default()
					}).Text(t("الوسوم الافتراضية", "Defaults")),
					app.Button().ID("hx-ls-cancel").OnClick(func(ctx app.Context, e app.Event) { d.cancel(ctx) }).Text(t("إلغاء", "Cancel")),
					app.Button().Class("accept").ID("hx-ls-save").OnClick(func(ctx app.Context, e app.Event) { d.save(ctx) }).Text(t("حفظ", "Save")),
				),
			),
	)
}

// saveLabelSet stores and applies s.
func (p *page) saveLabelSet(ctx app.Context, s labelset.Set) {
	p.f.labels, p.f.labelsOpen = s, false
	applyLabelSet(s)
	if data, err := json.Marshal(s); err == nil && p.sess.Meta != nil {
		if err := p.sess.Meta.Set(labelSetKey, string(data)); err != nil {
			p.showErr(err)
		}
	}
	p.version++ // highlights and lists show the new names
	p.redraw(ctx)
}

func (p *page) renderLabelSet() app.UI {
	return app.If(p.f.labelsOpen, func() app.UI {
		return &labelSetDialog{ISet: p.f.labels, ILang: p.uiLang(), OnSave: p.saveLabelSet,
			OnCancel: func(ctx app.Context) { p.f.labelsOpen = false }}
	})
}
