package annotation

// Label is the category of an annotated span: a named-entity class
// (PER, LOC, ORG, MISC, as in CoNLL/ANERcorp) or a TIMEX3 type
// (DATE, TIME, DURATION, SET).
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

// Labels lists every valid label: entity labels first, then temporal ones.
var Labels = []Label{PER, LOC, ORG, MISC, DATE, TIME, DURATION, SET}

// Valid reports whether l is one of Labels.
func (l Label) Valid() bool {
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
