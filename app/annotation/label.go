package annotation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Label is the category of an annotated span: a named-entity class
// (PER, LOC, ORG, MISC, as in CoNLL/ANERcorp), a TIMEX3 type (DATE, TIME,
// DURATION, SET), or any other label a library defines (EVENT, TITLE, …;
// see Valid). The recognizers produce only the standard Labels.
type Label string

// Labels.
const (
	PER      Label = "PER"      // person
	LOC      Label = "LOC"      // location
	ORG      Label = "ORG"      // organization
	MISC     Label = "MISC"     // other named entity
	DATE     Label = "DATE"     // TIMEX3 DATE: a calendar date, month, year, ...
	TIME     Label = "TIME"     // TIMEX3 TIME: a time of day, possibly with a date
	DURATION Label = "DURATION" // TIMEX3 DURATION: a length of time (P3Y, PT4H)
	SET      Label = "SET"      // TIMEX3 SET: a recurring time (every Friday)
)

// Labels lists the standard labels: entity labels first, then temporal
// ones. Other labels are valid too (Valid); these are the default label
// set and what the recognizers produce.
var Labels = []Label{PER, LOC, ORG, MISC, DATE, TIME, DURATION, SET}

// MaxLabelLen is the longest label, in code points.
const MaxLabelLen = 32

// Valid reports whether l can be a label: 1 to MaxLabelLen code points of
// valid UTF-8 in any script, with no white space, no control or format
// character (bidi marks, zero-width joiners) and none of < > & " ' ` \
// (markup and quoting characters, which no tool's label needs and which
// would make the label unsafe in the formats it travels in: brat, CoNLL,
// CSV, HTML). Codes are case-sensitive ("EVENT" and "Event" differ).
func (l Label) Valid() bool {
	if l == "" || !utf8.ValidString(string(l)) || utf8.RuneCountInString(string(l)) > MaxLabelLen {
		return false
	}
	for _, r := range string(l) {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Zl, r) || unicode.Is(unicode.Zp, r) ||
			strings.ContainsRune("<>&\"'`\\", r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// LabelRule is the sentence stating Valid's rule, for error messages.
const LabelRule = "a label is 1 to 32 characters in any script, without spaces, control characters or any of < > & \" ' ` \\"

// IsStandard reports whether l is one of Labels.
func (l Label) IsStandard() bool {
	switch l {
	case PER, LOC, ORG, MISC, DATE, TIME, DURATION, SET:
		return true
	}
	return false
}

// IsTemporal reports whether l is a TIMEX3 type (DATE, TIME, DURATION, SET).
func (l Label) IsTemporal() bool {
	switch l {
	case DATE, TIME, DURATION, SET:
		return true
	}
	return false
}

// Source says who created an annotation.
type Source string

// Sources.
const (
	Auto   Source = "auto"   // proposed by a recognizer (app/pipeline)
	Manual Source = "manual" // made by the user
)

// Valid reports whether s is Auto or Manual.
func (s Source) Valid() bool { return s == Auto || s == Manual }

// Status is the review state of an annotation.
type Status string

// Statuses.
const (
	Suggested Status = "suggested" // not yet reviewed
	Accepted  Status = "accepted"  // confirmed by the user
	Rejected  Status = "rejected"  // dismissed by the user; kept so it is not suggested again
)

// Valid reports whether s is Suggested, Accepted or Rejected.
func (s Status) Valid() bool { return s == Suggested || s == Accepted || s == Rejected }
