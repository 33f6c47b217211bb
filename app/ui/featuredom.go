package ui

import (
	"github.com/hashiya/hashiya/app/search"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Browser-side helpers of features.go: the keyboard selection and the
// search hits, drawn with the CSS Custom Highlight API like the
// annotations. Outside the browser they do nothing.

// domSelection reads the browser's selection in the article with its
// direction (anchor where it started, head where it is now), in code
// points; ok is false when the selection is not in the article.
func domSelection(m textmap.Map) (sel textmap.Selection, ok bool) {
	defer recoverLog("dom selection")
	s := app.Window().Call("getSelection")
	if !s.Truthy() || s.Get("rangeCount").Int() == 0 {
		return sel, false
	}
	cont := textContainer()
	if !cont.Truthy() {
		return sel, false
	}
	a, aok := domToCP(m, cont, s.Get("anchorNode"), s.Get("anchorOffset").Int(), false)
	h, hok := domToCP(m, cont, s.Get("focusNode"), s.Get("focusOffset").Int(), false)
	if !aok || !hok {
		return sel, false
	}
	return textmap.Selection{Anchor: a, Head: h}, true
}

// showSelection makes the browser's selection the keyboard selection, so
// that the labelling keys and buttons (which read it) label it.
func showSelection(m textmap.Map, sel textmap.Selection) {
	defer recoverLog("show selection")
	s := app.Window().Call("getSelection")
	if !s.Truthy() {
		return
	}
	start, end := sel.Span()
	if start == end {
		s.Call("removeAllRanges")
		return
	}
	r := newRange(m, start, end)
	if !r.Truthy() {
		return
	}
	s.Call("removeAllRanges")
	s.Call("addRange", r)
}

// setHighlight registers the ranges under name (nothing when empty).
func setHighlight(name string, priority int, ranges []app.Value) {
	css := app.Window().Get("CSS")
	if !css.Truthy() || !css.Get("highlights").Truthy() {
		return
	}
	reg := css.Get("highlights")
	if len(ranges) == 0 {
		reg.Call("delete", name)
		return
	}
	args := make([]any, len(ranges))
	for i, r := range ranges {
		args[i] = r
	}
	h := app.Window().Get("Highlight").New(args...)
	h.Set("priority", priority)
	reg.Call("set", name, h)
}

// drawCaret shows the keyboard caret as a mark under the character after
// it (before it at the end of a line); on false it is removed.
func drawCaret(m textmap.Map, sel textmap.Selection, on bool) {
	defer recoverLog("caret highlight")
	if !on || m.Len == 0 {
		setHighlight(hlCaret, 30, nil)
		return
	}
	c := sel.Head
	s, e := c, min(c+1, m.Len)
	if s == e {
		s = max(c-1, 0)
	}
	r := newRange(m, s, e)
	if !r.Truthy() {
		return
	}
	setHighlight(hlCaret, 30, []app.Value{r})
	app.Window().Get("document").Get("body").Get("dataset").Set("caret", c)
}

// drawSearch draws the search hits and the current one.
func drawSearch(m textmap.Map, hits []search.Hit, cur int) {
	defer recoverLog("search highlight")
	var rs []app.Value
	var cr []app.Value
	for i, h := range hits {
		r := newRange(m, h.Start, h.End)
		if !r.Truthy() {
			continue
		}
		if i == cur {
			cr = append(cr, r)
		} else {
			rs = append(rs, r)
		}
	}
	setHighlight(hlSearch, 25, rs)
	setHighlight(hlSearchCur, 26, cr)
	app.Window().Get("document").Get("body").Get("dataset").Set("hits", len(hits))
}

// focusID focuses the element with the given id.
func focusID(id string) {
	defer recoverLog("focus")
	if el := document().Call("getElementById", id); el.Truthy() {
		el.Call("focus")
	}
}

// browserLanguages returns navigator.languages (or navigator.language).
func browserLanguages() []string {
	defer recoverLog("languages")
	if !app.IsClient {
		return nil
	}
	nav := app.Window().Get("navigator")
	var out []string
	if ls := jsField(nav, "languages"); ls.Truthy() {
		for i := 0; i < ls.Length(); i++ {
			if v := ls.Index(i); v.Type() == app.TypeString {
				out = append(out, v.String())
			}
		}
	}
	if len(out) == 0 {
		if v := jsField(nav, "language"); v.Type() == app.TypeString {
			out = append(out, v.String())
		}
	}
	return out
}
