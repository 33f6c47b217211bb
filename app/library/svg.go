package library

import (
	"fmt"
	"html"
	"strings"
	"time"
)

// ChartOptions shape the timeline chart.
type ChartOptions struct {
	Width     int       // px; 0 means 960
	From, To  time.Time // the visible window; zero: the extent of the events
	Hijri     bool      // axis labels in the Umm al-Qura calendar
	RTL       bool      // time runs from right to left (the Arabic reading direction)
	LaneLimit int       // most rows of marks; 0 means 12 (further marks share the last row)
}

const (
	laneHeight = 18
	axisHeight = 34
	margin     = 12
)

// Chart returns the placed events as an SVG document (a string, to be put
// in a page as is): an axis with ticks labelled by AxisLabel at a spacing
// chosen for the window (hours to centuries), and one mark per event in the
// first row where it does not overlap the previous mark: a circle for a
// minute, part of day or day, a bar over its whole interval for a week,
// month, season, quarter, half, year, decade or century. Each mark carries
// data-doc (document index), data-start and data-end (span, code points)
// and a <title> with the quote, value, sentence and document title, so a
// click handler can open the document at the span. Events outside the
// window are left out. Text is escaped.
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
	var laneEnd []float64 // per lane, the last x used (in reading order)
	lanes := 0
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
			if lane < opt.LaneLimit {
				laneEnd = append(laneEnd, hi)
			} else {
				lane = opt.LaneLimit - 1
			}
		}
		laneEnd[lane] = max(laneEnd[lane], hi)
		lanes = max(lanes, lane+1)
		y := float64(margin + lane*laneHeight)
		d := l.Docs[e.Doc].Doc
		what := clipRunes(e.Sentence, titleSentence)
		if len(e.Events) > 0 { // what the date is the date of, by the person's links
			var qs []string
			for _, i := range e.Events {
				qs = append(qs, l.Docs[e.Doc].Anns[i].Quote)
			}
			what += " — تاريخ: " + strings.Join(qs, "، ")
		}
		title := html.EscapeString(fmt.Sprintf("%s (%s) — %s — %s", e.Ann.Quote, e.Ann.Value, what, strings.TrimSpace(d.Title)))
		attrs := fmt.Sprintf(`class="hx-tl-mark hx-tl-%s" data-doc="%d" data-sha="%s" data-id="%s" data-start="%d" data-end="%d" tabindex="0"`,
			html.EscapeString(e.Gran.String()), e.Doc, html.EscapeString(d.SHA256), html.EscapeString(e.Ann.ID), e.Ann.Start, e.Ann.End)
		if point {
			fmt.Fprintf(&marks, `<circle %s cx="%.1f" cy="%.1f" r="5"><title>%s</title></circle>`, attrs, (x1+x2)/2, y+laneHeight/2, title)
		} else {
			fmt.Fprintf(&marks, `<rect %s x="%.1f" y="%.1f" width="%.1f" height="%d" rx="3"><title>%s</title></rect>`, attrs, x1, y+3, x2-x1, laneHeight-6, title)
		}
	}
	height := margin + max(lanes, 1)*laneHeight + axisHeight
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="hx-tl-chart" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="الخط الزمني للوثائق — timeline of the documents" font-family="Noto Naskh Arabic, serif" font-size="11">`, opt.Width, height, opt.Width, height)
	axisY := height - axisHeight + 6
	fmt.Fprintf(&b, `<line class="hx-tl-axis" x1="%d" y1="%d" x2="%d" y2="%d" stroke="currentColor"/>`, margin, axisY, opt.Width-margin, axisY)
	for _, t := range Ticks(from, to, opt.Width/110) {
		tx := x(t.Time)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="currentColor"/><text x="%.1f" y="%d" text-anchor="middle" direction="rtl">%s</text>`,
			tx, axisY, tx, axisY+5, tx, axisY+18, html.EscapeString(AxisLabel(t.Time, t.Gran, opt.Hijri)))
	}
	b.WriteString(marks.String())
	b.WriteString(`</svg>`)
	return b.String()
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
