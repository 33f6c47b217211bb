package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// highlighter draws the annotations over the article text with the CSS
// Custom Highlight API, for the paragraphs on screen and a margin around
// them only (the viewport, as CodeMirror 6 computes decorations for its
// viewport): a book-length document has tens of thousands of spans, and
// every range registered costs the browser work on each change of any
// highlight. Ranges are StaticRanges (the browser does not update them on
// DOM writes, unlike live Ranges), one Highlight per name, registered only
// while it has ranges. Each draw compares what the viewport should show
// with what is drawn and adds or deletes only the ranges that differ, so an
// edit costs O(spans in the viewport), whatever the document's size.
type highlighter struct {
	m     textmap.Map
	nodes *paraNodes
	// lo, hi: the paragraphs [lo,hi) drawn.
	lo, hi int
	drawn  map[string]hlEntry // annotation id → what is drawn for it
	hls    map[string]app.Value
}

// hlEntry is what is drawn for one annotation.
type hlEntry struct {
	start, end int
	name       string
	nested     bool
	selected   bool
	r          app.Value
}

// viewMargin is how many screens above and below the visible ones are
// drawn too, so that scrolling shows highlights at once; minWindow is the
// fewest code points drawn on each side of the visible ones (a short
// article is drawn whole).
const (
	viewMargin = 1.5
	minWindow  = 12000
)

// reset forgets everything drawn (a new document, or its text re-rendered).
func (h *highlighter) reset(m textmap.Map) {
	defer recoverLog("highlights reset")
	h.m, h.nodes, h.lo, h.hi, h.drawn = m, nil, 0, 0, map[string]hlEntry{}
	if reg := registry(); reg.Truthy() {
		for name := range h.hls {
			reg.Call("delete", name)
		}
	}
	h.hls = map[string]app.Value{}
}

func registry() app.Value {
	css := app.Window().Get("CSS")
	if !css.Truthy() || !css.Get("highlights").Truthy() || !app.Window().Get("Highlight").Truthy() || !app.Window().Get("StaticRange").Truthy() {
		return app.Null()
	}
	return css.Get("highlights")
}

// visibleParas returns the paragraphs [lo,hi) within viewMargin screens of
// the window, by binary search over the positions of the blocks, then of
// the paragraphs of the first and last blocks in range (a few DOM calls;
// the blocks off screen are not laid out for it: their height is an
// estimate until they are, see web/hashiya-editor.js).
func visibleParas(t textDOM) (lo, hi int) {
	h := app.Window().Get("innerHeight").Float()
	top, bottom := -viewMargin*h, h+viewMargin*h
	nb := t.blocks.Length()
	rect := func(v app.Value) (float64, float64) {
		b := v.Call("getBoundingClientRect")
		return b.Get("top").Float(), b.Get("bottom").Float()
	}
	// first returns the first i in [a,b) for which below(i) holds
	// (below is monotone), or b.
	first := func(a, b int, below func(int) bool) int {
		for a < b {
			m := (a + b) / 2
			if below(m) {
				b = m
			} else {
				a = m + 1
			}
		}
		return a
	}
	// The first block whose bottom is below top, and its first such
	// paragraph.
	b0 := min(first(0, nb, func(i int) bool { _, bt := rect(t.blocks.Index(i)); return bt >= top }), nb-1)
	l0, h0 := t.paraRange(b0)
	lo = min(first(l0, h0, func(i int) bool { _, bt := rect(t.para(i)); return bt >= top }), h0-1)
	// The first block whose top is below bottom; the last paragraph drawn
	// is in the block before it.
	b1 := max(first(b0, nb, func(i int) bool { tp, _ := rect(t.blocks.Index(i)); return tp > bottom }), b0+1)
	l1, h1 := t.paraRange(b1 - 1)
	hi = first(max(l1, lo), h1, func(i int) bool { tp, _ := rect(t.para(i)); return tp > bottom })
	return lo, max(hi, lo+1)
}

// moved reports whether scrolling changed the paragraphs to draw.
func (h *highlighter) moved() (yes bool) {
	defer recoverLog("highlights viewport")
	if h.drawn == nil {
		return false
	}
	t, ok := renderedText(textContainer(), h.m)
	if !ok {
		return false
	}
	lo, hi := visibleParas(t)
	return lo != h.lo || hi != h.hi
}

