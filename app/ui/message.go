package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// messageBar shows one user-facing message (error, warning or info): an
// Arabic sentence, and the English or technical detail (file names, error
// codes, the model's own message) in a left-to-right isolate after it,
// with up to two action buttons (ids hx-msg-action and hx-msg-action2).
type messageBar struct {
	app.Compo

	IText    string
	IDetail  string // English/technical detail; "" for none
	IKind    string // "error", "warn" or "info"
	ICode    string // error code (annotation.E…), for tests and styling; "" for none
	IAction  string // label of the action button; "" for none
	IAction2 string // label of the second action button; "" for none
	OnAction func(ctx app.Context)
	OnAct2   func(ctx app.Context)
	OnClose  func(ctx app.Context)
}

func (m *messageBar) Message(kind, text, detail, code string) *messageBar {
	m.IKind, m.IText, m.IDetail, m.ICode = kind, text, detail, code
	return m
}

func (m *messageBar) Actions(a1, a2 string) *messageBar {
	m.IAction, m.IAction2 = a1, a2
	return m
}

func (m *messageBar) Render() app.UI {
	if m.IText == "" && m.IDetail == "" {
		return app.Div().Hidden(true)
	}
	return app.Div().Class("hx-msg "+m.IKind).ID("hx-msg").Role("alert").DataSet("kind", m.IKind).DataSet("code", m.ICode).Body(
		app.Span().Class("hx-msg-text").Dir("auto").Body(
			app.Span().Lang("ar").Text(m.IText),
			app.If(m.IDetail != "", func() app.UI {
				return app.Bdi().Class("hx-en").Lang("en").Dir("ltr").Text(m.IDetail)
			}),
		),
		app.If(m.IAction != "", func() app.UI {
			return app.Button().ID("hx-msg-action").OnClick(func(ctx app.Context, e app.Event) {
				if m.OnAction != nil {
					m.OnAction(ctx)
				}
			}).Text(m.IAction)
		}),
		app.If(m.IAction2 != "", func() app.UI {
			return app.Button().ID("hx-msg-action2").OnClick(func(ctx app.Context, e app.Event) {
				if m.OnAct2 != nil {
					m.OnAct2(ctx)
				}
			}).Text(m.IAction2)
		}),
		app.Button().ID("hx-msg-close").Title("إغلاق — Dismiss").Aria("label", "إغلاق").OnClick(func(ctx app.Context, e app.Event) {
			if m.OnClose != nil {
				m.OnClose(ctx)
			}
		}).Text("×"),
	)
}
