package ui

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/library"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LibraryTimeline is the timeline of a whole library (app/library): an SVG
// chart of the placed dates (bars for months and years, points for days),
// zoomable, with Gregorian or Hijri axis labels, filtered by an entity name
// typed in; the vague and underspecified dates listed apart; downloads as
// CSV, iCalendar and SVG. Clicking a mark calls OnOpen with the document
// and the span. Build it with NewLibraryTimeline and mount it anywhere:
//
//	ui.NewLibraryTimeline().Library(lib).Open(func(ctx app.Context, sha string, start, end int) { … })
type LibraryTimeline struct {
	app.Compo

	ILib   *library.Library
	OnOpen func(ctx app.Context, sha string, start, end int) // span in code points
	ILang  i18n.Lang                                         // interface language

	from, to time.Time // zoom window; zero: everything
	hijri    bool
	entity   string // typed entity name (folded when matched)
	apartN   int    // dates apart listed (apartRows at first; "show more" adds)
}

// apartRows is how many of the dates apart are listed at first.
const apartRows = 100

// NewLibraryTimeline returns an empty timeline view.
func NewLibraryTimeline() *LibraryTimeline { return &LibraryTimeline{} }

// Library sets the library shown.
func (t *LibraryTimeline) Library(l *library.Library) *LibraryTimeline { t.ILib = l; return t }

// Lang sets the interface language.
func (t *LibraryTimeline) Lang(l i18n.Lang) *LibraryTimeline { t.ILang = l; return t }

// Open sets the handler called when a mark is clicked.
func (t *LibraryTimeline) Open(f func(ctx app.Context, sha string, start, end int)) *LibraryTimeline {
	t.OnOpen = f
	return t
}

// filter returns the filter of the typed entity name: entities whose folded
// name contains it.
func (t *LibraryTimeline) filter() library.Filter {
	var f library.Filter
	if q := arabic.FoldString(strings.TrimSpace(t.entity)); q != "" && t.ILib != nil {
		f.Entities = []int{-1} // matches nothing when no entity has the name
		for _, e := range t.ILib.Entities {
			if len(e.Mentions) > 0 && strings.Contains(arabic.FoldString(e.Name), q) {
				f.Entities = append(f.Entities, e.ID)
			}
		}
	}
	return f
}

// zoom narrows (factor < 1) or widens the window around its middle.
func (t *LibraryTimeline) zoom(placed []*library.Event, factor float64) {
	from, to := t.from, t.to
	if from.IsZero() {
		for _, e := range placed {
			if from.IsZero() || e.Start.Before(from) {
				from = e.Start
			}
			if e.End.After(to) {
				to = e.End
			}
		}
	}
	if from.IsZero() {
		return
	}
	mid := from.Add(to.Sub(from) / 2)
	half := time.Duration(float64(to.Sub(from)) / 2 * factor)
	half = max(half, 30*time.Minute)
	t.from, t.to = mid.Add(-half), mid.Add(half)
}

func dataHref(mime, body string) string {
	return "data:" + mime + ";charset=utf-8," + url.PathEscape(body)
}