// draw brings the highlights up to date with sess and the selected id for
// the current viewport. It returns the number of annotations drawable (all
// of the document's, drawn when on screen), or -1 when the browser lacks
// the CSS Custom Highlight API or the text is not rendered.
func (h *highlighter) draw(sess *session.Session, selected string) (n int) {
	defer recoverLog("highlights")
	n = -1
	reg := registry()
	if !reg.Truthy() || h.drawn == nil {
		return -1
	}
	t, ok := renderedText(textContainer(), h.m)
	if !ok {
		return -1
	}
	if h.nodes == nil {
		h.nodes = newParaNodes(t)
	}
	h.lo, h.hi = visibleParas(t)
	from, to := h.m.Paras[h.lo].Start, h.m.Paras[h.hi-1].End
	from, to = max(0, from-minWindow), min(h.m.Len, to+minWindow)
	want := map[string]hlEntry{}
	var order []string // ids in document order (session.Compare)
	add := func(a annotation.Annotation) bool {
		if a.Start >= a.End || a.End > h.m.Len {
			return true
		}
		e := hlEntry{start: a.Start, end: a.End, name: highlightName(a), selected: a.ID == selected}
		if a.Status != annotation.Rejected {
			// Marked as nested: overlapping a shown span that comes
			// before it (session.Compare), so the enclosing span is not.
			sess.Between(a.Start, a.End, func(b annotation.Annotation) bool {
				if b.ID != a.ID && b.Status != annotation.Rejected && session.Compare(b, a) < 0 {
					e.nested = true
					return false
				}
				return true
			})
		}
		if _, dup := want[a.ID]; !dup {
			order = append(order, a.ID)
		}
		want[a.ID] = e
		return true
	}
	sess.Between(from, max(to, from+1), add)
	if a, ok := sess.Get(selected); ok { // the selected span, wherever it is
		add(a)
	}
	for id, old := range h.drawn {
		if w, ok := want[id]; ok && w.start == old.start && w.end == old.end {
			w.r = old.r
			h.set(reg, old, w)
			h.drawn[id] = w
			continue
		}
		h.set(reg, old, hlEntry{})
		delete(h.drawn, id)
	}
	for _, id := range order { // new ranges in document order
		w := want[id]
		if _, ok := h.drawn[id]; ok {
			continue
		}
		n1, o1 := h.nodes.point(h.m, w.start, false)
		n2, o2 := h.nodes.point(h.m, w.end, true)
		w.r = app.Window().Get("StaticRange").New(map[string]any{"startContainer": n1, "startOffset": o1, "endContainer": n2, "endOffset": o2})
		h.set(reg, hlEntry{}, w)
		h.drawn[id] = w
	}
	return sess.Len()
}

// set moves the range of an annotation from the highlights of old to those
// of new (either may be the zero entry: nothing drawn).
func (h *highlighter) set(reg app.Value, old, new hlEntry) {
	names := func(e hlEntry) (out [3]string) {
		if e.r == nil || e.name == "" {
			return out
		}
		out[0] = e.name
		if e.nested {
			out[1] = hlNested
		}
		if e.selected {
			out[2] = hlSelected
		}
		return out
	}
	was, will := names(old), names(new)
	for i := range was {
		if was[i] == will[i] {
			continue
		}
		if was[i] != "" {
			h.remove(reg, was[i], old.r)
		}
		if will[i] != "" {
			h.add(reg, will[i], new.r)
		}
	}
}

func (h *highlighter) add(reg app.Value, name string, r app.Value) {
	hl, ok := h.hls[name]
	if !ok {
		hl = app.Window().Get("Highlight").New()
		hl.Set("priority", highlightPriority(name))
		h.hls[name] = hl
		reg.Call("set", name, hl)
	}
	hl.Call("add", r)
}

func (h *highlighter) remove(reg app.Value, name string, r app.Value) {
	hl, ok := h.hls[name]
	if !ok {
		return
	}
	hl.Call("delete", r)
	if hl.Get("size").Int() == 0 {
		reg.Call("delete", name)
		delete(h.hls, name)
	}
}
