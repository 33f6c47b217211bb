package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/timex"
)

// readable returns the Arabic readable Gregorian and Hijri forms of a
// temporal annotation (timex.Readable), "" for other labels.
func readable(a annotation.Annotation) (gregorian, hijri string) {
	if !a.Label.IsTemporal() || (a.Value == "" && a.Hijri == "") {
		return "", ""
	}
	return timex.Readable(timex.Expression{
		Start: a.Start, End: a.End, Text: a.Quote, Type: timex.Type(a.Type),
		Value: a.Value, Calendar: a.Calendar, Hijri: a.Hijri, Mod: a.Mod, Note: a.Note, Link: -1,
	})
}
