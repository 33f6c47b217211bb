package hashiyajson

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/timex"
)

// Calendars a temporal annotation may be written in ("" when unknown).
const (
	Gregorian = "gregorian"
	Hijri     = "hijri"
)

// CheckDCT returns nil when dct is "" or a document creation time Hashiya
// can resolve relative dates against: a TIMEX3 value (timex.ValidValue) of
// the form 2016-11-29, 2016-11-29T11:11 or 2016-11-29T11:11:05 naming a
// real day. Otherwise an EINVALID error whose message quotes dct.
func CheckDCT(dct string) error {
	if dct == "" {
		return nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if _, err := time.Parse(layout, dct); err == nil && timex.ValidValue(dct) {
			return nil
		}
	}
	return invalid("The document creation time (dct) %q is not a date like 2016-11-29 or 2016-11-29T11:11.", clip(dct))
}

// ValidHijri reports whether v is "" or a Hijri date value as the tagger
// writes it (Umm al-Qura calendar, ISO 8601 shape): YYYY, YYYY-MM or
// YYYY-MM-DD, with a year 0001–9999, a month 01–12 and a day 01–30 (Hijri
// months have 29 or 30 days); a field may be all X (1438-XX).
func ValidHijri(v string) bool {
	if v == "" {
		return true
	}
	m := hijriValue.FindStringSubmatch(v)
	if m == nil {
		return false
	}
	field := func(s string, lo, hi int) bool {
		if s == "" || strings.Trim(s, "X") == "" {
			return true
		}
		n, err := strconv.Atoi(s)
		return err == nil && n >= lo && n <= hi
	}
	return field(m[1], 1, 9999) && field(m[2], 1, 12) && field(m[3], 1, 30)
}

var hijriValue = regexp.MustCompile(`^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$`)

// CheckFields checks what Annotation.Validate does not, over a whole set of
// annotations: value is a TIMEX3 value (timex.ValidValue, the grammar the
// tagger's output follows: 2016-11-29, P3Y, XXXX-06, PAST_REF, …), hijri a
// Hijri date (ValidHijri), calendar is "", "gregorian" or "hijri", and link is "" or the id of
// another annotation of the set. Errors are EINVALID and name the
// annotation by its position in anns (from 1) and id.
func CheckFields(anns []annotation.Annotation) error {
	ids := make(map[string]bool, len(anns))
	for _, a := range anns {
		ids[a.ID] = true
	}
	for i, a := range anns {
		switch {
		case !timex.ValidValue(a.Value):
			return invalid("Annotation #%d (%q): the TIMEX3 value %q is not valid (expected e.g. 2016-11-29, 2016-11, 2016-W48, P3Y, PT2H, XXXX-06 or PAST_REF).", i+1, clip(a.ID), clip(a.Value))
		case !ValidHijri(a.Hijri):
			return invalid("Annotation #%d (%q): the Hijri value %q is not valid (expected e.g. 1438-02-30, 1438-02 or 1438).", i+1, clip(a.ID), clip(a.Hijri))
		case a.Calendar != "" && a.Calendar != Gregorian && a.Calendar != Hijri:
			return invalid("Annotation #%d (%q): the calendar %q is unknown (expected gregorian or hijri).", i+1, clip(a.ID), clip(a.Calendar))
		case a.Link == a.ID && a.Link != "":
			return invalid("Annotation #%d (%q) links to itself.", i+1, clip(a.ID))
		case a.Link != "" && !ids[a.Link]:
			return invalid("Annotation #%d (%q) links to %q, which is not an annotation of the file.", i+1, clip(a.ID), clip(a.Link))
		}
	}
	return nil
}

// clip shortens s to at most 60 code points for a message.
func clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
