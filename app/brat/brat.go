// Package brat reads and writes the brat standoff format (brat rapid
// annotation tool, "Standoff format",
// https://brat.nlplab.org/standoff.html), which brat and INCEpTION load: a
// document is a text file NAME.txt and an annotation file NAME.ann beside
// it.
//
// Lines of the .ann file, fields separated by tabs:
//
//	T1	LOC 14 21	القاهرة                 text-bound annotation: id, "label start end", text
//	T2	PER 5 9;25 31	وزير الدفاع         discontinuous: fragments separated by ';'
//	#1	AnnotatorNotes T1	عاصمة مصر       a note on T1
//	#2	TIMEX3 T3	2016-11-28              Hashiya: the TIMEX3 value of T3
//
// Offsets are character offsets into the .txt, half-open, which brat (in
// Python 3) counts in Unicode code points, as Hashiya does; the text field
// is the text of the fragments joined by one space. Relations (R) are
// Hashiya's typed links and equivalences (*) same-as links (links.go);
// events (E), attributes (A, M) and normalizations (N) are read past with
// a warning: Hashiya has no place for them yet.
//
// Hashiya's spans are continuous, so a discontinuous mention becomes one
// annotation per fragment, all with the same label and an entity group
// whose id starts with FragmentGroup; Encode writes such a group back as
// one T line, its fragments sorted, overlapping ones merged (case C10).
//
// # Newlines and encodings
//
// A .txt with CRLF line breaks is stored with LF breaks. Tools disagree on
// whether a CRLF counts as one character or two, so Decode checks every
// T line's text under both conventions and uses the one under which all of
// them match, reporting it (case C9); an .ann that fits neither is refused,
// naming the first line that does not fit. The .txt may be in any encoding
// interop.DecodeText reads (UTF-8, UTF-16, Windows-1256 detected, or one
// chosen), never decoded leniently (case C13). Encode writes UTF-8 with LF
// line breaks and offsets that agree with it.
package brat

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
)

// FragmentGroup prefixes the entity group id shared by the fragments of a
// discontinuous brat mention.
const FragmentGroup = "frag:"

// Config is an annotation.conf declaring Hashiya's labels, for a brat
// collection directory (brat's configuration format,
// https://brat.nlplab.org/configuration.html).
const Config = `[entities]
PER
LOC
ORG
MISC
DATE
TIME
DURATION
SET

[relations]
date-of	Arg1:<ENTITY>, Arg2:<ENTITY>
located-in	Arg1:<ENTITY>, Arg2:<ENTITY>
same-as	Arg1:<ENTITY>, Arg2:<ENTITY>
member-of	Arg1:<ENTITY>, Arg2:<ENTITY>
part-of	Arg1:<ENTITY>, Arg2:<ENTITY>

[events]

[attributes]
`

type frag struct{ start, end int }

// Encode returns the .txt and .ann files of doc and anns (see the package
// documentation): the text with CRLF turned into LF, and T lines numbered
// in text order with offsets into that text; a span that crosses a line
// break is written as fragments split at the break, as brat itself does.
// Rejected annotations are left out. Notes become AnnotatorNotes lines and TIMEX3 values TIMEX3 lines (tabs
// and line breaks in them become spaces). It validates as
// hashiyajson.Encode does.
func Encode(doc annotation.Document, anns []annotation.Annotation) (txt, ann []byte, err error) {
	txt, ann, _, _, err = encode(doc, anns)
	return txt, ann, err
}

// encode is Encode, also returning the T number of each annotation id
// written and the number of # lines.
func encode(doc annotation.Document, anns []annotation.Annotation) (txt, ann []byte, tOf map[string]int, notes int, err error) {
	native, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	f, err := hashiyajson.Decode(native)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	tOf = map[string]int{}
	nl, lf := interop.NewNewlines(doc.Text)
	text := []rune(lf)
	type mention struct {
		label annotation.Label
		frags []frag
		notes []string
		value string
		n     int // T number
	}
	var ms []*mention
	group := map[string]*mention{}
	of := map[string]*mention{} // annotation id → its mention
	for _, a := range f.Annotations {
		if a.Status == annotation.Rejected {
			continue
		}
		fr := frag{nl.ToLF(a.Start), nl.ToLF(a.End)}
		if strings.HasPrefix(a.Entity, FragmentGroup) {
			if m := group[a.Entity+"\x00"+string(a.Label)]; m != nil {
				of[a.ID] = m
				m.frags = append(m.frags, fr)
				if a.Note != "" && !slices.Contains(m.notes, a.Note) {
					m.notes = append(m.notes, a.Note)
				}
				continue
			}
		}
		m := &mention{label: a.Label, frags: []frag{fr}, value: a.Value}
		of[a.ID] = m
		if a.Note != "" {
			m.notes = append(m.notes, a.Note)
		}
		if strings.HasPrefix(a.Entity, FragmentGroup) {
			group[a.Entity+"\x00"+string(a.Label)] = m
		}
		ms = append(ms, m)
	}
	// T lines in text order: by the first fragment's start, and of two
	// that start together the longer first (the outer span, as in case
	// C10: T1 ORG 5 18, T2 PER 5 9;25 31).
	for _, m := range ms {
		m.frags = mergeFrags(m.frags)
	}
	slices.SortStableFunc(ms, func(x, y *mention) int {
		if x.frags[0].start != y.frags[0].start {
			return x.frags[0].start - y.frags[0].start
		}
		return y.frags[0].end - x.frags[0].end
	})
	for i, m := range ms {
		m.n = i + 1
	}
	for id, m := range of {
		tOf[id] = m.n
	}
	var b strings.Builder
	for i, m := range ms {
		frags := splitLines(text, mergeFrags(m.frags))
		parts := make([]string, len(frags))
		quotes := make([]string, len(frags))
		for k, fr := range frags {
			parts[k] = fmt.Sprintf("%d %d", fr.start, fr.end)
			quotes[k] = string(text[fr.start:fr.end])
		}
		fmt.Fprintf(&b, "T%d\t%s %s\t%s\n", i+1, m.label, strings.Join(parts, ";"), strings.Join(quotes, " "))
		for _, n := range m.notes {
			notes++
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes T%d\t%s\n", notes, i+1, oneLine(n))
		}
		if m.value != "" {
			notes++
			fmt.Fprintf(&b, "#%d\tTIMEX3 T%d\t%s\n", notes, i+1, m.value)
		}
	}
	return []byte(lf), []byte(b.String()), tOf, notes, nil
}

// mergeFrags sorts fragments and merges overlapping or touching ones.
func mergeFrags(fs []frag) []frag {
	fs = slices.Clone(fs)
	slices.SortFunc(fs, func(a, b frag) int { return a.start - b.start })
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && f.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, f.end)
			continue
		}
		out = append(out, f)
	}
	return out
}

// splitLines splits fragments at line breaks (dropping the breaks and
// empty pieces), as brat does with a selection across lines.
func splitLines(text []rune, fs []frag) []frag {
	var out []frag
	for _, f := range fs {
		s := f.start
		for i := f.start; i < f.end; i++ {
			if text[i] == '\n' || text[i] == '\r' {
				if i > s {
					out = append(out, frag{s, i})
				}
				s = i + 1
			}
		}
		if f.end > s {
			out = append(out, frag{s, f.end})
		}
	}
	return out
}

func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' }), " ")
}
