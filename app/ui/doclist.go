package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// docList lists the stored documents; one click opens a document.
//
// Handlers of list items carry an app.EventScope naming the data their
// closure captured: go-app keeps a mounted handler whose func has the same
// code pointer, so without a scope a reused <li> would keep acting on the
// document it showed first. The other lists and the side panel do the same.
type docList struct {
	app.Compo

	IDocs    []annotation.DocumentInfo
	ICurrent string // SHA-256 of the open document
	ILang    i18n.Lang
	OnOpen   func(ctx app.Context, sha string)
	OnDelete func(ctx app.Context, sha string)
}

func (d *docList) Docs(v []annotation.DocumentInfo, current string) *docList {
	d.IDocs, d.ICurrent = v, current
	return d
}

func (d *docList) Render() app.UI {
	return app.Section().Class("hx-card").ID("hx-docs").Body(
		app.H2().Text(d.ILang.T("docs")+" ("+strconv.Itoa(len(d.IDocs))+")"),
		app.Ul().Class("hx-list").Body(app.Range(d.IDocs).Slice(func(i int) app.UI {
			info := d.IDocs[i]
			cur := info.SHA256 == d.ICurrent
			return app.Li().DataSet("sha", info.SHA256).Body(
				app.Button().Class(app.AppendClass("hx-link", map[bool]string{true: "cur"}[cur])).Attr("translate", "no").
					Title(info.SHA256).
					OnClick(func(ctx app.Context, e app.Event) {
						if d.OnOpen != nil && !cur {
							d.OnOpen(ctx, info.SHA256)
						}
					}, app.EventScope(info.SHA256, cur)).
					Body(app.Span().Class("ar").Dir("auto").Attr("translate", "no").Text(info.Title)),
				app.Span().Class("hx-count").Text(strconv.Itoa(info.Count)),
				app.If(info.Problem != "", func() app.UI { return app.Span().Class("hx-count").Title(info.Problem).Text("⚠") }),
				app.If(!cur, func() app.UI {
					return app.Button().Class("hx-b").DataSet("delete", info.SHA256).Title(d.ILang.T("docs.delete")).Aria("label", d.ILang.T("docs.delete")).
						OnClick(func(ctx app.Context, e app.Event) {
							if d.OnDelete != nil && app.Window().Call("confirm", d.ILang.T("docs.confirm")+" «"+isolate(info.Title)+"»").Bool() {
								d.OnDelete(ctx, info.SHA256)
							}
						}, app.EventScope(info.SHA256)).Text("×")
				}),
			)
		})),
	)
}
