package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// toolbar holds the document actions: open the sample, paste an article,
// open a .txt file, import and export annotations.
type toolbar struct {
	app.Compo

	OnSample func(ctx app.Context)
	OnPaste  func(ctx app.Context)
	// OnFile and OnImport receive the chosen file's name and bytes.
	OnFile   func(ctx app.Context, name string, data []byte)
	OnImport func(ctx app.Context, name string, data []byte)
	OnExport func(ctx app.Context)
	// ExportTools is rendered before the export button: the export
	// format choice and the share link (exportfmt.go, share.go).
	ExportTools app.UI
	// OnDocs opens the document library (docscreen.go).
	OnDocs func(ctx app.Context)
	// OnLang switches the interface language; ILang is the current one.
	OnLang func(ctx app.Context)
	ILang  i18n.Lang
}

func (t *toolbar) Render() app.UI {
	T := t.ILang.T
	return app.Header().Class("hx-bar").Body(
		app.Div().Class("hx-brand").Body(
			app.Img().Src("/web/icons/hashiya.svg").Alt("").Role("presentation"), // go-app drops an empty alt
			app.Span().Class("ar").Lang("ar").Attr("translate", "no").Text("حاشية"),
			app.Span().Class("hx-en").Lang("en").Dir("ltr").Text("Hashiya"),
		),
		app.Button().ID("hx-sample").Title(T("sample.title")).OnClick(func(ctx app.Context, e app.Event) {
			if t.OnSample != nil {
				t.OnSample(ctx)
			}
		}).Text(T("sample")),
		app.Button().ID("hx-paste-btn").Title(T("paste.title")).OnClick(func(ctx app.Context, e app.Event) {
			if t.OnPaste != nil {
				t.OnPaste(ctx)
			}
		}).Text(T("paste")),
		app.Label().Class("hx-btn").Title(T("openfile.title")).Body(
			app.Text(T("openfile")),
			app.Input().ID("hx-open-file").Class("hx-file").Type("file").Accept(".txt,text/plain").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnFile != nil {
						readFile(ctx, ctx.JSSrc(), t.OnFile)
					}
				}),
		),
		app.Div().Class("hx-spacer"),
		app.Label().Class("hx-btn").Title(T("import.title")).Body(
			app.Text(T("import")),
			app.Input().ID("hx-import-file").Class("hx-file").Type("file").Accept(".json,.jsonld,.jsonl,.ann,.conll,.bio,.txt,application/json,application/ld+json,text/plain").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnImport != nil {
						readFile(ctx, ctx.JSSrc(), t.OnImport)
					}
				}),
		),
		t.ExportTools,
		app.Button().ID("hx-export").Title(T("export.title")).
			OnClick(func(ctx app.Context, e app.Event) {
				if t.OnExport != nil {
					t.OnExport(ctx)
				}
			}).Text(T("export")),
		app.Button().ID("hx-docs-btn").Title(T("docs.btn.title")).
			OnClick(func(ctx app.Context, e app.Event) {
				if t.OnDocs != nil {
					t.OnDocs(ctx)
				}
			}).Text(T("docs")),
		app.Button().ID("hx-lang").Lang(string(t.ILang.Other())).Attr("translate", "no").Title(T("lang.switch")).
			OnClick(func(ctx app.Context, e app.Event) {
				if t.OnLang != nil {
					t.OnLang(ctx)
				}
			}).Text(t.ILang.Other().Name()),
	)
}
