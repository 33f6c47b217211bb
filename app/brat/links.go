package brat

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop"
)

// Links (annotation.Link) travel as brat relation lines, the relation's
// type being the link type, Arg1 its From and Arg2 its To:
//
//	R1	date-of Arg1:T2 Arg2:T5
//
// and a link note as an AnnotatorNotes line on the relation (#3
// AnnotatorNotes R1 …). On import, equivalence lines (* Equiv T1 T2 T3)
// become same-as links between consecutive members. A relation whose
// arguments are not text annotations of the file, or whose type is not a
// usable link type, is skipped with a warning.

// rline is a relation read from an .ann file.
type rline struct {
	line     int
	id       string
	typ      string
	from, to string // T ids
	note     string // AnnotatorNotes on the relation
}

// parseR reads an R or * line; ok is false when it does not name two text
// annotations.
func parseR(no int, f []string) ([]rline, bool) {
	if len(f) < 2 {
		return nil, false
	}
	fields := strings.Fields(f[1])
	if len(fields) < 3 {
		return nil, false
	}
	if f[0] == "*" || strings.HasPrefix(f[0], "*") {
		if fields[0] != "Equiv" {
			return nil, false
		}
		var out []rline
		for i := 1; i+1 < len(fields); i++ {
			out = append(out, rline{line: no, id: "", typ: string(annotation.SameAs), from: fields[i], to: fields[i+1]})
		}
		return out, len(out) > 0
	}
	r := rline{line: no, id: f[0], typ: fields[0]}
	for _, arg := range fields[1:] {
		name, t, ok := strings.Cut(arg, ":")
		if !ok {
			return nil, false
		}
		switch name {
		case "Arg1":
			r.from = t
		case "Arg2":
			r.to = t
		}
	}
	if r.from == "" || r.to == "" {
		return nil, false
	}
	return []rline{r}, true
}

// withLinks adds to the result of place the links of the relation lines
// rs between the text annotations ts.
func withLinks(res interop.Result, err error) func(ts []*tline, rs []rline) (interop.Result, error) {
	return func(ts []*tline, rs []rline) (interop.Result, error) {
		if err != nil || len(rs) == 0 {
			return res, err
		}
		byT := make(map[string]string, len(ts))
		for _, t := range ts {
			byT[t.id] = t.ann
		}
		raw := make([]interop.RawLink, 0, len(rs))
		for _, r := range rs {
			where := "Line " + strconv.Itoa(r.line)
			if r.id != "" {
				where += " (" + interop.Clip(r.id) + ")"
			}
			from, to := byT[r.from], byT[r.to]
			if from == "" {
				from = r.from
			}
			if to == "" {
				to = r.to
			}
			raw = append(raw, interop.RawLink{Where: where, From: from, To: to, Type: r.typ, Note: r.note})
		}
		res.Links = interop.KeepLinks(raw, res.Annotations, &res)
		return res, nil
	}
}

// EncodeLinks is Encode with the typed links between the annotations,
// written as R lines after the T lines (see above). A link with an end
// left out of the export (a rejected annotation) is left out too. It
// validates the links as hashiyajson.EncodeFile does.
func EncodeLinks(doc annotation.Document, anns []annotation.Annotation, links []annotation.Link) (txt, ann []byte, err error) {
	if err := annotation.ValidateLinks(anns, links); err != nil {
		return nil, nil, err
	}
	txt, ann, tOf, notes, err := encode(doc, anns)
	if err != nil || len(links) == 0 {
		return txt, ann, err
	}
	var b strings.Builder
	b.Write(ann)
	sorted := append([]annotation.Link(nil), links...)
	annotation.SortLinks(sorted)
	n := 0
	for _, l := range sorted {
		from, to := tOf[l.From], tOf[l.To]
		if from == 0 || to == 0 || from == to {
			continue
		}
		n++
		fmt.Fprintf(&b, "R%d\t%s Arg1:T%d Arg2:T%d\n", n, l.Type, from, to)
		if l.Note != "" {
			notes++
			fmt.Fprintf(&b, "#%d\tAnnotatorNotes R%d\t%s\n", notes, n, oneLine(l.Note))
		}
	}
	return txt, []byte(b.String()), nil
}
