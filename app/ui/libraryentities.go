package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/library"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LibraryEntities is the entity index of a library (app/library): each
// entity with its label, documents, mentions and first and last
// co-occurring date; a click walks through its mentions across documents
// (OnOpen with each in turn); two entities can be merged (select one, then
// "merge into" another) and an entity split off at the document of its
// current mention. Downloads as CSV. Build it with NewLibraryEntities:
//
//	ui.NewLibraryEntities().Library(lib).Open(func(ctx app.Context, sha string, start, end int) { … })
type LibraryEntities struct {
	app.Compo

	ILib   *library.Library
	OnOpen func(ctx app.Context, sha string, start, end int)
	// OnWalk, when set, takes a click on an entity: walk through all its
	// mentions (the page's walk bar) instead of opening them one by one.
	OnWalk func(ctx app.Context, name string, places []place)
	// OnEdit, when set, is called after a merge or a split with the
	// library's edits (library.Library.Edits), to keep them.
	OnEdit func(ctx app.Context, edits []library.EntityEdit)
	ILang  i18n.Lang // interface language

	selected int         // entity id selected for merging; -1 none
	next     map[int]int // entity id → index of the next mention to open
	message  string
	query    string // typed filter: entities whose folded name contains it
	shown    int    // rows shown (entityRows at first, "show more" adds)
}

// entityRows is how many index rows are rendered at first and added by
// "show more": a library of thousands of entities stays quick to open.
const entityRows = 50

// rows returns the entities of the index matching the typed filter.
func (v *LibraryEntities) rows() []*library.Entity {
	idx := v.ILib.Index()
	q := arabic.FoldString(strings.TrimSpace(v.query))
	if q == "" {
		return idx
	}
	var out []*library.Entity
	for _, e := range idx {
		if strings.Contains(e.FoldedName(), q) || strings.EqualFold(string(e.Label), q) {
			out = append(out, e)
		}
	}
	return out
}

// NewLibraryEntities returns an empty entity index view.
func NewLibraryEntities() *LibraryEntities { return &LibraryEntities{selected: -1} }

// Library sets the library shown.
func (v *LibraryEntities) Library(l *library.Library) *LibraryEntities { v.ILib = l; return v }

// Open sets the handler called to open a mention.
func (v *LibraryEntities) Open(f func(ctx app.Context, sha string, start, end int)) *LibraryEntities {
	v.OnOpen = f
	return v
}

// Lang sets the interface language.
func (v *LibraryEntities) Lang(l i18n.Lang) *LibraryEntities { v.ILang = l; return v }

// Edit sets the handler that keeps the merges and splits.
func (v *LibraryEntities) Edit(f func(ctx app.Context, edits []library.EntityEdit)) *LibraryEntities {
	v.OnEdit = f
	return v
}

func (v *LibraryEntities) edited(ctx app.Context) {
	if v.OnEdit != nil {
		v.OnEdit(ctx, v.ILib.Edits)
	}
}

// Walk sets the handler that walks through an entity's mentions.
func (v *LibraryEntities) Walk(f func(ctx app.Context, name string, places []place)) *LibraryEntities {
	v.OnWalk = f
	return v
}

// walk opens the next mention of entity e.
func (v *LibraryEntities) walk(ctx app.Context, e *library.Entity) {
	if v.OnWalk != nil && len(e.Mentions) > 0 {
		v.OnWalk(ctx, e.Name, entityPlaces(v.ILib, e))
		return
	}
	if v.next == nil {
		v.next = map[int]int{}
	}
	if len(e.Mentions) == 0 || v.OnOpen == nil {
		return
	}
	k := v.next[e.ID] % len(e.Mentions)
	v.next[e.ID] = k + 1
	m := e.Mentions[k]
	d := v.ILib.Docs[m.Doc]
	a := d.Anns[m.Ann]
	v.OnOpen(ctx, d.Doc.SHA256, a.Start, a.End)
}

