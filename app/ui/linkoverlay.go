package ui

import (
	"fmt"
	"html"
	"math"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The links of the open document are drawn as arcs over the text: one SVG
// (id hx-link-overlay, outside go-app's tree, aria-hidden: the side panel
// lists the links for assistive technology) absolutely positioned over the
// page, each arc from the top of its From span to the top of its To span
// with an arrowhead at To and the type at its apex. Positions come from
// the spans' client rects, so they follow the bidirectional layout: an
// RTL span starts at its right edge, and an arc between two words of one
// line goes right to left when the link runs forward in the text. Only
// links with an end in the paragraphs the highlighter draws are laid out
// (the window around the screen), and the overlay is redrawn after every
// draw of the highlights (edits, scrolling to new paragraphs) and on
// resize.

const overlayID = "hx-link-overlay"

// linkAnchor is where an arc meets a span: the middle of the top edge of
// the span's first client rect (in reading order), in page coordinates.
func linkAnchor(m textmap.Map, a annotation.Annotation, sx, sy float64) (x, y float64, ok bool) {
	r := newRange(m, a.Start, a.End)
	if !r.Truthy() {
		return 0, 0, false
	}
	rects := r.Call("getClientRects")
	if rects.Length() == 0 {
		return 0, 0, false
	}
	b := rects.Index(0)
	w := b.Get("width").Float()
	if w == 0 && b.Get("height").Float() == 0 {
		return 0, 0, false // not laid out (content-visibility)
	}
	return b.Get("left").Float() + w/2 + sx, b.Get("top").Float() + sy, true
}

// arcPath returns the SVG path of an arc from (x1,y1) to (x2,y2) rising
// above both, higher for ends further apart; and its apex.
func arcPath(x1, y1, x2, y2 float64) (d string, ax, ay float64) {
	rise := 14 + math.Min(36, math.Abs(x2-x1)/8+math.Abs(y2-y1)/4)
	top := math.Min(y1, y2) - rise
	d = fmt.Sprintf("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", x1, y1, x1, top, x2, top, x2, y2)
	// The apex of a cubic Bézier with these control points is at t = 1/2.
	return d, (x1 + x2) / 2, (y1+y2)/8 + 0.75*top
}

// drawLinks draws the arcs of the open document's links for the paragraphs
// [lo,hi) on screen; selected is drawn emphasised with its links.
func drawLinks(m textmap.Map, sess *session.Session, lo, hi int, selected string) {
	defer recoverLog("link overlay")
	doc := document()
	svg := doc.Call("getElementById", overlayID)
	links := sess.Links()
	if len(links) == 0 || len(m.Paras) == 0 {
		if svg.Truthy() {
			svg.Set("innerHTML", "")
		}
		return
	}
	if !svg.Truthy() {
		svg = doc.Call("createElementNS", "http://www.w3.org/2000/svg", "svg")
		svg.Call("setAttribute", "id", overlayID)
		svg.Call("setAttribute", "aria-hidden", "true")
		svg.Call("setAttribute", "class", "hx-link-overlay")
		doc.Get("body").Call("appendChild", svg)
	}
	win := app.Window()
	sx, sy := win.Get("scrollX").Float(), win.Get("scrollY").Float()
	para := func(cp int) int { p, _ := m.Point(cp, false); return p }
	var b strings.Builder
	b.WriteString(`<defs><marker id="hx-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="hx-arrow-head"/></marker></defs>`)
	drawn := 0
	for _, l := range links {
		a, okA := sess.Get(l.From)
		c, okC := sess.Get(l.To)
		if !okA || !okC {
			continue
		}
		pa, pc := para(a.Start), para(c.Start)
		if (pa < lo || pa >= hi) && (pc < lo || pc >= hi) {
			continue
		}
		x1, y1, ok1 := linkAnchor(m, a, sx, sy)
		x2, y2, ok2 := linkAnchor(m, c, sx, sy)
		if !ok1 || !ok2 {
			continue
		}
		d, ax, ay := arcPath(x1, y1, x2, y2)
		class := "hx-arc"
		if selected != "" && (l.From == selected || l.To == selected) {
			class += " sel"
		}
		fmt.Fprintf(&b, `<g class="%s" data-link="%s"><path d="%s" marker-end="url(#hx-arrow)"/><text x="%.1f" y="%.1f" text-anchor="middle">%s</text></g>`,
			class, html.EscapeString(l.ID), d, ax, ay-2, html.EscapeString(string(l.Type)))
		drawn++
	}
	svg.Set("innerHTML", b.String())
	svg.Get("dataset").Set("drawn", drawn)
}

// removeLinkOverlay removes the overlay (the page is dismounted).
func removeLinkOverlay() {
	defer recoverLog("link overlay")
	if svg := document().Call("getElementById", overlayID); svg.Truthy() {
		svg.Call("remove")
	}
}
