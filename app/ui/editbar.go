package ui

import (
	"fmt"

	"github.com/hashiya/hashiya/app/annotation"
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

	OnUndo, OnRedo func(ctx app.Context)
	OnQuery        func(ctx app.Context, q string, wholeWord bool)
	OnStep         func(ctx app.Context, dir int)
	OnLabelAll     func(ctx app.Context, l annotation.Label)
	OnHelp         func(ctx app.Context)
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

func call(f func(ctx app.Context), ctx app.Context) {
	if f != nil {
		f(ctx)
	}
}

func (b *editBar) Render() app.UI {
	if b.label == "" {
		b.label = annotation.Labels[0]
	}
	undoTitle, redoTitle := "تراجع (Ctrl+Z)", "إعادة (Ctrl+Shift+Z / Ctrl+Y)"
	if b.IUndoWhat != "" {
		undoTitle = "تراجع عن " + b.IUndoWhat + " (Ctrl+Z)"
	}
	if b.IRedoWhat != "" {
		redoTitle = "أعد " + b.IRedoWhat + " (Ctrl+Shift+Z / Ctrl+Y)"
	}
	count := ""
	switch {
	case b.query == "":
	case b.IHits == 0:
		count = "لا نتائج"
	default:
		count = fmt.Sprintf("%d / %d", b.ICur+1, b.IHits)
		if b.ICapped {
			count += "+"
		}
	}
	return app.Div().Class("hx-editbar").ID("hx-editbar").Role("toolbar").Aria("label", "أدوات التحرير — Editing").Body(
		app.Button().ID("hx-undo").Title(undoTitle).Aria("label", undoTitle).Disabled(!b.ICanUndo).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnUndo, ctx) }).Text("↶ تراجع"),
		app.Button().ID("hx-redo").Title(redoTitle).Aria("label", redoTitle).Disabled(!b.ICanRedo).
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnRedo, ctx) }).Text("↷ إعادة"),
		app.Div().Class("hx-search").Role("search").Body(
			app.Input().ID("hx-search").Type("search").Dir("rtl").Lang("ar").
				Placeholder("بحث في النص (/)").Aria("label", "بحث في النص، يتجاهل التشكيل والهمزات — Search (ignores tashkeel, hamza forms, ة/ه, ى/ي, digit scripts)").
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
			app.Button().ID("hx-search-prev").Title("النتيجة السابقة (Shift+Enter)").Aria("label", "النتيجة السابقة").Disabled(b.IHits == 0).
				OnClick(func(ctx app.Context, e app.Event) {
					if b.OnStep != nil {
						b.OnStep(ctx, -1)
					}
				}).Text("▲"),
			app.Button().ID("hx-search-next").Title("النتيجة التالية (Enter)").Aria("label", "النتيجة التالية").Disabled(b.IHits == 0).
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
				app.Text("كلمة كاملة"),
			),
			app.Select().ID("hx-search-label").Aria("label", "وسم نتائج البحث").
				OnChange(func(ctx app.Context, e app.Event) { b.label = annotation.Label(jsStr(ctx.JSSrc(), "value")) }).
				Body(app.Range(annotation.Labels).Slice(func(i int) app.UI {
					l := annotation.Labels[i]
					return app.Option().Value(string(l)).Selected(l == b.label).Text(labelNames[l] + " " + string(l))
				})),
			app.Button().ID("hx-search-label-all").Disabled(b.IHits == 0).Title("وسم كل النتائج بالوسم المختار (خطوة واحدة يمكن التراجع عنها)").
				OnClick(func(ctx app.Context, e app.Event) {
					if b.OnLabelAll != nil {
						b.OnLabelAll(ctx, b.label)
					}
				}).Text("وسم كل النتائج"),
		),
		app.Label().Class("hx-check").Title("عند التحديد بعد و ب ف ل ك في أول الكلمة تبقى السابقة خارج التوسيم — Leave a word-initial proclitic out of the selection").Body(
			app.Input().ID("hx-leave-proclitic").Type("checkbox").Checked(b.ILeave).
				OnChange(func(ctx app.Context, e app.Event) {
					if b.OnProclitic != nil {
						b.OnProclitic(ctx, jsBool(ctx.JSSrc(), "checked"))
					}
				}),
			app.Text("دون السابقة (و ب ف ل ك)"),
		),
		app.Button().ID("hx-help-btn").Title("اختصارات لوحة المفاتيح (?)").Aria("label", "اختصارات لوحة المفاتيح").
			OnClick(func(ctx app.Context, e app.Event) { call(b.OnHelp, ctx) }).Text("?"),
	)
}
