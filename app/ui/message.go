package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// messageBar shows one user-facing message (error, warning or info): in
// the Arabic interface an Arabic sentence, and the English or technical
// detail (file names, error codes, the model's own message) in a
// left-to-right isolate after it; in the English interface the English
// sentence (the detail) alone, or the text when there is no detail (a
// message already in the interface language),
// with up to two action buttons (ids hx-msg-action and hx-msg-action2).
type messageBar struct {
	app.Compo

	IText    string
	IDetail  string // English/technical detail; "" for none
	IKind    string // "error", "warn" or "info"
	ICode    string // error code (annotation.E…), for tests and styling; "" for none
	IAction  string // label of the action button; "" for none
	IAction2 string // label of the second action button; "" for none
	ILang    i18n.Lang
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
	text, detail, lang := m.IText, m.IDetail, "ar"
	if m.ILang == i18n.EN {
		if detail != "" {
			text = detail
		}
		detail, lang = "", "en"
	}
	return app.Div().Class("hx-msg "+m.IKind).ID("hx-msg").Role("alert").DataSet("kind", m.IKind).DataSet("code", m.ICode).Body(
		app.Span().Class("hx-msg-text").Dir("auto").Body(
			app.Span().Lang(lang).Text(text),
			app.If(detail != "", func() app.UI {
				return app.Bdi().Class("hx-en").Lang("en").Dir("ltr").Text(detail)
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
		app.Button().ID("hx-msg-close").Title(m.ILang.T("dismiss")).Aria("label", m.ILang.T("dismiss")).OnClick(func(ctx app.Context, e app.Event) {
			if m.OnClose != nil {
				m.OnClose(ctx)
			}
		}).Text("×"),
	)
}