// Render draws the toolbar, the chart and the list of dates apart.
func (t *LibraryTimeline) Render() app.UI {
	T := t.ILang.T
	if t.ILib == nil {
		return app.Section().Class("hx-card").ID("hx-library-timeline").Body(app.P().Class("hx-muted").Text(T("lib.empty")))
	}
	placed, apart := t.ILib.Timeline(t.filter())
	shownApart := apart[:min(len(apart), max(t.apartN, apartRows))]
	svg := t.ILib.Chart(placed, library.ChartOptions{From: t.from, To: t.to, Hijri: t.hijri, RTL: true})
	// Downloads are written when clicked (the link's href is set before the
	// browser follows it), not on every render.
	download := func(mime string, write func(*strings.Builder)) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			var b strings.Builder
			write(&b)
			ctx.JSSrc().Set("href", dataHref(mime, b.String()))
		}
	}
	// Handlers capture this render's events: scoped by what selects them,
	// so that go-app does not keep an earlier render's.
	scope := fmt.Sprint(t.entity, t.from.UnixNano(), t.to.UnixNano(), t.hijri, len(placed), len(apart))
	calendar := T("lib.tl.hijri")
	if t.hijri {
		calendar = T("lib.tl.gregorian")
	}
	return app.Section().Class("hx-card").ID("hx-library-timeline").Dir(t.ILang.Dir()).Lang(string(t.ILang)).Body(
		app.H2().Text(T("lib.tl.title")),
		app.Div().Class("hx-tl-tools").Body(
			app.Input().Type("search").ID("hx-tl-entity").Placeholder(T("lib.tl.entity")).Aria("label", T("lib.tl.entity.aria")).Value(t.entity).
				OnInput(func(ctx app.Context, e app.Event) { t.entity = ctx.JSSrc().Get("value").String() }),
			app.Button().ID("hx-tl-zoom-in").Title(T("lib.tl.zoomin")).Text("+").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 0.5) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-zoom-out").Title(T("lib.tl.zoomout")).Text("−").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 2) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-reset").Text(T("lib.tl.all")).OnClick(func(ctx app.Context, e app.Event) { t.from, t.to = time.Time{}, time.Time{} }),
			app.Button().ID("hx-tl-calendar").Text(calendar).OnClick(func(ctx app.Context, e app.Event) { t.hijri = !t.hijri }),
			app.A().ID("hx-tl-csv").Href("#").Attr("download", "timeline.csv").Text("CSV").
				OnClick(download("text/csv", func(b *strings.Builder) { t.ILib.WriteTimelineCSV(b, append(slices.Clip(placed), apart...)) }), app.EventScope(scope)),
			app.A().ID("hx-tl-ics").Href("#").Attr("download", "timeline.ics").Text("iCalendar").
				OnClick(download("text/calendar", func(b *strings.Builder) { t.ILib.WriteICS(b, placed, time.Now()) }), app.EventScope(scope)),
			app.A().ID("hx-tl-svg").Href("#").Attr("download", "timeline.svg").Text("SVG").
				OnClick(download("image/svg+xml", func(b *strings.Builder) { b.WriteString(svg) }), app.EventScope(scope)),
		),
		app.P().Class("hx-muted").Text(fmt.Sprintf(T("lib.tl.count"), len(placed), len(apart))),
		app.Div().Class("hx-tl-chart-box").Style("overflow-x", "auto").OnClick(func(ctx app.Context, e app.Event) {
			target := e.Get("target")
			if !target.Truthy() {
				return
			}
			mark := target.Call("closest", "[data-sha]")
			if !mark.Truthy() || t.OnOpen == nil {
				return
			}
			start, _ := strconv.Atoi(mark.Call("getAttribute", "data-start").String())
			end, _ := strconv.Atoi(mark.Call("getAttribute", "data-end").String())
			t.OnOpen(ctx, mark.Call("getAttribute", "data-sha").String(), start, end)
		}).Body(app.Raw(svg)),
		app.If(len(apart) > 0, func() app.UI {
			return app.Details().Body(
				app.Summary().Text(T("lib.tl.apart")),
				app.Ul().Class("hx-list").ID("hx-tl-apart").Body(app.Range(shownApart).Slice(func(i int) app.UI {
					ev := shownApart[i]
					sha := t.ILib.Docs[ev.Doc].Doc.SHA256
					return app.Li().Body(
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) {
							if t.OnOpen != nil {
								t.OnOpen(ctx, sha, ev.Ann.Start, ev.Ann.End)
							}
						}, app.EventScope(sha, ev.Ann.ID)).Text(ev.Ann.Quote),
						app.Code().Dir("ltr").Text(" "+ev.Ann.Value+" "),
						app.Span().Class("hx-muted").Text(ev.Sentence),
					)
				})),
				app.If(len(apart) > len(shownApart), func() app.UI {
					return app.Button().ID("hx-tl-apart-more").Text(fmt.Sprintf(T("lib.ent.more"), len(apart)-len(shownApart))).
						OnClick(func(ctx app.Context, e app.Event) { t.apartN = len(shownApart) + apartRows })
				}),
			)
		}),
	)
}
