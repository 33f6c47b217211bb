package ui

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// isolate wraps a user string (a title, a file name) that goes inside a
// message in a first-strong isolate (U+2068 … U+2069), so that an Arabic
// title in an English sentence, or a title that begins with digits or
// punctuation, is laid out on its own and does not reorder its neighbours.
func isolate(s string) string { return "\u2068" + s + "\u2069" }

// unsavedWork reports whether the open document has changes that could not
// be stored (storage full) and were not exported since.
func (p *page) unsavedWork() bool {
	return p.sess != nil && p.sess.Unsaved != "" && p.exported != p.version
}

// leaving runs f, which replaces the open document, at once; but when the
// open document has unsaved work, it first asks, offering to export it
// (f runs only on "open anyway").
func (p *page) leaving(ctx app.Context, f func(ctx app.Context)) {
	if p.sess != nil && p.sess.Pending() {
		p.flushWrites(ctx) // a failure to write shows here, before leaving
	}
	if !p.unsavedWork() {
		f(ctx)
		return
	}
	p.say("warn", "لم تُحفظ آخر تغييراتك على هذه الوثيقة (التخزين ممتلئ)، وستضيع إن فتحت وثيقة أخرى. صدِّرها أولًا، أو افتح الأخرى متخليًا عنها.",
		"Unsaved changes: "+p.sess.Unsaved+" Opening another document discards them; export them first.")
	p.msgCode = "unsaved-leave"
	p.msgAction, p.onAction = T(p, "export.now"), func(ctx app.Context) { p.export(ctx) }
	p.msgAction2, p.onAction2 = T(p, "open.anyway"), f
}

// listenUnload asks the browser to confirm leaving or reloading the page
// while there is unsaved work (beforeunload).
func (p *page) listenUnload() {
	if !app.IsClient {
		return
	}
	p.unloadFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if p.sess != nil && p.sess.Pending() {
			_ = p.sess.Flush() // the last edits, deferred by a frame
		}
		if !p.unsavedWork() || len(args) == 0 {
			return nil
		}
		if pd := jsField(args[0], "preventDefault"); pd.Type() == app.TypeFunction {
			args[0].Call("preventDefault")
		}
		args[0].Set("returnValue", "unsaved")
		return "unsaved"
	})
	app.Window().Call("addEventListener", "beforeunload", p.unloadFn)
}

// downloadDamaged downloads the kept copies of the open document's damaged
// records, as one JSON object {key: raw value}.
func (p *page) downloadDamaged(ctx app.Context) {
	copies := p.sess.DamagedCopies()
	keys := make([]string, 0, len(copies))
	for k := range copies {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  " + jsonString(k) + ": " + jsonString(copies[k]))
	}
	b.WriteString("\n}\n")
	download("hashiya-damaged-"+p.sess.Doc.SHA256[:min(12, len(p.sess.Doc.SHA256))]+".json", "application/json", b.String())
	p.info("نُزِّلت النسخة التالفة كما هي؛ يمكن إصلاحها يدويًّا ثم استيرادها.", strings.Join(keys, ", "))
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
