package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

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
}

func (t *toolbar) Render() app.UI {
	return app.Header().Class("hx-bar").Body(
		app.Div().Class("hx-brand").Body(
			app.Img().Src("/web/icons/hashiya.svg").Alt(""),
			app.Span().Class("ar").Lang("ar").Text("حاشية"),
			app.Span().Text("Hashiya"),
		),
		app.Button().ID("hx-sample").Title("Open the bundled sample article").OnClick(func(ctx app.Context, e app.Event) {
			if t.OnSample != nil {
				t.OnSample(ctx)
			}
		}).Text("Sample"),
		app.Button().ID("hx-paste-btn").Title("Paste the text of another article").OnClick(func(ctx app.Context, e app.Event) {
			if t.OnPaste != nil {
				t.OnPaste(ctx)
			}
		}).Text("Paste text…"),
		app.Label().Class("hx-btn").Title("Open a plain-text (.txt) article").Body(
			app.Text("Open .txt…"),
			app.Input().ID("hx-open-file").Class("hx-file").Type("file").Accept(".txt,text/plain").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnFile != nil {
						readFile(ctx, ctx.JSSrc(), t.OnFile)
					}
				}),
		),
		app.Div().Class("hx-spacer"),
		app.Label().Class("hx-btn").Title("Import a Hashiya export (.json): its annotations are merged, nothing is overwritten").Body(
			app.Text("Import…"),
			app.Input().ID("hx-import-file").Class("hx-file").Type("file").Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnImport != nil {
						readFile(ctx, ctx.JSSrc(), t.OnImport)
					}
				}),
		),
		app.Button().ID("hx-export").Title("Download the document and its annotations (Hashiya JSON, offsets in Unicode code points)").
			OnClick(func(ctx app.Context, e app.Event) {
				if t.OnExport != nil {
					t.OnExport(ctx)
				}
			}).Text("Export"),
	)
}
