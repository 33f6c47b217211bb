package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// messageBar shows one user-facing message (error, warning or info), with
// an optional action button.
type messageBar struct {
	app.Compo

	IText    string
	IKind    string // "error", "warn" or "info"
	IAction  string // label of the action button; "" for none
	OnAction func(ctx app.Context)
	OnClose  func(ctx app.Context)
}

func (m *messageBar) Message(kind, text, action string) *messageBar {
	m.IKind, m.IText, m.IAction = kind, text, action
	return m
}

func (m *messageBar) Render() app.UI {
	if m.IText == "" {
		return app.Div().Hidden(true)
	}
	return app.Div().Class("hx-msg "+m.IKind).ID("hx-msg").Role("alert").DataSet("kind", m.IKind).Body(
		app.Span().Class("hx-msg-text").Dir("auto").Text(m.IText),
		app.If(m.IAction != "", func() app.UI {
			return app.Button().ID("hx-msg-action").OnClick(func(ctx app.Context, e app.Event) {
				if m.OnAction != nil {
					m.OnAction(ctx)
				}
			}).Text(m.IAction)
		}),
		app.Button().Title("Dismiss").OnClick(func(ctx app.Context, e app.Event) {
			if m.OnClose != nil {
				m.OnClose(ctx)
			}
		}).Text("×"),
	)
}
