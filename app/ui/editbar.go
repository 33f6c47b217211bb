package ui

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// editBar holds undo and redo, the search box (hits stepped with Enter /
// Shift+Enter or the arrows, "label all hits"), the proclitic toggle and
// the help button.
type editBar struct {
	app.Compo

	ICanUndo, ICanRedo   bool
	IUndoWhat, IRedoWhat string
	IHits, ICur          int
	ICapped              bool
	ILeave               bool
	ILang                i18n.Lang

	OnUndo, OnRedo func(ctx app.Context)
	OnQuery        func(ctx app.Context, q string, wholeWord bool)
	OnStep         func(ctx app.Context, dir int)
	OnLabelAll     func(ctx app.Context, l annotation.Label)
	OnHelp         func(ctx app.Context)
	OnLabels       func(ctx app.Context)
	OnProclitic    func(ctx app.Context, leave bool)

	query string
	whole bool
	label annotation.Label
}

func (b *editBar) Undo(can bool, what string) *editBar { b.ICanUndo, b.IUndoWhat = can, what; return b }
func (b *editBar) Redo(can bool, what string) *editBar { b.ICanRedo, b.IRedoWhat = can, what; return b }
func (b *editBar) Hits(n, cur int, capped bool) *editBar {
	b.IHits, b.ICur, b.ICapped = n, cur, capped
	return b
}
func (b *editBar) Proclitic(leave bool) *editBar { b.ILeave = leave; return b }
func (b *editBar) Lang(l i18n.Lang) *editBar     { b.ILang = l; return b }

func call(f func(ctx app.Context), ctx app.Context) {
	if f != nil {
		f(ctx)
	}
}

func (b *editBar) Render() app.UI {
	if b.label == "" {
		if v := shownLabels(); len(v) > 0 {
			b.label = v[0].Code
		}
	}
	T := b.ILang.T
	undoTitle, redoTitle := T("undo.title"), T("redo.title")
	if b.IUndoWhat != "" {
		undoTitle = T("undo.what") + b.IUndoWhat + " (Ctrl+Z)"
	}
	if b.IRedoWhat != "" {
		redoTitle = T("redo.what") + b.IRedoWhat + " (Ctrl+Shift+Z / Ctrl+Y)"
	}
	count := ""
	switch {
	case b.query == "":
	case b.IHits == 0:
		count = T("search.none")
	default:
		count = fmt.Sprintf("%d / %d", b.ICur+1, b.IHits)
		if b.ICapped {
			count += "+"
		}
	}
	return app.Div().Class("hx-editbar").ID("hx-editbar").Role("toolbar").Aria("label", T("editbar")).Body(
		app.Button().ID("hx-undo").Title(undoTitle).Aria("label", undoTitle).Disabled(!b.ICanUndo).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnUndo, ctx) }).Text(T("undo")),
		app.Button().ID("hx-redo").Title(redoTitle).Aria("label", redoTitle).Disabled(!b.ICanRedo).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnRedo, ctx) }).Text(T("redo")),
		app.Div().Class("hx-search").Role("search").Body(
			app.Input().ID("hx-search").Type("search").Dir("auto").
				Placeholder(T("search")).Aria("label", T("search.aria")).
				Value(b.query).
				OnInput(func(ctx app.Context, e app.Event) {
					b.query = jsStr(ctx.JSSrc(), "value")
					if b.OnQuery != nil {
						b.OnQuery(ctx, b.query, b.whole)
					}
				}).
				OnKeyDown(func(ctx app.Context, e app.Event) {
					switch jsStr(e.Value, "key") {
					case "Enter":
						e.PreventDefault()
						if b.OnStep != nil {
							if jsBool(e.Value, "shiftKey") {
								b.OnStep(ctx, -1)
							} else {
								b.OnStep(ctx, 1)
							}
						}
					case "Escape":
						b.query = ""
						if b.OnQuery != nil {
							b.OnQuery(ctx, "", b.whole)
						}
					}
				}),
			app.Span().ID("hx-search-count").Class("hx-muted").Aria("live", "polite").Dir("ltr").Text(count),
			app.Button().ID("hx-search-prev").Title(T("search.prev")).Aria("label", T("search.prev")).Disabled(b.IHits == 0).
				OnClick(func(ctx app.Context, e app.Event) {
					if b.OnStep != nil {
						b.OnStep(ctx, -1)
					}
				}).Text("▲"),
			app.Button().ID("hx-search-next").Title(T("search.next")).Aria("label", T("search.next")).Disabled(b.IHits == 0).
				OnClick(func(ctx app.Context, e app.Event) {
					if b.OnStep != nil {
						b.OnStep(ctx, 1)
					}
				}).Text("▼"),
			app.Label().Class("hx-check").Body(
				app.Input().ID("hx-search-whole").Type("checkbox").Checked(b.whole).
					OnChange(func(ctx app.Context, e app.Event) {
						b.whole = jsBool(ctx.JSSrc(), "checked")
						if b.OnQuery != nil {
							b.OnQuery(ctx, b.query, b.whole)
						}
					}),
				app.Text(T("search.whole")),
			),
			app.Select().ID("hx-search-label").Aria("label", T("search.label")).
				OnChange(func(ctx app.Context, e app.Event) { b.label = annotation.Label(jsStr(ctx.JSSrc(), "value")) }).
				Body(app.Range(shownLabels()).Slice(func(i int) app.UI {
					l := shownLabels()[i].Code
					return app.Option().Value(string(l)).Selected(l == b.label).Text(labelText(b.ILang, l))
				})),
			app.Button().ID("hx-search-label-all").Disabled(b.IHits == 0).Title(T("search.all.title")).
				OnClick(func(ctx app.Context, e app.Event) {
					if b.OnLabelAll != nil {
						b.OnLabelAll(ctx, b.label)
					}
				}).Text(T("search.all")),
		),
		app.Label().Class("hx-check").Title(T("proclitic.title")).Body(
			app.Input().ID("hx-leave-proclitic").Type("checkbox").Checked(b.ILeave).
				OnChange(func(ctx app.Context, e app.Event) {
					if b.OnProclitic != nil {
						b.OnProclitic(ctx, jsBool(ctx.JSSrc(), "checked"))
					}
				}),
			app.Text(T("proclitic")),
		),
		app.Button().ID("hx-labels-btn").Title(T("labels.title")).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnLabels, ctx) }).Text(T("labels")),
		app.Button().ID("hx-help-btn").Title(T("help")).Aria("label", T("help")).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnHelp, ctx) }).Text("?"),
	)
}
