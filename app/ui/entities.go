package ui

import (
	"github.com/hashiya/hashiya/app/i18n"
	"strconv"

	"github.com/hashiya/hashiya/app/ui/overview"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// entitiesPanel lists the entities of the document (overview.Entities) with
// their mention counts; clicking an entity walks through its mentions
// (posted as actionSelect). Like timelinePanel it takes a pointer the page
// replaces only when the annotations change.
type entitiesPanel struct {
	app.Compo

	ILists *sideLists
	ILang  i18n.Lang

	next map[string]int // entity key → index of the mention to show next
	more int            // groups shown beyond listPage, after "show more"
}

func (p *entitiesPanel) Lists(v *sideLists) *entitiesPanel { p.ILists = v; return p }

func (p *entitiesPanel) Render() app.UI {
	var groups []overview.Group
	if p.ILists != nil {
		groups = p.ILists.entities
	}
	return app.Section().Class("hx-card").ID("hx-entities").Body(
		app.H2().Text(p.ILang.T("entities")),
		app.If(len(groups) == 0, func() app.UI { return app.P().Class("hx-muted").Text(p.ILang.T("entities.none")) }),
		app.Ul().Class("hx-list").Body(app.Range(groups[:min(len(groups), listPage+p.more)]).Slice(func(i int) app.UI {
			g := groups[i]
			return app.Li().Body(
				app.Span().Class("hx-sw sw-"+labelIdent(g.Label)),
				app.Button().Class("hx-link").Title(p.ILang.T("entities.next")).OnClick(func(ctx app.Context, e app.Event) {
					ctx.PreventUpdate()
					if p.next == nil {
						p.next = map[string]int{}
					}
					k := p.next[g.Key] % len(g.Mentions)
					p.next[g.Key] = k + 1
					ctx.NewActionWithValue(actionSelect, g.Mentions[k].ID)
				}, app.EventScope(g.Key, len(g.Mentions), g.Mentions[0].ID)).Body(app.Span().Class("ar").Lang("ar").Dir("rtl").Attr("translate", "no").Text(g.Name)),
				app.Span().Class("hx-count").Text("×"+strconv.Itoa(len(g.Mentions))),
			)
		})),
		moreButton(p.ILang, len(groups), listPage+p.more, func() { p.more += listPage }),
	)
}