// Render lists the index.
func (v *LibraryEntities) Render() app.UI {
	T := v.ILang.T
	if v.ILib == nil {
		return app.Section().Class("hx-card").ID("hx-library-entities").Body(app.P().Class("hx-muted").Text(T("lib.empty")))
	}
	all := v.rows()
	shown := max(v.shown, entityRows)
	idx := all[:min(len(all), shown)]
	return app.Section().Class("hx-card").ID("hx-library-entities").Dir(v.ILang.Dir()).Lang(string(v.ILang)).Body(
		app.H2().Text(T("lib.ent.title")),
		app.A().ID("hx-ent-csv").Href("#").Attr("download", "entities.csv").Text("CSV").OnClick(func(ctx app.Context, e app.Event) {
			var b strings.Builder
			v.ILib.WriteEntityCSV(&b)
			ctx.JSSrc().Set("href", dataHref("text/csv", b.String()))
		}),
		app.Input().Type("search").ID("hx-ent-filter").Placeholder(T("lib.ent.filter")).Value(v.query).
			Aria("label", T("lib.ent.filter.aria")).
			OnInput(func(ctx app.Context, e app.Event) { v.query, v.shown = ctx.JSSrc().Get("value").String(), 0 }),
		app.P().Class("hx-muted").ID("hx-ent-count").Text(fmt.Sprintf(T("lib.ent.count"), len(all))),
		app.If(v.message != "", func() app.UI { return app.P().Class("hx-muted").ID("hx-ent-message").Text(v.message) }),
		app.Table().Class("hx-ent-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Text(T("lib.ent.entity")), app.Th().Text(T("lib.ent.label")), app.Th().Text(T("lib.ent.docs")), app.Th().Text(T("lib.ent.mentions")),
				app.Th().Text(T("lib.ent.first")), app.Th().Text(T("lib.ent.last")), app.Th(),
			)),
			app.TBody().Body(app.Range(idx).Slice(func(i int) app.UI {
				e := idx[i]
				first, last := "", ""
				if !e.First.IsZero() {
					first, last = e.First.Format("2006-01-02"), e.Last.AddDate(0, 0, -1).Format("2006-01-02")
				}
				cur := 0
				if v.next != nil && len(e.Mentions) > 0 {
					cur = (v.next[e.ID] + len(e.Mentions) - 1) % len(e.Mentions)
				}
				return app.Tr().DataSet("entity", strconv.Itoa(e.ID)).Body(
					app.Td().Body(app.Button().Class("hx-link").Title(T("lib.ent.walk")).Lang("ar").Dir("rtl").Text(e.Name).
						OnClick(func(ctx app.Context, ev app.Event) { v.walk(ctx, e) }, app.EventScope(e.ID))),
					app.Td().Body(app.Span().Class("hx-sw sw-"+string(e.Label)), en(string(e.Label))),
					app.Td().Text(strconv.Itoa(len(e.Docs))),
					app.Td().Text(strconv.Itoa(len(e.Mentions))),
					app.Td().Dir("ltr").Text(first),
					app.Td().Dir("ltr").Text(last),
					app.Td().Body(
						app.If(v.selected < 0, func() app.UI {
							return app.Button().Class("hx-ent-pick").Text(T("lib.ent.merge")).OnClick(func(ctx app.Context, ev app.Event) {
								v.selected, v.message = e.ID, fmt.Sprintf(T("lib.ent.merge.pick"), e.Name)
							}, app.EventScope(e.ID))
						}).ElseIf(v.selected != e.ID, func() app.UI {
							return app.Button().Class("hx-ent-into").Text(T("lib.ent.merge.here")).OnClick(func(ctx app.Context, ev app.Event) {
								if _, err := v.ILib.Merge(e.ID, v.selected); err != nil {
									v.message = err.Error()
								} else {
									v.message = ""
									v.edited(ctx)
								}
								v.selected = -1
							}, app.EventScope(e.ID, v.selected))
						}).Else(func() app.UI {
							return app.Button().Text(T("lib.ent.cancel")).OnClick(func(ctx app.Context, ev app.Event) { v.selected, v.message = -1, "" })
						}),
						app.If(len(e.Docs) > 1, func() app.UI {
							doc := e.Mentions[cur].Doc
							return app.Button().Class("hx-ent-split").Title(T("lib.ent.split.title")).Text(T("lib.ent.split")).
								OnClick(func(ctx app.Context, ev app.Event) {
									if _, err := v.ILib.Split(e.ID, doc); err != nil {
										v.message = err.Error()
									} else {
										v.edited(ctx)
									}
								}, app.EventScope(e.ID, doc))
						}),
					),
				)
			})),
		),
		app.If(len(all) > len(idx), func() app.UI {
			return app.Button().ID("hx-ent-more").Text(fmt.Sprintf(T("lib.ent.more"), len(all)-len(idx))).
				OnClick(func(ctx app.Context, e app.Event) { v.shown = shown + entityRows })
		}),
	)
}
