package library

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/hijri"
)

// TimelineCSVHeader is the first row of WriteTimelineCSV.
var TimelineCSVHeader = []string{"start", "end", "granularity", "value", "label", "status", "quote", "sentence", "document", "title", "span_start", "span_end"}

// WriteTimelineCSV writes events (placed then apart, as Timeline returns
// them) as CSV: start and end of the interval (YYYY-MM-DD, or
// YYYY-MM-DDTHH:MM for minutes; end exclusive; empty for vague events),
// then the expression, its sentence, document and span (code points).
func (l *Library) WriteTimelineCSV(w io.Writer, events []*Event) error {
	cw := csv.NewWriter(w)
	cw.Write(TimelineCSVHeader)
	for _, e := range events {
		s, en := "", ""
		if e.Placed() {
			s, en = stamp(e.Start, e.Gran), stamp(e.End, e.Gran)
		}
		d := l.Docs[e.Doc].Doc
		cw.Write([]string{s, en, e.Gran.String(), e.Ann.Value, string(e.Ann.Label), string(e.Ann.Status), e.Ann.Quote, e.Sentence,
			d.SHA256, strings.TrimSpace(d.Title), strconv.Itoa(e.Ann.Start), strconv.Itoa(e.Ann.End)})
	}
	cw.Flush()
	return cw.Error()
}

func stamp(t time.Time, g Granularity) string {
	if g == Minute {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02")
}

// WriteICS writes the placed events as an iCalendar file (RFC 5545):
// one VEVENT each, all-day (DTSTART/DTEND;VALUE=DATE, DTEND exclusive)
// spanning the whole interval for days, weeks, months, years…, floating
// local times for minutes (the zone is not known). SUMMARY is the quote and
// the document title, DESCRIPTION the sentence; UIDs are stable
// (document hash and annotation id). now is the DTSTAMP. Lines end in CRLF
// and are folded at 75 octets; text is escaped (\\ \; \, \n).
func (l *Library) WriteICS(w io.Writer, events []*Event, now time.Time) error {
	var b strings.Builder
	line := func(s string) {
		for len(s) > 75 {
			cut := 75
			for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
				cut--
			}
			b.WriteString(s[:cut] + "\r\n ")
			s = s[cut:]
		}
		b.WriteString(s + "\r\n")
	}
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Hashiya//Library timeline//AR")
	line("CALSCALE:GREGORIAN")
	for _, e := range events {
		if !e.Placed() {
			continue
		}
		d := l.Docs[e.Doc].Doc
		line("BEGIN:VEVENT")
		line("UID:" + icsText(d.SHA256[:min(16, len(d.SHA256))]+"-"+e.Ann.ID) + "@hashiya")
		line("DTSTAMP:" + now.UTC().Format("20060102T150405Z"))
		if e.Gran == Minute {
			line("DTSTART:" + e.Start.Format("20060102T150405"))
			line("DTEND:" + e.End.Format("20060102T150405"))
		} else {
			line("DTSTART;VALUE=DATE:" + e.Start.Format("20060102"))
			line("DTEND;VALUE=DATE:" + e.End.Format("20060102"))
		}
		line("SUMMARY:" + icsText(e.Ann.Quote+" — "+strings.TrimSpace(d.Title)))
		line("DESCRIPTION:" + icsText(e.Sentence+"\n("+e.Ann.Value+", "+e.Gran.String()+")"))
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	_, err := io.WriteString(w, b.String())
	return err
}

func icsText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// gregorianMonths are the Arabic month names of the Egyptian/Gulf usage.
var gregorianMonths = [13]string{"", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

// AxisLabel returns the label of an axis tick at t for a tick spacing of
// granularity g (Year and coarser: the year; Month: month and year; Day and
// finer: day, month, year, and HH:MM for Minute), in the Gregorian calendar
// or, with useHijri, the Umm al-Qura calendar (app/hijri; "1438 هـ",
// "صفر 1438 هـ"). Outside the Umm al-Qura table the Gregorian label is
// returned.
func AxisLabel(t time.Time, g Granularity, useHijri bool) string {
	if useHijri {
		if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
			switch {
			case g >= Year:
				return fmt.Sprintf("%d هـ", h.Year)
			case g >= Month:
				return fmt.Sprintf("%s %d هـ", hijri.MonthNames[h.Month], h.Year)
			case g == Minute:
				return fmt.Sprintf("%d %s %d هـ %s", h.Day, hijri.MonthNames[h.Month], h.Year, t.Format("15:04"))
			}
			return fmt.Sprintf("%d %s %d هـ", h.Day, hijri.MonthNames[h.Month], h.Year)
		}
	}
	switch {
	case g >= Year:
		return strconv.Itoa(t.Year())
	case g >= Month:
		return fmt.Sprintf("%s %d", gregorianMonths[t.Month()], t.Year())
	case g == Minute:
		return fmt.Sprintf("%d %s %d %s", t.Day(), gregorianMonths[t.Month()], t.Year(), t.Format("15:04"))
	}
	return fmt.Sprintf("%d %s %d", t.Day(), gregorianMonths[t.Month()], t.Year())
}

// shortLabel is the label of a tick within a chart whose caption names
// the day (Minute ticks: "10:00") or the year (Day ticks: "3 مارس", "23
// جمادى الأولى"); other ticks are labelled by AxisLabel.
func shortLabel(t time.Time, g Granularity, useHijri bool) string {
	switch g {
	case Minute:
		return t.Format("15:04")
	case Day:
		if useHijri {
			if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
				return fmt.Sprintf("%d %s", h.Day, hijri.MonthNames[h.Month])
			}
		}
		return fmt.Sprintf("%d %s", t.Day(), gregorianMonths[t.Month()])
	}
	return AxisLabel(t, g, useHijri)
}

// EntityCSVHeader is the first row of WriteEntityCSV.
var EntityCSVHeader = []string{"entity", "label", "name", "documents", "mentions", "first_date", "last_date"}

// WriteEntityCSV writes the index (Index order) as CSV: documents is the
// number of documents mentioning the entity; first_date and last_date the
// earliest start and the latest end (exclusive) of the dates of its
// sentences, empty when none.
func (l *Library) WriteEntityCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(EntityCSVHeader)
	for _, e := range l.Index() {
		f, la := "", ""
		if !e.First.IsZero() {
			f, la = e.First.Format("2006-01-02"), e.Last.Format("2006-01-02")
		}
		cw.Write([]string{strconv.Itoa(e.ID), string(e.Label), e.Name, strconv.Itoa(len(e.Docs)), strconv.Itoa(len(e.Mentions)), f, la})
	}
	cw.Flush()
	return cw.Error()
}
