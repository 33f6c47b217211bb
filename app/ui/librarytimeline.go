package ui

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/arabic"
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

	from, to time.Time // zoom window; zero: everything
	hijri    bool
	entity   string // typed entity name (folded when matched)
}

// NewLibraryTimeline returns an empty timeline view.
func NewLibraryTimeline() *LibraryTimeline { return &LibraryTimeline{} }

// Library sets the library shown.
func (t *LibraryTimeline) Library(l *library.Library) *LibraryTimeline { t.ILib = l; return t }

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
	if t.ILib == nil {
		return app.Section().Class("hx-card").ID("hx-library-timeline").Body(app.P().Class("hx-muted").Text("لا مكتبة بعد."))
	}
	placed, apart := t.ILib.Timeline(t.filter())
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
	calendar := "هجري"
	if t.hijri {
		calendar = "ميلادي"
	}
	return app.Section().Class("hx-card").ID("hx-library-timeline").Dir("rtl").Lang("ar").Body(
		app.H2().Text("الخط الزمني للمكتبة"),
		app.Div().Class("hx-tl-tools").Body(
			app.Input().Type("search").ID("hx-tl-entity").Placeholder("كيان، مثل: حفتر").Value(t.entity).
				OnInput(func(ctx app.Context, e app.Event) { t.entity = ctx.JSSrc().Get("value").String() }),
			app.Button().ID("hx-tl-zoom-in").Title("تكبير").Text("+").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 0.5) }),
			app.Button().ID("hx-tl-zoom-out").Title("تصغير").Text("−").OnClick(func(ctx app.Context, e app.Event) { t.zoom(placed, 2) }),
			app.Button().ID("hx-tl-reset").Text("الكل").OnClick(func(ctx app.Context, e app.Event) { t.from, t.to = time.Time{}, time.Time{} }),
			app.Button().ID("hx-tl-calendar").Text(calendar).OnClick(func(ctx app.Context, e app.Event) { t.hijri = !t.hijri }),
			app.A().ID("hx-tl-csv").Href("#").Attr("download", "timeline.csv").Text("CSV").
				OnClick(download("text/csv", func(b *strings.Builder) { t.ILib.WriteTimelineCSV(b, append(slices.Clip(placed), apart...)) })),
			app.A().ID("hx-tl-ics").Href("#").Attr("download", "timeline.ics").Text("iCalendar").
				OnClick(download("text/calendar", func(b *strings.Builder) { t.ILib.WriteICS(b, placed, time.Now()) })),
			app.A().ID("hx-tl-svg").Href("#").Attr("download", "timeline.svg").Text("SVG").
				OnClick(download("image/svg+xml", func(b *strings.Builder) { b.WriteString(svg) })),
		),
		app.P().Class("hx-muted").Text(strconv.Itoa(len(placed))+" تاريخًا على المحور، و"+strconv.Itoa(len(apart))+" غير محدد."),
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
				app.Summary().Text("تواريخ مبهمة أو ناقصة (لا توضع على المحور)"),
				app.Ul().Class("hx-list").ID("hx-tl-apart").Body(app.Range(apart).Slice(func(i int) app.UI {
					ev := apart[i]
					sha := t.ILib.Docs[ev.Doc].Doc.SHA256
					return app.Li().Body(
						app.Button().Class("hx-link").OnClick(func(ctx app.Context, e app.Event) {
							if t.OnOpen != nil {
								t.OnOpen(ctx, sha, ev.Ann.Start, ev.Ann.End)
							}
						}).Text(ev.Ann.Quote),
						app.Code().Dir("ltr").Text(" "+ev.Ann.Value+" "),
						app.Span().Class("hx-muted").Text(ev.Sentence),
					)
				})),
			)
		}),
	)
}
