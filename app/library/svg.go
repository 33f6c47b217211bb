package library

import (
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ChartOptions shape the timeline chart.
type ChartOptions struct {
	Width     int       // px; 0 means 960
	From, To  time.Time // the visible window; zero: the extent of the events
	Hijri     bool      // axis labels in the Umm al-Qura calendar
	RTL       bool      // time runs from right to left (the Arabic reading direction)
	LaneLimit int       // most rows of marks; 0 means 12 (further marks are counted, see Chart)
}

const (
	laneHeight = 18
	axisHeight = 34
	margin     = 12
	// captionHeight is the room of the line under hour and day ticks that
	// names their day or year.
	captionHeight = 16
)

// Chart returns the placed events as an SVG document (a string, to be put
// in a page as is): an axis with ticks labelled by AxisLabel at a spacing
// chosen for the window (hours to centuries), and one mark per event in the
// first row where it does not overlap the previous mark: a circle for a
// minute, part of day or day, a bar over its whole interval for a week,
// month, season, quarter, half, year, decade or century. Each mark carries
// data-doc (document index), data-start and data-end (span, code points)
// and a <title> with the quote, value, sentence and document title, so a
// click handler can open the document at the span. A mark with no room in
// the LaneLimit rows is not drawn but counted, in a row under them, by bins
// of 24 px: a group of class hx-tl-more with data-from and data-to (RFC
// 3339, the extent of the dates it counts) for a handler to zoom into.
// Events outside the window are left out. Text is escaped. Chart keeps each
// mark's text in its event: do not call it from two goroutines at once.
func (l *Library) Chart(events []*Event, opt ChartOptions) string {
	if opt.Width <= 0 {
		opt.Width = 960
	}
	if opt.LaneLimit <= 0 {
		opt.LaneLimit = 12
	}
	from, to := opt.From, opt.To
	if from.IsZero() || to.IsZero() {
		for _, e := range events {
			if from.IsZero() || e.Start.Before(from) {
				from = e.Start
			}
			if e.End.After(to) {
				to = e.End
			}
		}
	}
	if !to.After(from) {
		to = from.Add(24 * time.Hour)
	}
	span := to.Sub(from).Seconds()
	inner := float64(opt.Width - 2*margin)
	x := func(t time.Time) float64 {
		f := t.Sub(from).Seconds() / span * inner
		if opt.RTL {
			f = inner - f
		}
		return margin + f
	}
	var marks strings.Builder
	marks.Grow(256 * min(len(events), 4*opt.LaneLimit*opt.Width/10))
	var laneEnd []float64 // per lane, the last x used (in reading order)
	lanes := 0
	// Marks with no room in the rows are counted in bins of moreBin px
	// under them: a pile of marks drawn over each other says nothing, and
	// a library has thousands.
	type bin struct {
		n        int
		from, to time.Time
	}
	var more map[int]*bin
	for _, e := range events {
		if !e.Placed() || !e.End.After(from) || !e.Start.Before(to) {
			continue
		}
		x1, x2 := x(maxTime(e.Start, from)), x(minTime(e.End, to))
		if x2 < x1 {
			x1, x2 = x2, x1
		}
		point := e.Gran <= Day || x2-x1 < 4
		if point {
			x1, x2 = (x1+x2)/2-4, (x1+x2)/2+4
		}
		// Lanes are filled in reading order: left to right, or right to left.
		lo, hi := x1, x2
		if opt.RTL {
			lo, hi = -x2, -x1
		}
		lane := len(laneEnd)
		for k, end := range laneEnd {
			if lo > end+2 {
				lane = k
				break
			}
		}
		if lane == len(laneEnd) {
			if lane == opt.LaneLimit {
				if more == nil {
					more = map[int]*bin{}
				}
				k := int((x1 + x2) / 2 / moreBin)
				b := more[k]
				if b == nil {
					b = &bin{from: e.Start, to: e.End}
					more[k] = b
				}
				b.n++
				b.from, b.to = minTime(b.from, e.Start), maxTime(b.to, e.End)
				continue
			}
			laneEnd = append(laneEnd, hi)
		}
		laneEnd[lane] = max(laneEnd[lane], hi)
		lanes = max(lanes, lane+1)
		y := float64(margin + lane*laneHeight)
		if e.mark == "" {
			e.mark = l.markText(e)
		}
		if point {
			fmt.Fprintf(&marks, `<circle cx="%.1f" cy="%.1f" r="5" %s</circle>`, (x1+x2)/2, y+laneHeight/2, e.mark)
		} else {
			fmt.Fprintf(&marks, `<rect x="%.1f" y="%.1f" width="%.1f" height="%d" rx="3" %s</rect>`, x1, y+3, x2-x1, laneHeight-6, e.mark)
		}
	}
	if len(more) > 0 {
		keys := make([]int, 0, len(more))
		for k := range more {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		y := margin + lanes*laneHeight
		for _, k := range keys {
			b := more[k]
			cx := (float64(k) + 0.5) * moreBin
			fmt.Fprintf(&marks, `<g class="hx-tl-more" data-from="%s" data-to="%s" tabindex="0" role="button"><title>+%d — كبّر لرؤيتها (zoom in to see them)</title><rect x="%.1f" y="%d" width="%d" height="%d" rx="3"/><text x="%.1f" y="%d" text-anchor="middle">+%d</text></g>`,
				b.from.Format(time.RFC3339), b.to.Format(time.RFC3339), b.n, cx-moreBin/2+1, y+2, moreBin-2, laneHeight-4, cx, y+laneHeight-5, b.n)
		}
		lanes++
	}
	// Hour and day ticks are labelled short (10:00; 3 مارس), the day or the
	// year they fall in said once, in a caption under them.
	ticks := Ticks(from, to, opt.Width/110)
	caption := ""
	if len(ticks) > 0 && ticks[0].Gran <= Day {
		g := Day
		if ticks[0].Gran == Day {
			g = Year
		}
		first, last := AxisLabel(from, g, opt.Hijri), AxisLabel(to.Add(-time.Nanosecond), g, opt.Hijri)
		caption = first
		if last != first {
			caption = first + " – " + last
		}
	}
	height := margin + max(lanes, 1)*laneHeight + axisHeight
	if caption != "" {
		height += captionHeight
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="hx-tl-chart" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="الخط الزمني للوثائق — timeline of the documents" font-family="Noto Naskh Arabic, serif" font-size="11">`, opt.Width, height, opt.Width, height)
	b.WriteString(chartStyle)
	axisY := margin + max(lanes, 1)*laneHeight + 6
	fmt.Fprintf(&b, `<line class="hx-tl-axis" x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor"/>`, margin, axisY, opt.Width-margin, axisY)
	for _, t := range ticks {
		tx := x(t.Time)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="currentColor"/><text x="%.1f" y="%d" text-anchor="middle" direction="rtl">%s</text>`,
			tx, axisY, tx, axisY+5, tx, axisY+18, html.EscapeString(shortLabel(t.Time, t.Gran, opt.Hijri)))
	}
	if caption != "" {
		fmt.Fprintf(&b, `<text class="hx-tl-caption" x="%d" y="%d" text-anchor="middle" direction="rtl" font-weight="bold">%s</text>`, opt.Width/2, axisY+18+captionHeight, html.EscapeString(caption))
	}
	b.WriteString(marks.String())
	b.WriteString(`</svg>`)
	return b.String()
}

// chartStyle colours the marks inside the SVG itself, so that a
// downloaded chart (SVG, PNG) looks as it does in the page: points (days,
// hours) dark teal, bars of weeks to seasons amber, years and longer
// translucent blue, counts of hidden marks grey.
const chartStyle = `<style>.hx-tl-mark{fill:#176b87;fill-opacity:.85;cursor:pointer}` +
	`.hx-tl-week,.hx-tl-month,.hx-tl-season,.hx-tl-quarter,.hx-tl-half{fill:#c77d16;fill-opacity:.7}` +
	`.hx-tl-year,.hx-tl-decade,.hx-tl-century{fill:#3b6fb6;fill-opacity:.45}` +
	`.hx-tl-mark:hover,.hx-tl-mark:focus{stroke:#000;stroke-width:2;fill-opacity:1}` +
	`.hx-tl-more{cursor:zoom-in}.hx-tl-more rect{fill:#ddd;stroke:#888}.hx-tl-more:focus rect{stroke:#000;stroke-width:2}</style>`

// moreBin is the width of the bins counting the marks that have no row
// left, px.
const moreBin = 24

// markText returns the attributes and the title of e's mark, from the end
// of the element's name to its closing tag: `class=… data-…>` and
// `<title>…</title>`, escaped. Chart keeps it in the event (Event.mark):
// the text of thousands of marks is built once per library, the geometry
// on every drawing.
func (l *Library) markText(e *Event) string {
	d := l.Docs[e.Doc].Doc
	what := clipRunes(e.Sentence, titleSentence)
	if len(e.Events) > 0 { // what the date is the date of, by the person's links
		var qs []string
		for _, i := range e.Events {
			qs = append(qs, l.Docs[e.Doc].Anns[i].Quote)
		}
		what += " — تاريخ: " + strings.Join(qs, "، ")
	}
	title := html.EscapeString(e.Ann.Quote + " (" + e.Ann.Value + ") — " + what + " — " + strings.TrimSpace(d.Title))
	return `class="hx-tl-mark hx-tl-` + html.EscapeString(e.Gran.String()) + `" data-doc="` + strconv.Itoa(e.Doc) + `" data-sha="` + html.EscapeString(d.SHA256) +
		`" data-id="` + html.EscapeString(e.Ann.ID) + `" data-start="` + strconv.Itoa(e.Ann.Start) + `" data-end="` + strconv.Itoa(e.Ann.End) + `" tabindex="0"><title>` + title + `</title>`
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// Tick is an axis tick: a time and the granularity to label it with.
type Tick struct {
	Time time.Time
	Gran Granularity
}

// Ticks returns at most about n ticks at round times within [from, to]:
// the finest step among 1, 3, 6, 12 hours, 1, 7 days, 1, 3, 6 months,
// 1, 5, 10, 50, 100 years that gives no more than n ticks.
func Ticks(from, to time.Time, n int) []Tick {
	n = max(n, 2)
	type step struct {
		d      time.Duration
		months int
		g      Granularity
	}
	steps := []step{{time.Hour, 0, Minute}, {3 * time.Hour, 0, Minute}, {6 * time.Hour, 0, Minute}, {12 * time.Hour, 0, Minute},
		{24 * time.Hour, 0, Day}, {7 * 24 * time.Hour, 0, Day}, {0, 1, Month}, {0, 3, Month}, {0, 6, Month},
		{0, 12, Year}, {0, 60, Year}, {0, 120, Year}, {0, 600, Year}, {0, 1200, Year}}
	for i, s := range steps {
		var count float64
		if s.months == 0 {
			count = float64(to.Sub(from)) / float64(s.d)
		} else {
			count = to.Sub(from).Hours() / 24 / 30.44 / float64(s.months)
		}
		if count > float64(n) && i < len(steps)-1 {
			continue
		}
		var out []Tick
		var t time.Time
		if s.months == 0 {
			t = from.Truncate(s.d)
			if t.Before(from) {
				t = t.Add(s.d)
			}
		} else {
			m := (from.Year()*12 + int(from.Month()) - 1 + s.months - 1) / s.months * s.months
			t = time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
			if t.Before(from) {
				t = t.AddDate(0, s.months, 0)
			}
		}
		for ; !t.After(to) && len(out) <= 2*n; t = next(t, s.d, s.months) {
			out = append(out, Tick{t, s.g})
		}
		return out
	}
	return nil
}

func next(t time.Time, d time.Duration, months int) time.Time {
	if months == 0 {
		return t.Add(d)
	}
	return t.AddDate(0, months, 0)
}

// titleSentence bounds the sentence quoted in a mark's title, in code
// points: a library has thousands of marks, and the chart is one string.
const titleSentence = 90

// clipRunes cuts s to n code points, marking the cut with "…".
func clipRunes(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}
