package ui

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/library"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LibraryTimeline is the timeline of a whole library (app/library): an SVG
// chart of the placed dates (bars for months and years, points for days),
// zoomable from centuries to hours and moved earlier or later, with
// Gregorian or Hijri axis labels, filtered by an entity name typed in, by
// label, status, document and date range; the vague and underspecified
// dates listed apart; downloads as CSV, iCalendar, SVG and PNG. Clicking a
// mark (or Enter on it) calls OnOpen with the document and the span;
// clicking a count of marks with no row zooms into them. Build it with
// NewLibraryTimeline and mount it anywhere:
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
	label    string // "", DATE or TIME
	status   string // "", suggested or accepted
	doc      string // SHA-256 of the one document shown; "" all
	// rangeFrom, rangeTo: the date range typed (YYYY-MM-DD, both days
	// included); "" open.
	rangeFrom, rangeTo string
	// The chart last drawn and what it was drawn from: go-app renders the
	// view again on every event of the page, and a library's chart is
	// thousands of marks.
	svgKey, svg string
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

// filter returns the filter of what the person chose: entities whose
// folded name contains the typed one, the label, status, document and
// date range.
func (t *LibraryTimeline) filter() library.Filter {
	var f library.Filter
	if q := arabic.FoldString(strings.TrimSpace(t.entity)); q != "" && t.ILib != nil {
		f.Entities = []int{-1} // matches nothing when no entity has the name
		for _, e := range t.ILib.Entities {
			if len(e.Mentions) > 0 && strings.Contains(e.FoldedName(), q) {
				f.Entities = append(f.Entities, e.ID)
			}
		}
	}
	if t.label != "" {
		f.Labels = []annotation.Label{annotation.Label(t.label)}
	}
	if t.status != "" {
		f.Statuses = []annotation.Status{annotation.Status(t.status)}
	}
	if t.doc != "" && t.ILib != nil {
		f.Docs = []int{-1}
		for i, d := range t.ILib.Docs {
			if d.Doc.SHA256 == t.doc {
				f.Docs = []int{i}
			}
		}
	}
	f.From, f.To = dayRange(t.rangeFrom, t.rangeTo)
	return f
}

// dayRange returns the interval [from, to) of two days typed as
// YYYY-MM-DD (to included, so the interval ends the next day); zero for a
// day left empty or not a date.
func dayRange(from, to string) (time.Time, time.Time) {
	f, _ := time.Parse(time.DateOnly, from)
	t, err := time.Parse(time.DateOnly, to)
	if err == nil {
		t = t.AddDate(0, 0, 1)
	}
	return f, t
}

// window returns the window shown: the zoom, else the date range, else
// (zero) the extent of the events.
func (t *LibraryTimeline) window() (time.Time, time.Time) {
	if !t.from.IsZero() {
		return t.from, t.to
	}
	f, to := dayRange(t.rangeFrom, t.rangeTo)
	if f.IsZero() || to.IsZero() || !to.After(f) {
		return time.Time{}, time.Time{}
	}
	return f, to
}

// extent returns the window shown, the extent of placed when it is the
// whole timeline.
func (t *LibraryTimeline) extent(placed []*library.Event) (from, to time.Time) {
	from, to = t.window()
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
	return from, to
}

// pan moves the window by share of its width (negative: earlier).
func (t *LibraryTimeline) pan(placed []*library.Event, share float64) {
	from, to := t.extent(placed)
	if from.IsZero() {
		return
	}
	d := time.Duration(float64(to.Sub(from)) * share)
	t.from, t.to = from.Add(d), to.Add(d)
}

// zoomTo shows [from, to) with a margin of a tenth each side (at least
// half an hour).
func (t *LibraryTimeline) zoomTo(from, to time.Time) {
	pad := max(to.Sub(from)/10, 30*time.Minute)
	t.from, t.to = from.Add(-pad), to.Add(pad)
}

