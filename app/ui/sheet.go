package ui

import (
	"time"

	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// On narrow screens the review panel is a bottom sheet over the article
// (web/hashiya.css) and the legend sticks to the top of the screen: a span
// tapped low on the screen would open its panel over itself. When the
// panel opens for another annotation, showSelected scrolls the window so
// that the span sits in the band left between the legend and the sheet.

// sheetDelay lets go-app render the panel of the new selection first.
const sheetDelay = 30 * time.Millisecond

// keepSelectedVisible is called after each drawing: when the selected
// annotation changed, the band check runs once the panel is rendered.
func (p *page) keepSelectedVisible() {
	if p.selected == p.f.sheetFor {
		return
	}
	p.f.sheetFor = p.selected
	if p.selected == "" || !app.IsClient {
		return
	}
	id := p.selected
	p.ctx.After(sheetDelay, func(ctx app.Context) {
		if a, ok := p.sess.Get(id); ok && p.selected == id {
			keepAboveSheet(p.tm, a.Start, a.End)
		}
	})
}

// keepAboveSheet scrolls the window, when the review panel is a bottom
// sheet (position: fixed), so that the span [start,end) (code points) is
// between the bottom of the sticky legend and the top of the sheet, with
// 8 px to spare; it is centred in that band when it is not.
func keepAboveSheet(m textmap.Map, start, end int) {
	defer recoverLog("sheet")
	panel := document().Call("getElementById", "hx-panel")
	if !panel.Truthy() || app.Window().Call("getComputedStyle", panel).Get("position").String() != "fixed" {
		return
	}
	r := newRange(m, start, end)
	if !r.Truthy() {
		return
	}
	rects := r.Call("getClientRects")
	if rects.Length() == 0 {
		return
	}
	b := rects.Index(0) // the span's first line: where it starts
	top, bottom := 0.0, panel.Call("getBoundingClientRect").Get("top").Float()
	if lg := document().Call("querySelector", ".hx-article > .hx-legend"); lg.Truthy() {
		top = max(top, lg.Call("getBoundingClientRect").Get("bottom").Float())
	}
	if bottom-top < 40 {
		return // no band to speak of (a very short screen)
	}
	st, sb := b.Get("top").Float(), b.Get("bottom").Float()
	if st >= top+8 && sb <= bottom-8 {
		return
	}
	app.Window().Call("scrollBy", map[string]any{"top": (st+sb)/2 - (top+bottom)/2, "behavior": "instant"})
}
