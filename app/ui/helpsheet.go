package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// helpSheet lists every key, as a modal dialog (`?` opens it).
type helpSheet struct {
	app.Compo

	OnClose func(ctx app.Context)
	ILang   i18n.Lang

	opener app.Value
}

const helpID = "hx-help"

// helpKeys are the keys, in the order shown: keys, Arabic, English.
var helpKeys = [][3]string{
	{"1 – 8", "وسم التحديد (أو تغيير وسم التوسيم المختار): شخص، مكان، منظمة، أخرى، تاريخ، وقت، مدة، تكرار", "label the selection (or relabel the selected span)"},
	{"A", "قبول التوسيم المختار", "accept the selected annotation"},
	{"R", "رفض التوسيم المختار", "reject it"},
	{"Delete", "حذف التوسيم المختار", "delete it"},
	{"J / ↓", "الاقتراح التالي", "next suggestion"},
	{"K / ↑", "الاقتراح السابق", "previous suggestion"},
	{"L", "ربط التوسيم المختار بآخر: انقر الهدف أو J/K ثم Enter، ثم النوع 1–5 أو Enter للمقترح", "link the selected annotation: click the target or J/K then Enter, then the type 1–5 or Enter"},
	{"Ctrl+Z", "تراجع", "undo"},
	{"Ctrl+Shift+Z / Ctrl+Y", "إعادة", "redo"},
	{"Tab", "الانتقال إلى نص المقال", "focus the article"},
	{"← →", "تحريك المؤشر في المقال حرفًا حرفًا (المقال من اليمين إلى اليسار)", "move the caret by character"},
	{"Shift + ← →", "التحديد حرفًا حرفًا", "select by character"},
	{"Ctrl + Shift + ← →", "التحديد كلمةً كلمة", "select by word"},
	{"Home / End", "أول السطر / آخره", "line start / end"},
	{"/", "البحث في النص", "search the text"},
	{"Enter / Shift+Enter", "النتيجة التالية / السابقة (في مربع البحث)", "next / previous hit"},
	{"Esc", "إغلاق اللوحة أو النافذة، إلغاء التحديد", "close, cancel"},
	{"?", "هذه القائمة", "this sheet"},
}

func (h *helpSheet) OnMount(ctx app.Context) { h.opener = modalOpened(ctx, helpID) }
func (h *helpSheet) OnDismount()             { modalClosed(h.opener) }

func (h *helpSheet) close(ctx app.Context) {
	if h.OnClose != nil {
		h.OnClose(ctx)
	}
}

func (h *helpSheet) Render() app.UI {
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-help").ID(helpID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-help-title").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, helpID, h.close) }).
			Body(
				app.H2().ID("hx-help-title").Text(h.ILang.T("help.title")),
				app.Table().Body(
					app.TBody().Body(app.Range(helpKeys).Slice(func(i int) app.UI {
						k := helpKeys[i]
						return app.Tr().Body(
							app.Td().Body(app.Kbd().Dir("ltr").Text(k[0])),
							app.If(h.ILang == i18n.EN, func() app.UI { return app.Td().Text(k[2]) }).
								Else(func() app.UI { return app.Td().Body(app.Text(k[1]), en(k[2])) }),
						)
					})),
				),
				app.Div().Class("hx-actions").Body(
					app.Button().ID("hx-help-close").OnClick(func(ctx app.Context, e app.Event) { h.close(ctx) }).Text(h.ILang.T("close")),
				),
			),
	)
}
