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

// helpKeys are the keys, in the order shown: keys and the message key of
// what they do (app/i18n). The label keys come first, one row per label
// of the set that has a key (helpRows).
var helpKeys = [][2]string{
	{"A", "help.k.accept"},
	{"R", "help.k.reject"},
	{"Delete", "help.k.delete"},
	{"J / ↓", "help.k.next"},
	{"K / ↑", "help.k.prev"},
	{"L", "help.k.link"},
	{"Ctrl+Z", "help.k.undo"},
	{"Ctrl+Shift+Z / Ctrl+Y", "help.k.redo"},
	{"Tab", "help.k.tab"},
	{"← →", "help.k.caret"},
	{"Shift + ← →", "help.k.selchar"},
	{"Ctrl + Shift + ← →", "help.k.selword"},
	{"Home / End", "help.k.home"},
	{"/", "help.k.search"},
	{"Enter / Shift+Enter", "help.k.hits"},
	{"Esc", "help.k.esc"},
	{"?", "help.k.help"},
}

// helpRows are the rows of the sheet in l: the label keys of the set, then
// helpKeys.
func helpRows(l i18n.Lang) [][2]string {
	var rows [][2]string
	for _, lb := range shownLabels() {
		if lb.Key != "" {
			rows = append(rows, [2]string{lb.Key, l.T("help.k.label") + ": " + labelText(l, lb.Code)})
		}
	}
	for _, k := range helpKeys {
		rows = append(rows, [2]string{k[0], l.T(k[1])})
	}
	return rows
}

func (h *helpSheet) OnMount(ctx app.Context) { h.opener = modalOpened(ctx, helpID) }
func (h *helpSheet) OnDismount()             { modalClosed(h.opener) }

func (h *helpSheet) close(ctx app.Context) {
	if h.OnClose != nil {
		h.OnClose(ctx)
	}
}

func (h *helpSheet) Render() app.UI {
	rows := helpRows(h.ILang)
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-help").ID(helpID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-help-title").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, helpID, h.close) }).
			Body(
				app.H2().ID("hx-help-title").Text(h.ILang.T("help.title")),
				app.Table().Body(
					app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
						k := rows[i]
						return app.Tr().Body(
							app.Td().Body(app.Kbd().Dir("ltr").Text(k[0])),
							app.Td().Text(k[1]),
						)
					})),
				),
				app.Div().Class("hx-actions").Body(
					app.Button().ID("hx-help-close").OnClick(func(ctx app.Context, e app.Event) { h.close(ctx) }).Text(h.ILang.T("close")),
				),
			),
	)
}
