package ui

import (
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// articleView renders the document text right-to-left as plain text nodes:
// one <p data-para="i"> per line of the text, nothing else inside (in blocks
// of parasPerBlock lines, see dom.go), so that
// DOM offsets map to code points through textmap and the Arabic shaping is
// the browser's own. Highlights are drawn separately (applyHighlights).
//
// Its only field is the text, so go-app skips it when the page re-renders
// with the same text (a func field would differ on every render and make it
// rebuild one node per line each time). A click is reported as the action
// actionPoint, with the viewport coordinates ([2]float64) as value, and does
// not re-render the article itself.
type articleView struct {
	app.Compo

	IText string
	IKey  string // identifies the text (the document's SHA-256), see ensureText

	classKey, class string // the class computed for the text IKey
}

// actionPoint is posted on a click on the article text (not the end of a
// drag-selection); its value is [2]float64{clientX, clientY}.
const actionPoint = "hx-point"

// Text sets the text and the key that identifies it.
func (a *articleView) Text(key, v string) *articleView { a.IKey, a.IText = key, v; return a }

// A long text (more paragraphs or code points than these) gets the class
// hx-long: its paragraphs are laid out only near the screen
// (content-visibility in web/hashiya.css; laying out 1 MB of Arabic at once
// takes ~700 ms). A short one is laid out whole, so its height is exact.
const (
	longParas = 300
	longText  = 60000
)

func (a *articleView) Render() app.UI {
	if a.class == "" || a.classKey != a.IKey {
		a.classKey, a.class = a.IKey, "hx-text"
		if isLong(a.IText) {
			a.class += " hx-long"
		}
	}
	root := app.Div().
		ID(textID).
		Class(a.class).
		Dir("rtl").
		Lang("ar").
		OnClick(a.click)
	if app.IsClient {
		// The paragraphs are written by fillText, outside go-app's tree:
		// go-app would otherwise hold a virtual node and a JavaScript
		// value per paragraph and build each with several calls (2,166
		// paragraphs of a 1 MB text: ~200 ms, and memory for as long as
		// the document is open).
		return root
	}
	m := textmap.New(a.IText)
	blocks := make([]app.UI, 0, (len(m.Paras)+parasPerBlock-1)/parasPerBlock)
	for b := 0; b*parasPerBlock < len(m.Paras); b++ {
		var ps []app.UI
		for i := b * parasPerBlock; i < min(len(m.Paras), (b+1)*parasPerBlock); i++ {
			p := app.P().DataSet("para", i)
			if m.Paras[i].Text == "" {
				ps = append(ps, p.Class("blank"))
			} else {
				ps = append(ps, p.Text(m.Paras[i].Text))
			}
		}
		blocks = append(blocks, app.Div().Class("hx-blk").DataSet("blk", b).Body(ps...))
	}
	return root.Body(blocks...)
}

// isLong reports whether text has more than longParas paragraphs (lines,
// as textmap.New splits them) or longText code points, without walking a
// text that is long by its size alone (a code point is at most 4 bytes).
func isLong(text string) bool {
	if len(text) > 4*longText {
		return true
	}
	paras := 1
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			paras++
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			paras++
		}
	}
	return paras > longParas || utf8.RuneCountInString(text) > longText
}

// The paragraphs are written when the element is mounted or the text
// changes, unless the page wrote them first (it draws the highlights as
// soon as go-app has updated the DOM, before OnMount runs).
func (a *articleView) OnMount(ctx app.Context)  { ensureText(a.JSValue(), a.IKey, a.IText) }
func (a *articleView) OnUpdate(ctx app.Context) { ensureText(a.JSValue(), a.IKey, a.IText) }

func (a *articleView) click(ctx app.Context, e app.Event) {
	if sel := app.Window().Call("getSelection"); sel.Truthy() && jsField(sel, "isCollapsed").Type() == app.TypeBoolean && !sel.Get("isCollapsed").Bool() {
		ctx.PreventUpdate()
		return // the end of a drag: the selection is for labelling
	}
	ctx.PreventUpdate()
	ctx.NewActionWithValue(actionPoint, [2]float64{jsNum(e.Value, "clientX", -1), jsNum(e.Value, "clientY", -1)})
}
