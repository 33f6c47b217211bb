package ui

import (
	"fmt"

	"github.com/hashiya/hashiya/app/library"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Walking through an entity's mentions across documents: a click on an
// entity of the library's index closes the dialog and opens its first
// mention; a bar in the side panel (id hx-walk) then steps to the next and
// previous mentions, opening their documents as it goes.

// place is one mention of a walk.
type place struct {
	SHA        string
	Start, End int // code points
	Title      string
}

// mentionWalk is the walk in progress.
type mentionWalk struct {
	name   string
	places []place
	i      int
}

// entityPlaces returns the mentions of e, in the index's order.
func entityPlaces(l *library.Library, e *library.Entity) []place {
	out := make([]place, 0, len(e.Mentions))
	for _, m := range e.Mentions {
		d := l.Docs[m.Doc]
		a := d.Anns[m.Ann]
		out = append(out, place{d.Doc.SHA256, a.Start, a.End, d.Doc.Title})
	}
	return out
}

// startWalk begins walking through the mentions of an entity.
func (p *page) startWalk(ctx app.Context, name string, places []place) {
	if len(places) == 0 {
		return
	}
	p.library = false
	p.walk = &mentionWalk{name: name, places: places}
	p.walkTo(ctx, 0)
}

// walkTo opens the i-th mention of the walk.
func (p *page) walkTo(ctx app.Context, i int) {
	w := p.walk
	if w == nil || len(w.places) == 0 {
		return
	}
	w.i = (i + len(w.places)) % len(w.places)
	pl := w.places[w.i]
	p.openSpan(ctx, pl.SHA, pl.Start, pl.End)
}

// walkStep opens the next (dir 1) or previous (-1) mention of the walk.
func (p *page) walkStep(ctx app.Context, dir int) {
	if p.walk != nil {
		p.walkTo(ctx, p.walk.i+dir)
	}
}

func (p *page) renderWalk() app.UI {
	w := p.walk
	if w == nil {
		return app.Text("")
	}
	pl := w.places[w.i]
	T := p.uiLang().T
	return app.Section().Class("hx-card hx-walk").ID("hx-walk").DataSet("i", w.i).DataSet("n", len(w.places)).Body(
		app.P().Body(
			app.Span().Class("ar").Lang("ar").Dir("rtl").Text("«"+w.name+"» "),
			app.Span().ID("hx-walk-pos").Text(fmt.Sprintf(T("walk.pos"), w.i+1, len(w.places))),
			app.Span().Class("hx-muted").Dir("auto").Text(" — "+pl.Title),
		),
		app.Div().Class("hx-actions").Body(
			app.Button().ID("hx-walk-prev").Text(T("walk.prev")).
				OnClick(func(ctx app.Context, e app.Event) { p.walkStep(ctx, -1) }),
			app.Button().ID("hx-walk-next").Text(T("walk.next")).
				OnClick(func(ctx app.Context, e app.Event) { p.walkStep(ctx, 1) }),
			app.Button().ID("hx-walk-close").Title(T("walk.end")).Aria("label", T("walk.end")).Text("✕").
				OnClick(func(ctx app.Context, e app.Event) { p.walk = nil }),
		),
	)
}
