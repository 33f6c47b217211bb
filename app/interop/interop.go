// Package interop holds what Hashiya's importers and exporters of other
// tools' formats share (app/w3c, app/brat, app/conll, app/doccano,
// app/labelstudio; app/formats picks one): the result of an import with its
// warnings, label names, new annotations built from code-point spans,
// text-file encodings and newline conventions, and UTF-16 offsets.
//
// Offsets are Unicode code points, half-open [start,end), into the exact
// text, as everywhere in Hashiya (app/annotation); the only other unit is
// UTF-16 code units (UTF16Index), which some tools store.
package interop

import (
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
)

// MaxFile is the largest file an importer reads, in bytes. A bigger file is
// refused with a sentence saying so before it is parsed.
const MaxFile = 32 << 20

// Result is what an importer read: the document the annotations refer to
// (its text as stored, offsets in code points) and the annotations, each of
// which validates against Document.Text.
type Result struct {
	Format      string                  // "native", "w3c", "brat", "conll", "doccano" or "labelstudio"
	Document    annotation.Document     // the text the annotations index (the open document's when it was given)
	Annotations []annotation.Annotation // in file order
	Warnings    []string                // plain sentences: conversions made, things dropped or repaired
	Encoding    string                  // encoding of the text file read ("UTF-8", "Windows-1256", "UTF-16LE", …); "" when no text file was read
	Newline     string                  // newline convention the offsets were found to use, e.g. "LF" or "CRLF counted as 2"; "" when the text has no CR
	Unit        string                  // offset unit the file was read in: "code points", "UTF-16 code units", "tokens"
	Orphans     []annotation.Annotation // annotations that could not be placed on the open document's text (see app/formats)
	Links       []annotation.Link       // typed links between Annotations (by their ids): brat R lines, W3C linking annotations, native links
}

// Warnf appends a warning.
func (r *Result) Warnf(format string, args ...any) {
	r.Warnings = append(r.Warnings, fmt.Sprintf(format, args...))
}

// Invalid returns an EINVALID *annotation.Error: the message a user sees.
func Invalid(format string, args ...any) error {
	return annotation.Errorf(annotation.EINVALID, format, args...)
}

// CheckSize returns an EINVALID error when data is bigger than MaxFile.
func CheckSize(name string, data []byte) error {
	if len(data) > MaxFile {
		return Invalid("%s is %.1f MB; Hashiya imports files of at most %d MB. Split it into several documents.", name, float64(len(data))/(1<<20), MaxFile>>20)
	}
	return nil
}

// aliases maps label names other tools use to Hashiya's labels (compared
// after upper-casing): CoNLL-2003 and OntoNotes/ACE names.
var aliases = map[string]annotation.Label{
	"PERSON": annotation.PER, "PERS": annotation.PER,
	"LOCATION": annotation.LOC, "GPE": annotation.LOC, "PLACE": annotation.LOC,
	"ORGANIZATION": annotation.ORG, "ORGANISATION": annotation.ORG,
	"TIMEX": annotation.DATE, "TIMEX3": annotation.DATE,
	// Recogito's EVENT is a label of its own (labels are open-ended), not MISC.
}

// Label maps a label name from a file to a Hashiya label: one of
// annotation.Labels in any case, or an alias (PERSON, LOCATION, GPE,
// ORGANIZATION, TIMEX3, Recogito's PLACE, …), else the name
// itself as a label of its own (labels are open-ended: the page adds such
// labels to the library's label set, labelset.Set.AddMissing), trimmed,
// with inner white space written as "_" ("Job title" → "Job_title").
// alias is true when the label is not the name as written. ok is false
// when the result is not a valid label (annotation.Label.Valid: empty, too
// long, control characters, markup).
func Label(name string) (l annotation.Label, alias, ok bool) {
	up := strings.ToUpper(strings.TrimSpace(name))
	if l := annotation.Label(up); l.IsStandard() {
		return l, up != name, true
	}
	if l, ok := aliases[up]; ok {
		return l, true, true
	}
	l = annotation.Label(strings.Join(strings.Fields(name), "_"))
	return l, string(l) != name, l.Valid()
}

// UnknownLabel is the sentence for a label Label refused; what names the
// place (e.g. "Line 3").
func UnknownLabel(what, name string) error {
	return Invalid("%s has the label %q, which cannot be a label (%s).", what, Clip(name), annotation.LabelRule)
}

// Clip shortens s to at most 60 code points for a message.
func Clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// New returns an accepted manual annotation of text[start:end) (code
// points) with a new id and its quote and context, or an EINVALID error
// naming what (e.g. "Line 3") when the span is empty or outside the text.
func New(what string, text []rune, start, end int, label annotation.Label) (annotation.Annotation, error) {
	if start < 0 || end > len(text) || start >= end {
		return annotation.Annotation{}, Invalid("%s has the span [%d,%d), which is empty or not inside the text (%d characters, counted in Unicode code points).", what, start, end, len(text))
	}
	n := annotation.ContextLen
	return annotation.Annotation{
		ID:     annotation.NewID(),
		Start:  start,
		End:    end,
		Quote:  string(text[start:end]),
		Prefix: string(text[max(0, start-n):start]),
		Suffix: string(text[end:min(len(text), end+n)]),
		Label:  label,
		Source: annotation.Manual,
		Status: annotation.Accepted,
	}, nil
}

// Recontext sets a's Quote, Prefix and Suffix from text at its span.
func Recontext(a *annotation.Annotation, text []rune) {
	n := annotation.ContextLen
	a.Quote = string(text[a.Start:a.End])
	a.Prefix = string(text[max(0, a.Start-n):a.Start])
	a.Suffix = string(text[a.End:min(len(text), a.End+n)])
}

// UniqueIDs gives a new id to every annotation whose id an earlier one
// has, with a warning in res, and returns anns.
func UniqueIDs(anns []annotation.Annotation, res *Result) []annotation.Annotation {
	seen := map[string]bool{}
	n := 0
	for i := range anns {
		if seen[anns[i].ID] {
			anns[i].ID = annotation.NewID()
			n++
		}
		seen[anns[i].ID] = true
	}
	if n > 0 {
		res.Warnf("%d annotations had an id used by another one and were given a new id.", n)
	}
	return anns
}
