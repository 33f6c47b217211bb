package ui

import (
	"encoding/binary"
	"slices"

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
	m textmap.Map
	// lo, hi: the paragraphs [lo,hi) drawn.
	lo, hi int
	drawn  map[string]hlEntry // annotation id → what is drawn for it
	// The ranges and highlights live in web/hashiya-editor.js (__hxHL):
	// names numbers the highlights declared there, slots the range slots
	// (free: the slots to reuse, next: the next new one), ops the batch
	// of operations of the current draw.
	names      map[string]int32
	free       []int32
	next       int32
	ops        []int32
	opsBuf     []byte
	drawFn     app.Value
	fnsChecked bool
}

// hlEntry is what is drawn for one annotation: its range's slot (0: none).
type hlEntry struct {
	start, end int
	name       string
	nested     bool
	selected   bool
	slot       int32
}

// viewMargin is how many screens above and below the visible ones are
// drawn too, so that scrolling shows highlights at once; scrolling draws
// again only once the screen and keepMargin screens around it leave what
// was drawn (any change to a highlight makes Chromium repaint every text
// fragment near the screen, allocating its highlight layers: redrawing at
// every paragraph scrolled made ~100 MiB of Blink garbage over a book);
// minWindow is the fewest code points drawn on each side of the visible
// ones in a document of at most shortDoc code points (a short article is
// drawn whole); a longer one is drawn for the screen and viewMargin screens
// around it only. Every change of a highlight makes Chromium rebuild the
// markers of every registered range and repaint every marked text within
// its cull rect (4,000 px around the screen; HighlightRegistry::
// ValidateHighlightMarkers): on the bench book, 12,000 more code points on
// each side were ~420 ranges over ~9,000 px of text, the paint of which
// made the scroll's long tasks and most of the highlight garbage.
const (
	viewMargin = 1.5
	keepMargin = 0.5
	minWindow  = 12000
	shortDoc   = 4 * minWindow
)

// reset forgets everything drawn (a new document, or its text re-rendered).
func (h *highlighter) reset(m textmap.Map) {
	defer recoverLog("highlights reset")
	h.m, h.lo, h.hi, h.drawn = m, 0, 0, map[string]hlEntry{}
	h.free, h.next, h.ops = nil, 1, h.ops[:0]
	if f := app.Window().Get("__hxHLReset"); h.names != nil && f.Type() == app.TypeFunction {
		f.Invoke()
	}
}

// functions returns __hxHL when the browser can draw highlights (the CSS
// Custom Highlight API with StaticRange) and web/hashiya-editor.js is
// loaded, else a falsy value.
func (h *highlighter) functions() app.Value {
	if !h.fnsChecked {
		h.fnsChecked = true
		h.drawFn = app.Null()
		if f := app.Window().Get("__hxHL"); registry().Truthy() && f.Type() == app.TypeFunction {
			h.drawFn = f
		}
	}
	return h.drawFn
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
	return parasWithin(t, viewMargin)
}

// parasWithin returns the paragraphs [lo,hi) within margin screens of the
// screen.
func parasWithin(t textDOM, margin float64) (lo, hi int) {
	h := app.Window().Get("innerHeight").Float()
	top, bottom := -margin*h, h+margin*h
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

// moved reports whether scrolling took the screen and keepMargin screens
// around it out of the paragraphs drawn.
func (h *highlighter) moved() (yes bool) {
	defer recoverLog("highlights viewport")
	if h.drawn == nil {
		return false
	}
	t, ok := renderedText(textContainer(), h.m)
	if !ok {
		return false
	}
	lo, hi := parasWithin(t, keepMargin)
	return lo < h.lo || hi > h.hi
}

// draw brings the highlights up to date with sess and the selected id for
// the current viewport. It returns the number of annotations drawable (all
// of the document's, drawn when on screen), or -1 when the browser lacks
// the CSS Custom Highlight API or the text is not rendered.
func (h *highlighter) draw(sess *session.Session, selected string) (n int) {
	defer recoverLog("highlights")
	n = -1
	fn := h.functions()
	if !fn.Truthy() || h.drawn == nil {
		return -1
	}
	cont := textContainer()
	t, ok := renderedText(cont, h.m)
	if !ok {
		return -1
	}
	h.lo, h.hi = visibleParas(t)
	from, to := h.m.Paras[h.lo].Start, h.m.Paras[h.hi-1].End
	if h.m.Len <= shortDoc {
		from, to = max(0, from-minWindow), min(h.m.Len, to+minWindow)
	}
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
	h.ops = h.ops[:0]
	for id, old := range h.drawn {
		if w, ok := want[id]; ok && w.start == old.start && w.end == old.end {
			w.slot = old.slot
			h.set(old, w)
			h.drawn[id] = w
			continue
		}
		h.set(old, hlEntry{})
		h.ops = append(h.ops, 4, old.slot)
		h.free = append(h.free, old.slot)
		delete(h.drawn, id)
	}
	for _, id := range order { // new ranges in document order
		w := want[id]
		if _, ok := h.drawn[id]; ok {
			continue
		}
		if k := len(h.free); k > 0 {
			w.slot, h.free = h.free[k-1], h.free[:k-1]
		} else {
			w.slot = h.next
			h.next++
		}
		p1, o1 := h.m.Point(w.start, false)
		p2, o2 := h.m.Point(w.end, true)
		h.ops = append(h.ops, 1, w.slot, int32(p1), int32(o1), int32(p2), int32(o2))
		h.set(hlEntry{}, w)
		h.drawn[id] = w
	}
	if len(h.ops) > 0 {
		h.opsBuf = slices.Grow(h.opsBuf[:0], 4*len(h.ops))
		for _, v := range h.ops {
			h.opsBuf = binary.LittleEndian.AppendUint32(h.opsBuf, uint32(v))
		}
		buf := app.Window().Get("Uint8Array").New(len(h.opsBuf))
		app.CopyBytesToJS(buf, h.opsBuf)
		fn.Invoke(cont, parasPerBlock, app.Window().Get("Int32Array").New(buf.Get("buffer")))
	}
	return sess.Len()
}

// set moves the range of an annotation from the highlights of old to those
// of new (either may be the zero entry: nothing drawn), as operations of
// the batch.
func (h *highlighter) set(old, new hlEntry) {
	names := func(e hlEntry) (out [3]string) {
		if e.slot == 0 || e.name == "" {
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
			h.ops = append(h.ops, 3, old.slot, h.nameIndex(was[i]))
		}
		if will[i] != "" {
			h.ops = append(h.ops, 2, new.slot, h.nameIndex(will[i]))
		}
	}
}

// nameIndex returns the number of the highlight name, declaring it in
// JavaScript the first time.
func (h *highlighter) nameIndex(name string) int32 {
	if i, ok := h.names[name]; ok {
		return i
	}
	if h.names == nil {
		h.names = map[string]int32{}
	}
	i := int32(len(h.names))
	h.names[name] = i
	app.Window().Call("__hxHLName", i, name, highlightPriority(name))
	return i
}
