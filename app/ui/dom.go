package ui

import (
	"log"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The article text is rendered once as plain text nodes: the element with
// id textID holds one <p data-para="i"> per line (textmap.Map.Paras), each
// with exactly one text node, grouped in blocks <div class="hx-blk"
// data-blk="b"> of parasPerBlock lines (the browser lays out only the
// blocks near the screen, see web/hashiya.css). Highlights are drawn over it with the CSS
// Custom Highlight API, which neither changes the DOM nor the shaping of the
// Arabic text. This file holds that browser-side code; outside the browser
// go-app's JavaScript values are inert, so every function is a no-op there.
const textID = "hx-text"

// parasPerBlock is how many paragraphs a block of the article holds.
const parasPerBlock = 32

// textDOM is the rendered article: its blocks of paragraphs.
type textDOM struct {
	blocks app.Value // the container's children
	n      int       // paragraphs
}

// renderedText returns the article in cont when it holds the paragraphs of
// m (the blocks and the last block's paragraphs add up), else ok false
// (not rendered yet, or another text).
func renderedText(cont app.Value, m textmap.Map) (t textDOM, ok bool) {
	if !cont.Truthy() || len(m.Paras) == 0 {
		return t, false
	}
	blocks := cont.Get("children")
	nb := blocks.Length()
	if nb != (len(m.Paras)+parasPerBlock-1)/parasPerBlock {
		return t, false
	}
	if blocks.Index(nb-1).Get("children").Length() != len(m.Paras)-(nb-1)*parasPerBlock {
		return t, false
	}
	return textDOM{blocks, len(m.Paras)}, true
}

// para returns the <p> of paragraph i.
func (t textDOM) para(i int) app.Value {
	return t.blocks.Index(i / parasPerBlock).Get("children").Index(i % parasPerBlock)
}

// paraRange returns the paragraphs [lo,hi) of block b.
func (t textDOM) paraRange(b int) (lo, hi int) {
	return b * parasPerBlock, min(t.n, (b+1)*parasPerBlock)
}

// Highlight names (CSS ::highlight(name) in web/hashiya.css).
const (
	hlNested   = "hx-nested"   // a span that overlaps or sits inside another shown span
	hlSelected = "hx-selected" // the span open in the side panel
	hlRejected = "hx-rejected" // rejected suggestions, still clickable
)

// highlightName is the highlight a span is drawn with: hx-LABEL for
// accepted and manual spans, hx-s-LABEL (paler) for suggestions.
func highlightName(a annotation.Annotation) string {
	switch {
	case a.Status == annotation.Rejected:
		return hlRejected
	case a.Status == annotation.Suggested:
		return "hx-s-" + labelIdent(a.Label)
	}
	return "hx-" + labelIdent(a.Label)
}

// highlightPriority orders overlapping highlights: the selected span on
// top, then nesting marks, then labels.
func highlightPriority(name string) int {
	switch name {
	case hlSelected:
		return 3
	case hlNested:
		return 2
	case hlRejected:
		return 0
	}
	return 1
}

// recoverLog reports a JavaScript exception thrown during a DOM call instead
// of crashing the app.
func recoverLog(what string) {
	if r := recover(); r != nil {
		log.Printf("hashiya ui: %s: %v", what, r)
	}
}

// ensureText writes text into the article element el unless it holds the
// text identified by key already (the element's __hxKey): the same
// elements as articleView renders outside the browser (one
// <p data-para="i"> per line, split as textmap.New does, holding one text
// node, or empty with class blank), in one call of window.__hxFillText
// (web/hashiya-editor.js), or element by element when that script is
// missing.
func ensureText(el app.Value, key, text string) {
	defer recoverLog("article text")
	if !app.IsClient || !el.Truthy() || jsStr(el, "__hxKey") == key {
		return
	}
	if f := app.Window().Get("__hxFillText"); f.Type() == app.TypeFunction {
		f.Invoke(el, text, parasPerBlock)
	} else {
		doc := document()
		frag := doc.Call("createDocumentFragment")
		var blk app.Value
		for i, p := range textmap.New(text).Paras {
			if i%parasPerBlock == 0 {
				blk = doc.Call("createElement", "div")
				blk.Set("className", "hx-blk")
				blk.Get("dataset").Set("blk", i/parasPerBlock)
				frag.Call("appendChild", blk)
			}
			e := doc.Call("createElement", "p")
			e.Get("dataset").Set("para", i)
			if p.Text == "" {
				e.Set("className", "blank")
			} else {
				e.Set("textContent", p.Text)
			}
			blk.Call("appendChild", e)
		}
		el.Call("replaceChildren", frag)
	}
	el.Set("__hxKey", key)
}

func document() app.Value { return app.Window().Get("document") }

func textContainer() app.Value { return document().Call("getElementById", textID) }

// paraNodes finds the text node of each rendered paragraph (or the empty
// <p> itself), once per drawing, looking each up on first use: a long
// document has thousands of spans but far fewer paragraphs, and every
// lookup is a call into JavaScript.
type paraNodes struct {
	t     textDOM
	nodes map[int]paraNode
}

type paraNode struct {
	v    app.Value
	text bool // a text node (else an empty <p>, offset 0)
}

func newParaNodes(t textDOM) *paraNodes {
	return &paraNodes{t: t, nodes: map[int]paraNode{}}
}

// point returns the DOM node and offset of a code-point offset.
func (pn *paraNodes) point(m textmap.Map, cp int, end bool) (app.Value, int) {
	p, u := m.Point(cp, end)
	n, ok := pn.nodes[p]
	if !ok {
		el := pn.t.para(p)
		if tn := el.Get("firstChild"); tn.Truthy() {
			n = paraNode{tn, true}
		} else {
			n = paraNode{el, false}
		}
		pn.nodes[p] = n
	}
	if !n.text {
		return n.v, 0
	}
	return n.v, u
}

// newRange returns a DOM Range over [start,end) (code points), or a falsy
// value.
func newRange(m textmap.Map, start, end int) (r app.Value) {
	defer recoverLog("range")
	r = app.Null()
	t, ok := renderedText(textContainer(), m)
	if !ok {
		return r // not rendered yet
	}
	pn := newParaNodes(t)
	n1, o1 := pn.point(m, start, false)
	n2, o2 := pn.point(m, end, true)
	r = document().Call("createRange")
	r.Call("setStart", n1, o1)
	r.Call("setEnd", n2, o2)
	return r
}

// domToCP converts a DOM boundary point inside the article to a code-point
// offset.
func domToCP(m textmap.Map, cont, node app.Value, off int, roundUp bool) (int, bool) {
	if !node.Truthy() || !cont.Call("contains", node).Bool() {
		return 0, false
	}
	if node.Get("nodeType").Int() == 3 { // text
		idx, err := strconv.Atoi(node.Get("parentElement").Get("dataset").Get("para").String())
		if err != nil || idx < 0 || idx >= len(m.Paras) {
			return 0, false
		}
		return m.Offset(idx, off, roundUp), true
	}
	if node.Equal(cont) { // between blocks
		if off*parasPerBlock >= len(m.Paras) {
			return m.Len, true
		}
		return m.Paras[max(off, 0)*parasPerBlock].Start, true
	}
	if node.Get("parentElement").Equal(cont) { // between the paragraphs of a block
		b, err := strconv.Atoi(jsStr(node.Get("dataset"), "blk"))
		if err != nil || b < 0 || b*parasPerBlock >= len(m.Paras) {
			return 0, false
		}
		lo, hi := b*parasPerBlock, min(len(m.Paras), (b+1)*parasPerBlock)
		if lo+off >= hi {
			return m.Paras[hi-1].End, true
		}
		return m.Paras[lo+max(off, 0)].Start, true
	}
	p := node.Call("closest", "p[data-para]")
	if !p.Truthy() {
		return 0, false
	}
	idx, err := strconv.Atoi(p.Get("dataset").Get("para").String())
	if err != nil || idx < 0 || idx >= len(m.Paras) {
		return 0, false
	}
	if off == 0 {
		return m.Paras[idx].Start, true
	}
	return m.Paras[idx].End, true
}

// selectionOffsets returns the raw code-point offsets of the page's text
// selection within the article (start <= end whatever the drag direction:
// a DOM Range is always in document order). ok is false when nothing in the
// article is selected.
func selectionOffsets(m textmap.Map) (start, end int, ok bool) {
	defer recoverLog("selection")
	sel := app.Window().Call("getSelection")
	if !sel.Truthy() || sel.Get("rangeCount").Int() == 0 || sel.Get("isCollapsed").Bool() {
		return 0, 0, false
	}
	r := sel.Call("getRangeAt", 0)
	cont := textContainer()
	if !cont.Truthy() || !r.Call("intersectsNode", cont).Bool() {
		return 0, 0, false
	}
	start, sok := domToCP(m, cont, r.Get("startContainer"), r.Get("startOffset").Int(), false)
	if !sok {
		start = 0 // the selection starts before the article
	}
	end, eok := domToCP(m, cont, r.Get("endContainer"), r.Get("endOffset").Int(), true)
	if !eok {
		end = m.Len
	}
	return min(start, end), max(start, end), true
}

// clearSelection removes the page's text selection.
func clearSelection() {
	defer recoverLog("clear selection")
	if sel := app.Window().Call("getSelection"); sel.Truthy() {
		sel.Call("removeAllRanges")
	}
}

// caretOffset returns the code-point offset of the caret position under the
// viewport point (x, y), when it is in the article.
func caretOffset(m textmap.Map, x, y float64) (int, bool) {
	defer recoverLog("caret")
	doc := document()
	var node app.Value
	var off int
	if doc.Get("caretPositionFromPoint").Truthy() {
		pos := doc.Call("caretPositionFromPoint", x, y)
		if !pos.Truthy() {
			return 0, false
		}
		node, off = pos.Get("offsetNode"), pos.Get("offset").Int()
	} else if doc.Get("caretRangeFromPoint").Truthy() {
		r := doc.Call("caretRangeFromPoint", x, y)
		if !r.Truthy() {
			return 0, false
		}
		node, off = r.Get("startContainer"), r.Get("startOffset").Int()
	} else {
		return 0, false
	}
	cont := textContainer()
	if !cont.Truthy() {
		return 0, false
	}
	return domToCP(m, cont, node, off, false)
}

// pointHits reports whether the viewport point (x, y) lies on the glyphs of
// [start,end) (its client rectangles), to tell which side of a caret
// position was clicked.
func pointHits(m textmap.Map, start, end int, x, y float64) bool {
	defer recoverLog("hit test")
	r := newRange(m, start, end)
	if !r.Truthy() {
		return false
	}
	rects := r.Call("getClientRects")
	for i := 0; i < rects.Length(); i++ {
		b := rects.Index(i)
		if x >= b.Get("left").Float() && x <= b.Get("right").Float() && y >= b.Get("top").Float() && y <= b.Get("bottom").Float() {
			return true
		}
	}
	return false
}

// scrollToSpan scrolls the window so that the span starting at cp is in
// view.
func scrollToSpan(m textmap.Map, start, end int) {
	defer recoverLog("scroll")
	r := newRange(m, start, end)
	if !r.Truthy() {
		return
	}
	h := app.Window().Get("innerHeight").Float()
	top := r.Call("getBoundingClientRect").Get("top").Float()
	if top < -2*h || top > 3*h {
		// Far away: the paragraphs between are laid out only as estimates
		// (content-visibility: auto), so jump to the paragraph first.
		r.Get("startContainer").Get("parentElement").Call("scrollIntoView", map[string]any{"block": "center"})
		return
	}
	if top < 60 || top > h-60 {
		app.Window().Call("scrollBy", map[string]any{"top": top - h/3, "behavior": "smooth"})
	}
}

// download offers data as a file named name.
func download(name, mime, data string) {
	defer recoverLog("download")
	offerBlob(name, mime, data)
}

// offerBlob offers a Blob of part (a string or a typed array) as a file
// named name, through a hidden link clicked once; the object URL is
// revoked 10 s later.
func offerBlob(name, mime string, part any) {
	blob := app.Window().Get("Blob").New([]any{part}, map[string]any{"type": mime})
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	a := document().Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Get("style").Set("display", "none")
	document().Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	var release app.Func
	release = app.FuncOf(func(app.Value, []app.Value) any {
		app.Window().Get("URL").Call("revokeObjectURL", url)
		release.Release()
		return nil
	})
	app.Window().Call("setTimeout", release, 10000)
}

// readFile reads the first file chosen in a file input as bytes and calls
// done on the UI goroutine (through ctx.Dispatch).
func readFile(ctx app.Context, input app.Value, done func(ctx app.Context, name string, data []byte)) {
	defer recoverLog("read file")
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	f := files.Index(0)
	name := jsStr(f, "name")
	f.Call("arrayBuffer").Then(func(buf app.Value) {
		arr := app.Window().Get("Uint8Array").New(buf)
		data := make([]byte, arr.Length())
		app.CopyBytesToGo(data, arr)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, data) })
	})
	input.Set("value", "") // the same file can be chosen again
}

// decodeText decodes bytes with the browser's TextDecoder for the given
// encoding label ("windows-1256", "utf-16le"), or returns "", false.
func decodeText(data []byte, label string) (s string, ok bool) {
	defer recoverLog("decode")
	td := app.Window().Get("TextDecoder")
	if !td.Truthy() {
		return "", false
	}
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	v := td.New(label).Call("decode", arr)
	if v.Type() != app.TypeString {
		return "", false
	}
	return v.String(), true
}

// setReady marks the page as rendered for tests and timing harnesses:
// <body data-ready="1"> (see /work/notes/ui-ready.md).
func setReady(n int) {
	defer recoverLog("ready")
	ds := document().Get("body").Get("dataset")
	ds.Set("highlights", strconv.Itoa(n))
	ds.Set("ready", "1")
}
