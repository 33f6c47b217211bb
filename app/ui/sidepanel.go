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
	a := p.IAnn
	if a.ID == "" {
		return app.Section().Class("hx-card hx-panel").ID("hx-panel").Body(
			app.H2().Text("التوسيم"),
			app.P().Class("hx-muted").Text("انقر نصًّا مظلَّلًا لترى وسمه وقيمته، ولتقبله أو ترفضه أو تحذفه أو تغيّر وسمه."),
		)
	}
	greg, hijri := readable(a)
	return app.Section().Class("hx-card hx-panel").ID("hx-panel").DataSet("id", a.ID).Body(
		app.H2().Body(
			app.Span().Class("hx-sw sw-"+labelIdent(a.Label)),
			app.Text(" "+labelName(p.ILang, a.Label)+" "),
			en(string(a.Label)),
		),
		app.P().Class("hx-quote").Dir("rtl").Lang("ar").Text(a.Quote),
		app.Dl().Class("hx-dl").Body(
			app.Dt().Text("الحالة"),
			app.Dd().Body(app.Span().Class("hx-status "+string(a.Status)).ID("hx-status").DataSet("status", string(a.Status)).Title(string(a.Status)).Text(statusAr[a.Status]),
				app.Text(" · "+sourceAr[a.Source])),
			app.Dt().Text("الموضع"),
			app.Dd().Body(app.Bdi().ID("hx-span").Dir("ltr").DataSet("start", a.Start).DataSet("end", a.End).Text(fmt.Sprintf("[%d, %d) code points", a.Start, a.End))),
			app.If(a.Type != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Body(en("TIMEX3")),
					app.Dd().Body(app.Bdi().Dir("ltr").Body(app.Code().Text(a.Type), app.Text(" "), app.Code().ID("hx-value").Text(orDash(a.Value)))),
				)
			}),
			app.If(greg != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("ميلادي"),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Text(greg)),
				)
			}),
			app.If(hijri != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("هجري"),
					app.Dd().Body(app.Span().Class("ar").Dir("auto").Text(hijri)),
				)
			}),
			app.If(a.Calendar != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("التقويم المكتوب"), app.Dd().Text(map[string]string{"hijri": "هجري", "gregorian": "ميلادي"}[a.Calendar]))
			}),
			app.If(a.Note != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("ملاحظة"), app.Dd().ID("hx-note-shown").Dir("auto").Text(a.Note))
			}),
			app.If(a.Entity != "", func() app.UI {
				return app.Div().Style("display", "contents").Body(app.Dt().Text("الكيان"), app.Dd().Body(ltr(a.Entity)))
			}),
			app.If(p.ILinked.ID != "", func() app.UI {
				l := p.ILinked
				return app.Div().Style("display", "contents").Body(
					app.Dt().Text("المقابل المذكور"),
					app.Dd().Body(app.Button().Class("hx-b").Lang("ar").Dir("rtl").
						OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, l.ID) }, app.EventScope(l.ID)).
						Text(session.Quote(l))),
				)
			}),
		),
		app.Div().Class("hx-actions").Body(
			app.Button().Class("accept").ID("hx-accept").Title("قبول — Accept (A)").Disabled(a.Status == annotation.Accepted).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Accepted) }, app.EventScope(a.ID)).Text("✓ قبول"),
			app.Button().Class("reject").ID("hx-reject").Title("رفض (R): يُحفظ الرفض فلا يُقترح مرة أخرى — Reject").Disabled(a.Status == annotation.Rejected).
				OnClick(func(ctx app.Context, e app.Event) { p.status(ctx, a.ID, annotation.Rejected) }, app.EventScope(a.ID)).Text("✗ رفض"),
			app.Button().Class("delete").ID("hx-delete").Title("حذف — Delete (Del)").
				OnClick(func(ctx app.Context, e app.Event) {
					if p.OnDelete != nil {
						p.OnDelete(ctx, a.ID)
					}
				}, app.EventScope(a.ID)).Text("حذف"),
			app.Button().ID("hx-close").Title("إغلاق — Close (Esc)").OnClick(func(ctx app.Context, e app.Event) {
				if p.OnClose != nil {
					p.OnClose(ctx)
				}
			}).Text("إغلاق"),
		),
		app.Div().Class("hx-actions hx-apply").Body(
			app.Button().ID("hx-apply-all").
				Title("يضيف الوسم نفسه إلى كل موضع آخر للكلمة نفسها كاملةً (مع اختلاف التشكيل والتطويل والهمزة)، لا داخل كلمة أطول — Apply to all whole-word occurrences").
				OnClick(func(ctx app.Context, e app.Event) { p.applyAll(ctx, a.ID, false) }, app.EventScope(a.ID)).
				Text("⤧ طبِّق على كل المواضع"),
			app.Button().ID("hx-apply-clitic").
				Title("يقترح الوسم أيضًا حيث تتصل الكلمة بسابقة (و ف ب ل ك ال لل)، دون السابقة، لتراجعه — also forms with a proclitic, as suggestions").
				OnClick(func(ctx app.Context, e app.Event) { p.applyAll(ctx, a.ID, true) }, app.EventScope(a.ID)).
				Text("+ مع السوابق (اقتراحات)"),
		),
		(&noteEditor{OnSave: p.OnNote}).Note(a.ID, a.Note),
		app.Div().Class("hx-legend").Body(
			app.Span().Class("hx-muted").Text("غيِّر الوسم:"),
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
				app.P().Class("hx-muted").Text("توسيمات أخرى في هذا الموضع:"),
				app.Ul().Class("hx-list").Body(app.Range(p.IOthers).Slice(func(i int) app.UI {
					o := p.IOthers[i]
					return app.Li().Body(
						app.Span().Class("hx-sw sw-"+labelIdent(o.Label)),
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) { p.selectID(ctx, o.ID) }, app.EventScope(o.ID)).Body(
							app.Text(labelName(p.ILang, o.Label)+" "),
							app.Span().Class("ar").Lang("ar").Dir("rtl").Text(session.Quote(o)),
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
