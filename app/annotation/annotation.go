package annotation

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ContextLen is the number of code points of context kept on each side of a
// span in Annotation.Prefix and Annotation.Suffix (as in Hypothesis's
// TextQuoteSelector).
const ContextLen = 32

// Annotation is a labelled span of a document's text.
//
// Start and End are offsets in Unicode code points (not bytes, not UTF-16
// code units), half-open [Start, End), in logical order, into the exact
// stored Document.Text. Quote is the text of the span, and Prefix/Suffix up to
// ContextLen code points before/after it: a position selector and a quote
// selector stored together, so a span can be re-anchored and checked.
type Annotation struct {
	ID     string `json:"id"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Quote  string `json:"quote"`
	Label  Label  `json:"label"`
	Source Source `json:"source"`
	Status Status `json:"status"`

	// Temporal fields (labels DATE, TIME, DURATION, SET).
	Value    string `json:"value,omitempty"`    // TIMEX3 value, Gregorian (2016-11-29, P6M, PAST_REF); "" when there is no Gregorian equivalent
	Type     string `json:"type,omitempty"`     // TIMEX3 type: DATE, TIME, DURATION or SET
	Calendar string `json:"calendar,omitempty"` // calendar of the expression as written: "gregorian" or "hijri"
	Hijri    string `json:"hijri,omitempty"`    // Hijri value (1438-02-28, 1438-02, 1438), Umm al-Qura
	Mod      string `json:"mod,omitempty"`      // TIMEX3 mod (ValidMod): APPROX for نحو عشرين عاما, START for مطلع 2016, …; "" when none
	Note     string `json:"note,omitempty"`     // free text, e.g. why Value is empty

	Entity string `json:"entity,omitempty"` // entity group id: mentions of one entity share it
	Link   string `json:"link,omitempty"`   // id of the linked annotation (the explicitly stated equivalent in the other calendar)

	Prefix string `json:"prefix,omitempty"` // up to ContextLen code points before Start
	Suffix string `json:"suffix,omitempty"` // up to ContextLen code points after End
}

// NewID returns a new random annotation id: 16 lowercase hex digits
// (64 bits from crypto/rand).
func NewID() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand, Go ≥ 1.24)
	return hex.EncodeToString(b[:])
}

// Quote returns text[start:end] counted in code points, half-open.
// It returns an EINVALID error unless 0 <= start <= end <= the number of
// code points in text.
func Quote(text string, start, end int) (string, error) {
	r := []rune(text)
	if err := checkRange(start, end, len(r)); err != nil {
		return "", err
	}
	return string(r[start:end]), nil
}

// Context returns up to n code points of text before start (prefix) and after
// end (suffix), offsets in code points, half-open; fewer at the ends of the
// text. It returns an EINVALID error when the range is outside text.
func Context(text string, start, end, n int) (prefix, suffix string, err error) {
	r := []rune(text)
	if err := checkRange(start, end, len(r)); err != nil {
		return "", "", err
	}
	n = max(n, 0)
	return string(r[max(0, start-n):start]), string(r[end:min(len(r), end+n)]), nil
}

// Select returns an annotation for text[start:end) (code points) with Quote,
// Prefix and Suffix (ContextLen) filled in, and the given label; ID, Source,
// Status and the other fields are left for the caller.
func Select(text string, start, end int, label Label) (Annotation, error) {
	r := []rune(text)
	if err := checkRange(start, end, len(r)); err != nil {
		return Annotation{}, err
	}
	return Annotation{
		Start:  start,
		End:    end,
		Label:  label,
		Quote:  string(r[start:end]),
		Prefix: string(r[max(0, start-ContextLen):start]),
		Suffix: string(r[end:min(len(r), end+ContextLen)]),
	}, nil
}

func checkRange(start, end, n int) error {
	if start < 0 || end < start || end > n {
		return Errorf(EINVALID, "The span [%d,%d) is not inside the text, which has %d characters (Unicode code points).", start, end, n)
	}
	return nil
}

// Mods are the values of the TIMEX3 mod attribute (TimeML 1.2.1
// specification, and ISO-TimeML, ISO 24617-1): a modifier of a temporal
// expression's value that the value itself cannot express.
var Mods = [...]string{"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
	"EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"}

// ValidMod reports whether m is "" (no modifier) or one of Mods, spelled
// exactly (upper case).
func ValidMod(m string) bool {
	return m == "" || slices.Contains(Mods[:], m)
}

// Validate checks a against the exact document text: the ID is set,
// 0 <= Start < End <= the length of text in code points, the label, source and
// status are valid, Type is empty or a TIMEX3 type, Mod is valid (ValidMod), and Quote equals the
// slice text[Start:End) after both are put in Unicode NFC (the text itself is
// never normalized: offsets refer to it as stored). Errors are EINVALID and
// name the annotation.
func (a Annotation) Validate(text string) error {
	return a.ValidateRunes([]rune(text))
}

// ValidateRunes is Validate for a text already converted to code points, so
// that many annotations can be checked without converting it each time.
func (a Annotation) ValidateRunes(text []rune) error {
	name := fmt.Sprintf("Annotation %q", a.ID)
	switch {
	case a.ID == "":
		return Errorf(EINVALID, "An annotation at [%d,%d) has no id.", a.Start, a.End)
	case a.Start < 0 || a.End > len(text) || a.Start >= a.End:
		return Errorf(EINVALID, "%s has the span [%d,%d), which is empty or not inside the text (%d characters, counted in Unicode code points).", name, a.Start, a.End, len(text))
	case !a.Label.Valid():
		return Errorf(EINVALID, "%s has the label %q, which is not a valid label name (%s).", name, a.Label, LabelRule)
	case !a.Source.Valid():
		return Errorf(EINVALID, "%s has the unknown source %q (expected auto or manual).", name, a.Source)
	case !a.Status.Valid():
		return Errorf(EINVALID, "%s has the unknown status %q (expected suggested, accepted or rejected).", name, a.Status)
	case a.Type != "" && !Label(a.Type).IsTemporal():
		return Errorf(EINVALID, "%s has the unknown TIMEX3 type %q (expected DATE, TIME, DURATION or SET).", name, a.Type)
	case !ValidMod(a.Mod):
		return Errorf(EINVALID, "%s has the unknown TIMEX3 mod %q (expected one of %s).", name, a.Mod, strings.Join(Mods[:], ", "))
	case !utf8.ValidString(a.Quote):
		return Errorf(EINVALID, "%s has a quote that is not valid UTF-8 text.", name)
	}
	if got := string(text[a.Start:a.End]); norm.NFC.String(got) != norm.NFC.String(a.Quote) {
		return Errorf(EINVALID, "%s quotes %q, but the text at [%d,%d) is %q.", name, a.Quote, a.Start, a.End, got)
	}
	return nil
}
