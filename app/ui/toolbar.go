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
			app.Img().Src("/web/icons/hashiya.svg").Alt("").Role("presentation"), // go-app drops an empty alt
			app.Span().Class("ar").Lang("ar").Text("حاشية"),
			app.Span().Class("hx-en").Lang("en").Dir("ltr").Text("Hashiya"),
		),
		app.Button().ID("hx-sample").Title("افتح المقال المرفق مثالًا — Open the sample article").OnClick(func(ctx app.Context, e app.Event) {
			if t.OnSample != nil {
				t.OnSample(ctx)
			}
		}).Text("مقال مثال"),
		app.Button().ID("hx-paste-btn").Title("الصق نص مقال آخر — Paste an article").OnClick(func(ctx app.Context, e app.Event) {
			if t.OnPaste != nil {
				t.OnPaste(ctx)
			}
		}).Text("لصق نص…"),
		app.Label().Class("hx-btn").Title("افتح مقالًا من ملف نصي — Open a plain-text (.txt) article").Body(
			app.Text("فتح ملف نصي…"),
			app.Input().ID("hx-open-file").Class("hx-file").Type("file").Accept(".txt,text/plain").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnFile != nil {
						readFile(ctx, ctx.JSSrc(), t.OnFile)
					}
				}),
		),
		app.Div().Class("hx-spacer"),
		app.Label().Class("hx-btn").Title("استورد ملف تصدير من حاشية: تُدمج توسيماته ولا يُكتب فوق شيء — Import a Hashiya export (.json)").Body(
			app.Text("استيراد…"),
			app.Input().ID("hx-import-file").Class("hx-file").Type("file").Accept(".json,application/json").
				OnChange(func(ctx app.Context, e app.Event) {
					if t.OnImport != nil {
						readFile(ctx, ctx.JSSrc(), t.OnImport)
					}
				}),
		),
		app.Button().ID("hx-export").Title("نزِّل الوثيقة وتوسيماتها — Hashiya JSON, offsets in Unicode code points").
			OnClick(func(ctx app.Context, e app.Event) {
				if t.OnExport != nil {
					t.OnExport(ctx)
				}
			}).Text("تصدير"),
	)
}
