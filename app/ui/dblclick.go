package ui

import (
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// doubleClick makes the word under a double-click the selection (case
// C2). The browser picks the word at the caret position nearest the
// pointer, so a press on the left half of the last letter of «الوفد؟» (in
// right-to-left text the boundary there is the one before ؟) selects ؟
// alone; here the character whose glyph is under the pointer decides, and
// textmap.WordAt gives its word, with its proclitics and without the
// punctuation glued to it. Elsewhere (white space, emoji) the browser's
// selection stands.
func (p *page) doubleClick(e app.Value) {
	defer recoverLog("double click")
	if p.sess == nil || p.loading || len(p.runes) == 0 {
		return
	}
	cont := textContainer()
	if !cont.Truthy() || !cont.Call("contains", e.Get("target")).Bool() {
		return
	}
	x, y := jsNum(e, "clientX", -1), jsNum(e, "clientY", -1)
	cp, ok := caretOffset(p.tm, x, y)
	if !ok {
		return
	}
	for _, c := range []int{cp, cp - 1} {
		if c < 0 || c >= len(p.runes) || !pointHits(p.tm, c, c+1, x, y) {
			continue
		}
		if s, e, ok := textmap.WordAt(p.runes, c); ok {
			showSelection(p.tm, textmap.Selection{Anchor: s, Head: e})
		}
		return
	}
}
