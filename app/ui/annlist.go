package ui

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// annList lists every annotation (label, status, source, quote, value),
// filtered by label, status and source, with bulk accept / reject of what
// the filter shows. Rows are rendered a page at a time (annListPage rows, then
// "show more"), so a document with 14,000 annotations costs a page, and the
// filtering is redone only when the annotations or the filter change.
type annList struct {
	app.Compo

	IAnns     *[]annotation.Annotation // a new pointer whenever they change; nil while closed
	IVersion  int
	ITotal    int // number of annotations (shown while closed)
	IOpen     bool
	ISelected string
	ILang     i18n.Lang

	OnSelect func(ctx app.Context, id string)
	OnBulk   func(ctx app.Context, ids []string, st annotation.Status)
	// OnToggle opens or closes the list: the page hands over the
	// annotations only while it is open.
	OnToggle func(ctx app.Context, open bool)

	label, status, source string
	limit                 int

	cacheVer int
	cacheKey string
	cachePtr *[]annotation.Annotation
	shown    []annotation.Annotation
	open     bool
}

const annListPage = 100

func (l *annList) Anns(a *[]annotation.Annotation, version int) *annList {
	l.IAnns, l.IVersion = a, version
	return l
}
func (l *annList) Selected(id string) *annList  { l.ISelected = id; return l }
func (l *annList) Lang(lang i18n.Lang) *annList { l.ILang = lang; return l }

// filtered returns the annotations the filter keeps.
func (l *annList) filtered() []annotation.Annotation {
	key := l.label + "|" + l.status + "|" + l.source
	if l.cachePtr == l.IAnns && l.cacheVer == l.IVersion && l.cacheKey == key && l.shown != nil {
		return l.shown
	}
	out := []annotation.Annotation{}
	if l.IAnns != nil {
		for _, a := range *l.IAnns {
			if (l.label == "" || string(a.Label) == l.label) &&
				(l.status == "" || string(a.Status) == l.status) &&
				(l.source == "" || string(a.Source) == l.source) {
				out = append(out, a)
			}
		}
	}
	l.shown, l.cachePtr, l.cacheVer, l.cacheKey = out, l.IAnns, l.IVersion, key
	return out
}

func (l *annList) ids() []string {
	f := l.filtered()
	ids := make([]string, len(f))
	for i, a := range f {
		ids[i] = a.ID
	}
	return ids
}

func (l *annList) bulk(ctx app.Context, st annotation.Status) {
	if l.OnBulk != nil {
		l.OnBulk(ctx, l.ids(), st)
	}
}

func (l *annList) Render() app.UI {
	T := l.ILang.T
	total := l.ITotal
	head := app.Button().ID("hx-list-toggle").Class("hx-card-toggle").Aria("expanded", fmt.Sprint(l.IOpen)).Aria("controls", "hx-list-body").
		OnClick(func(ctx app.Context, e app.Event) {
			if l.OnToggle != nil {
				l.OnToggle(ctx, !l.IOpen)
			}
		}).
		Body(app.Text(fmt.Sprintf("%s (%d)", T("list"), total)))
	if !l.IOpen || l.IAnns == nil {
		return app.Section().Class("hx-card hx-annlist").ID("hx-list").Body(app.H2().Body(head))
	}
	if l.limit == 0 {
		l.limit = annListPage
	}
	f := l.filtered()
	n := min(len(f), l.limit)
	opt := func(v, text string, cur string) app.UI {
		return app.Option().Value(v).Selected(v == cur).Text(text)
	}
	labelOpts := []app.UI{opt("", T("list.label"), l.label)}
	for _, lb := range labels.Labels {
		labelOpts = append(labelOpts, opt(string(lb.Code), labelText(l.ILang, lb.Code), l.label))
	}
	sel := func(id, aria string, cur *string, opts ...app.UI) app.UI {
		return app.Select().ID(id).Aria("label", aria).
			OnChange(func(ctx app.Context, e app.Event) { *cur = jsStr(ctx.JSSrc(), "value"); l.limit = annListPage }).
			Body(opts...)
	}
	return app.Section().Class("hx-card hx-annlist").ID("hx-list").Body(
		app.H2().Body(head),
		app.Div().ID("hx-list-body").Body(
			app.Div().Class("hx-annlist-filters").Body(
				sel("hx-list-label", T("list.f.label"), &l.label, labelOpts...),
				sel("hx-list-status", T("list.f.status"), &l.status,
					opt("", T("list.status"), l.status),
					opt(string(annotation.Suggested), T(string(annotation.Suggested)), l.status),
					opt(string(annotation.Accepted), T(string(annotation.Accepted)), l.status),
					opt(string(annotation.Rejected), T(string(annotation.Rejected)), l.status)),
				sel("hx-list-source", T("list.f.source"), &l.source,
					opt("", T("list.source"), l.source),
					opt(string(annotation.Auto), T(string(annotation.Auto)), l.source),
					opt(string(annotation.Manual), T(string(annotation.Manual)), l.source)),
			),
			app.Div().Class("hx-actions").Body(
				app.Span().ID("hx-list-count").Class("hx-muted").Text(fmt.Sprintf("%s%d", T("list.shown"), len(f))),
				app.Button().ID("hx-list-accept").Class("accept").Disabled(len(f) == 0).
					OnClick(func(ctx app.Context, e app.Event) { l.bulk(ctx, annotation.Accepted) }).
					Text(fmt.Sprintf("%s (%d)", T("list.accept"), len(f))),
				app.Button().ID("hx-list-reject").Class("reject").Disabled(len(f) == 0).
					OnClick(func(ctx app.Context, e app.Event) { l.bulk(ctx, annotation.Rejected) }).
					Text(fmt.Sprintf("%s (%d)", T("list.reject"), len(f))),
			),
			app.Ul().Class("hx-list hx-annrows").ID("hx-list-rows").Body(
				app.Range(f[:n]).Slice(func(i int) app.UI {
					a := f[i]
					id := a.ID
					v := a.Value
					if v == "" && a.Hijri != "" {
						v = a.Hijri + " هـ"
					}
					if v != "" && a.Mod != "" {
						v += " " + a.Mod
					}
					return app.Li().Body(
						app.Button().Class("hx-list-row").DataSet("id", id).DataSet("status", string(a.Status)).
							Aria("current", fmt.Sprint(id == l.ISelected)).
							OnClick(func(ctx app.Context, e app.Event) {
								if l.OnSelect != nil {
									l.OnSelect(ctx, id)
								}
							}).Body(
							app.Span().Class("hx-sw sw-"+labelIdent(a.Label)),
							app.Span().Class("hx-list-label").Text(string(a.Label)),
							app.Span().Class("hx-list-quote").Lang("ar").Dir("rtl").Attr("translate", "no").Text(a.Quote),
							app.If(v != "", func() app.UI { return ltr(v) }),
							app.Span().Class("hx-list-status hx-muted").Text(T(string(a.Status))+" · "+T(string(a.Source))),
						),
					)
				}),
			),
			app.If(len(f) > n, func() app.UI {
				return app.Button().ID("hx-list-more").OnClick(func(ctx app.Context, e app.Event) { l.limit += annListPage }).
					Text(fmt.Sprintf("%s%d", T("list.more"), len(f)-n))
			}),
		),
	)
}
