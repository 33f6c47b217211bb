package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// On a phone the text is selected with the system's handles, and a tap on
// a label chip may dismiss that selection before the chip's click arrives
// (mousedown's preventDefault, which keeps the selection with a mouse,
// comes too late in a touch sequence). touchSel remembers the last
// selection made in the article, so that a chip tapped with a finger just
// after still labels it.
type touchSel struct {
	start, end int
	at         time.Time
	version    int  // p.version when it was made: an edit since voids it
	touch      bool // the last press was a finger (pointerType "touch")

	selFn, downFn app.Func
}

// touchSelWindow is how long a remembered selection stays usable.
const touchSelWindow = 8 * time.Second

// listenSelection follows the article selection (selectionchange) and the
// kind of the last press (pointerdown).
func (p *page) listenSelection() {
	if !app.IsClient {
		return
	}
	p.touch.selFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if p.sess == nil || p.loading {
			return nil
		}
		if s, e, ok := selectionOffsets(p.tm); ok && e > s {
			p.touch.start, p.touch.end, p.touch.at, p.touch.version = s, e, time.Now(), p.version
		}
		return nil
	})
	p.touch.downFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			p.touch.touch = jsStr(args[0], "pointerType") == "touch"
		}
		return nil
	})
	p.f.dblFn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			p.doubleClick(args[0])
		}
		return nil
	})
	document().Call("addEventListener", "selectionchange", p.touch.selFn)
	document().Call("addEventListener", "dblclick", p.f.dblFn)
	document().Call("addEventListener", "pointerdown", p.touch.downFn, map[string]any{"capture": true, "passive": true})
}

// touchSelection returns the remembered selection when the live one is
// gone because a finger tapped a chip: the last press was a touch, the
// selection is recent and nothing was edited since.
func (p *page) touchSelection() (start, end int, ok bool) {
	t := p.touch
	if !t.touch || t.at.IsZero() || time.Since(t.at) > touchSelWindow || t.version != p.version || t.end <= t.start || t.end > len(p.runes) {
		return 0, 0, false
	}
	return t.start, t.end, true
}