// zoom narrows (factor < 1) or widens the window around its middle.
func (t *LibraryTimeline) zoom(placed []*library.Event, factor float64) {
	from, to := t.extent(placed)
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

// chart returns the SVG of placed in the window shown, drawn again only
// when what it shows changed.
func (t *LibraryTimeline) chart(placed []*library.Event, key string) string {
	key = fmt.Sprintf("%p|%s", t.ILib, key)
	if t.svgKey != key {
		from, to := t.window()
		t.svgKey, t.svg = key, t.ILib.Chart(placed, library.ChartOptions{From: from, To: to, Hijri: t.hijri, RTL: true})
	}
	return t.svg
}

// chartClick opens the document of the mark el is in, or zooms into the
// count of marks it is in.
func (t *LibraryTimeline) chartClick(ctx app.Context, el app.Value) {
	if !el.Truthy() {
		return
	}
	if more := el.Call("closest", ".hx-tl-more"); more.Truthy() {
		from, err1 := time.Parse(time.RFC3339, more.Call("getAttribute", "data-from").String())
		to, err2 := time.Parse(time.RFC3339, more.Call("getAttribute", "data-to").String())
		if err1 == nil && err2 == nil {
			t.zoomTo(from, to)
		}
		return
	}
	mark := el.Call("closest", "[data-sha]")
	if !mark.Truthy() || t.OnOpen == nil {
		return
	}
	start, _ := strconv.Atoi(mark.Call("getAttribute", "data-start").String())
	end, _ := strconv.Atoi(mark.Call("getAttribute", "data-end").String())
	t.OnOpen(ctx, mark.Call("getAttribute", "data-sha").String(), start, end)
}

// Render draws the toolbar, the chart and the list of dates apart.
func (t *LibraryTimeline) Render() app.UI {
	T := t.ILang.T
	if t.ILib == nil {
		return app.Section().Class("hx-card").ID("hx-library-timeline").Body(app.P().Class("hx-muted").Text(T("lib.empty")))
	}
	placed, apart := t.ILib.Timeline(t.filter())
	shownApart := apart[:min(len(apart), max(t.apartN, apartRows))]
	// Handlers capture this render's events: scoped by what selects them,
	// so that go-app does not keep an earlier render's.
	scope := fmt.Sprint(t.entity, t.label, t.status, t.doc, t.rangeFrom, t.rangeTo, t.from.UnixNano(), t.to.UnixNano(), t.hijri, len(placed), len(apart))
	svg := t.chart(placed, scope)
	// Downloads are written when clicked (the link's href is set before the
	// browser follows it), not on every render.
	download := func(mime string, write func(*strings.Builder)) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			var b strings.Builder
			write(&b)
			ctx.JSSrc().Set("href", dataHref(mime, b.String()))
		}
	}
	calendar := T("lib.tl.hijri")
	if t.hijri {
		calendar = T("lib.tl.gregorian")
	}
	choice := func(id, aria string, cur *string, opts [][2]string) app.UI {
		return app.Select().ID(id).Aria("label", aria).Style("max-width", "100%").Body(app.Range(opts).Slice(func(i int) app.UI {
			return app.Option().Value(opts[i][0]).Selected(opts[i][0] == *cur).Text(opts[i][1])
		})).OnChange(func(ctx app.Context, e app.Event) { *cur = ctx.JSSrc().Get("value").String() })
	}
	docs := [][2]string{{"", T("lib.tl.docs.all")}}
	for _, d := range t.ILib.Docs {
		docs = append(docs, [2]string{d.Doc.SHA256, clipTitle(d.Doc.Title)})
	}
	day := func(id, aria string, cur *string) app.UI {
		return app.Input().Type("date").ID(id).Aria("label", aria).Value(*cur).Dir("ltr").
			OnChange(func(ctx app.Context, e app.Event) {
				*cur, t.from, t.to = ctx.JSSrc().Get("value").String(), time.Time{}, time.Time{}
			})
	}
	return app.Section().Class("hx-card").ID("hx-library-timeline").Dir(t.ILang.Dir()).Lang(string(t.ILang)).Body(
		app.H2().Text(T("lib.tl.title")),
		app.Div().Class("hx-tl-tools").Body(
			app.Input().Type("search").ID("hx-tl-entity").Placeholder(T("lib.tl.entity")).Aria("label", T("lib.tl.entity.aria")).Value(t.entity).
				OnInput(func(ctx app.Context, e app.Event) { t.entity = ctx.JSSrc().Get("value").String() }),
			choice("hx-tl-label", T("lib.tl.label"), &t.label, [][2]string{{"", T("lib.tl.label.all")}, {"DATE", "DATE"}, {"TIME", "TIME"}}),
			choice("hx-tl-status", T("lib.tl.status"), &t.status, [][2]string{{"", T("lib.tl.status.all")}, {"suggested", T("lib.tl.status.suggested")}, {"accepted", T("lib.tl.status.accepted")}}),
			app.Div().Style("max-width", "18em").Style("display", "inline-block").Body(choice("hx-tl-doc", T("lib.tl.doc"), &t.doc, docs)),
		),
		app.Div().Class("hx-tl-tools").Body(
			app.Label().Class("hx-tl-range").Body(app.Text(T("lib.tl.from")), day("hx-tl-from", T("lib.tl.from.aria"), &t.rangeFrom)),
			app.Text(" "),
			app.Label().Class("hx-tl-range").Body(app.Text(T("lib.tl.to")), day("hx-tl-to", T("lib.tl.to.aria"), &t.rangeTo)),
		),
		app.Div().Class("hx-tl-tools").Body(
			// The axis runs right to left: earlier is to the right.
			app.Button().ID("hx-tl-earlier").Title(T("lib.tl.earlier")).Aria("label", T("lib.tl.earlier")).Text("→").OnClick(func(ctx app.Context, e app.Event) { t.pan(placed, -0.5) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-zoom-in").Title(T("lib.tl.zoomin")).Aria("label", T("lib.tl.zoomin")).Text("+").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 0.5) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-zoom-out").Title(T("lib.tl.zoomout")).Aria("label", T("lib.tl.zoomout")).Text("−").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 2) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-later").Title(T("lib.tl.later")).Aria("label", T("lib.tl.later")).Text("←").OnClick(func(ctx app.Context, e app.Event) { t.pan(placed, 0.5) }, app.EventScope(scope)),
			app.Button().ID("hx-tl-reset").Text(T("lib.tl.all")).OnClick(func(ctx app.Context, e app.Event) { t.from, t.to = time.Time{}, time.Time{} }),
			app.Button().ID("hx-tl-calendar").Text(calendar).OnClick(func(ctx app.Context, e app.Event) { t.hijri = !t.hijri }),
			app.A().ID("hx-tl-csv").Href("#").Attr("download", "timeline.csv").Text("CSV").
				OnClick(download("text/csv", func(b *strings.Builder) { t.ILib.WriteTimelineCSV(b, append(slices.Clip(placed), apart...)) }), app.EventScope(scope)),
			app.A().ID("hx-tl-ics").Href("#").Attr("download", "timeline.ics").Text("iCalendar").
				OnClick(download("text/calendar", func(b *strings.Builder) { t.ILib.WriteICS(b, placed, time.Now()) }), app.EventScope(scope)),
			app.A().ID("hx-tl-svg").Href("#").Attr("download", "timeline.svg").Text("SVG").
				OnClick(download("image/svg+xml", func(b *strings.Builder) { b.WriteString(svg) }), app.EventScope(scope)),
			app.Button().ID("hx-tl-png").Text("PNG").OnClick(func(ctx app.Context, e app.Event) { downloadPNG(svg, "timeline.png") }, app.EventScope(scope)),
		),
		app.P().Class("hx-muted").ID("hx-tl-count").Text(fmt.Sprintf(T("lib.tl.count"), len(placed), len(apart))),
		app.Div().Class("hx-tl-chart-box").Style("overflow-x", "auto").
			OnClick(func(ctx app.Context, e app.Event) { t.chartClick(ctx, e.Get("target")) }).
			OnKeyDown(func(ctx app.Context, e app.Event) {
				if k := e.Get("key").String(); k == "Enter" || k == " " {
					e.PreventDefault()
					t.chartClick(ctx, e.Get("target"))
				}
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

// clipTitle shortens a document title for a list of choices.
func clipTitle(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
