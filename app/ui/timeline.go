package ui

import (
	"fmt"
	"github.com/hashiya/hashiya/app/i18n"

	"github.com/hashiya/hashiya/app/ui/overview"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// actionSelect asks the page to select an annotation and scroll to it; its
// value is the annotation id (string).
const actionSelect = "hx-select"

// timelinePanel lists the dates and times of the document in chronological
// order (overview.Timeline); each entry leads to its place in the text.
//
// ILists is a pointer that the page replaces only when the annotations
// change, and clicks are posted as actionSelect, so go-app skips this panel
// on the page's other re-renders (a long document has hundreds of dates).
type timelinePanel struct {
	app.Compo

	ILists *sideLists
	ILang  i18n.Lang

	more int // items shown beyond listPage, after "show more"
}

// sideLists holds the timeline and entity lists of the open document,
// computed at version of its annotations. The panels take a pointer to
// it: go-app compares a component's fields with reflect.DeepEqual, which
// stops at the first field that differs, the version, instead of walking
// thousands of entries each time the lists are recomputed.
type sideLists struct {
	version  int
	timeline []overview.Item
	entities []overview.Group
}

func (t *timelinePanel) Lists(v *sideLists) *timelinePanel { t.ILists = v; return t }

func (t *timelinePanel) Render() app.UI {
	var items []overview.Item
	if t.ILists != nil {
		items = t.ILists.timeline
	}
	return app.Section().Class("hx-card").ID("hx-timeline").Body(
		app.H2().Text(t.ILang.T("timeline")),
		app.If(len(items) == 0, func() app.UI { return app.P().Class("hx-muted").Text(t.ILang.T("timeline.none")) }),
		app.Ul().Class("hx-list").Body(app.Range(items[:min(len(items), listPage+t.more)]).Slice(func(i int) app.UI {
			it := items[i]
			return app.Li().Body(
				app.Span().Class("hx-sw sw-"+labelIdent(it.Label)),
				app.Code().Dir("ltr").Text(it.Key),
				app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) {
					ctx.PreventUpdate()
					ctx.NewActionWithValue(actionSelect, it.ID)
				}, app.EventScope(it.ID)).Body(app.Span().Class("ar").Lang("ar").Dir("rtl").Attr("translate", "no").Text(it.Quote)),
			)
		})),
		moreButton(t.ILang, len(items), listPage+t.more, func() { t.more += listPage }),
	)
}

// listPage is how many entries a side list renders at first and adds per
// "show more": go-app renders every entry it is given, and a book-length
// document has thousands.
const listPage = 100

// moreButton offers to show more of a list of n entries of which shown are
// rendered; nothing when all are.
func moreButton(l i18n.Lang, n, shown int, more func()) app.UI {
	if n <= shown {
		return nil
	}
	return app.Button().Class("hx-more").OnClick(func(ctx app.Context, e app.Event) { more() }).
		Text(fmt.Sprintf("%s (%d %s %d)", l.T("more"), min(listPage, n-shown), l.T("of"), n-shown))
}
