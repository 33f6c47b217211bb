package brat

import (
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"golang.org/x/text/unicode/norm"
)

// Options are choices for reading a brat document.
type Options struct {
	// Encoding of the .txt (a WHATWG label such as "windows-1256"); ""
	// detects it (interop.DecodeText).
	Encoding string
}

type tline struct {
	line  int // from 1
	id    string
	label annotation.Label
	frags []frag
	text  string
	notes []string
	value string
	ann   string // id of the (first) annotation made of it, set by place
}

// Decode reads a brat document: txt, the .txt file, and ann, the .ann file
// (names for messages). Result.Document is the text with CRLF turned into
// LF, titled title; its annotations index it in code points. Errors are
// EINVALID and name the .ann line (from 1) and its id.
func Decode(title string, txt, ann []byte, opt Options) (interop.Result, error) {
	res := interop.Result{Format: "brat", Unit: "code points"}
	if err := interop.CheckSize("The .txt file", txt); err != nil {
		return res, err
	}
	raw, enc, guessed, err := interop.DecodeText("The .txt file", txt, opt.Encoding)
	if err != nil {
		return res, err
	}
	res.Encoding = enc
	if guessed {
		res.Warnf("The .txt file is not UTF-8; it was read as %s. If the text looks wrong, choose its encoding.", enc)
	}
	nl, lf := interop.NewNewlines(raw)
	doc := annotation.NewDocument(title, lf)
	return decode(res, doc, raw, nl, ann)
}

// DecodeAnn reads a .ann file onto the text of an open document (the text
// the .txt had: CRLF counted either way is accepted when doc's text has
// CRLF line breaks; the offsets are then converted to doc's text as is).
func DecodeAnn(ann []byte, doc annotation.Document) (interop.Result, error) {
	res := interop.Result{Format: "brat", Unit: "code points"}
	nl, _ := interop.NewNewlines(doc.Text)
	return decodeOnto(res, doc, nl, ann)
}

func decode(res interop.Result, doc annotation.Document, raw string, nl interop.Newlines, ann []byte) (interop.Result, error) {
	res.Document = doc
	ts, rs, err := parse(ann, &res)
	if err != nil {
		return interop.Result{Format: "brat"}, err
	}
	lf := []rune(doc.Text)
	return withLinks(place(res, ts, lf, []rune(raw), nl.Count() > 0, res.Encoding, lf, same, nl.ToLF))(ts, rs)
}

func same(i int) int { return i }

// decodeOnto is decode onto a stored text that may itself contain CRLF:
// offsets counting a CRLF as one are converted to it.
func decodeOnto(res interop.Result, doc annotation.Document, nl interop.Newlines, ann []byte) (interop.Result, error) {
	res.Document = doc
	ts, rs, err := parse(ann, &res)
	if err != nil {
		return interop.Result{Format: "brat"}, err
	}
	stored := []rune(doc.Text)
	if nl.Count() == 0 {
		return withLinks(place(res, ts, stored, nil, false, "", stored, same, same))(ts, rs)
	}
	lfText := []rune(strings.ReplaceAll(doc.Text, "\r\n", "\n"))
	return withLinks(place(res, ts, lfText, stored, true, "", stored, nl.ToCRLF, same))(ts, rs)
}

const (
	newlineLF  = "LF (each CRLF of the .txt counted as one character)"
	newlineRaw = "CRLF counted as two characters"
)

// parse reads the lines of an .ann file.
func parse(ann []byte, res *interop.Result) ([]*tline, []rline, error) {
	if err := interop.CheckSize("The .ann file", ann); err != nil {
		return nil, nil, err
	}
	s, _, guessed, err := interop.DecodeText("The .ann file", ann, "")
	if err != nil {
		return nil, nil, err
	}
	if guessed {
		return nil, nil, interop.Invalid("The .ann file is not UTF-8 text; save it as UTF-8.")
	}
	var ts []*tline
	var rs []rline
	relByID := map[string]int{} // R id → index in rs
	byID := map[string]*tline{}
	ignored := map[byte]int{}
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		no := n + 1
		f := strings.SplitN(line, "\t", 3)
		id := f[0]
		if id == "" {
			return nil, nil, interop.Invalid("Line %d starts with a tab: it has no annotation id (T1, #1, …).", no)
		}
		switch id[0] {
		case 'T':
			t, err := parseT(no, f)
			if err != nil {
				return nil, nil, err
			}
			if byID[id] != nil {
				return nil, nil, interop.Invalid("Line %d: the id %s is used twice (also on line %d).", no, id, byID[id].line)
			}
			byID[id] = t
			ts = append(ts, t)
		case '#':
			if len(f) < 2 {
				return nil, nil, interop.Invalid("Line %d (%s): a note line needs \"#id<TAB>AnnotatorNotes T…<TAB>text\".", no, interop.Clip(id))
			}
			kind, target, _ := strings.Cut(f[1], " ")
			note := ""
			if len(f) == 3 {
				note = f[2]
			}
			if r, ok := relByID[target]; ok && kind == "AnnotatorNotes" {
				rs[r].note = note
				continue
			}
			t := byID[target]
			if t == nil {
				res.Warnf("Line %d (%s): a note on %q, which is not a text annotation above it, was ignored.", no, interop.Clip(id), interop.Clip(target))
				continue
			}
			if kind == "TIMEX3" {
				t.value = note
			} else {
				t.notes = append(t.notes, note)
			}
		case 'R', '*':
			r, ok := parseR(no, f)
			if !ok {
				ignored[id[0]]++
				continue
			}
			rs = append(rs, r...)
			if id[0] == 'R' {
				relByID[id] = len(rs) - 1
			}
		case 'E', 'A', 'M', 'N':
			ignored[id[0]]++
		default:
			return nil, nil, interop.Invalid("Line %d: %q is not a brat standoff line (T, #, R, E, A, M, N or * lines).", no, interop.Clip(line))
		}
	}
	names := map[byte]string{'R': "relation", 'E': "events", 'A': "attributes", 'M': "attributes", 'N': "normalizations", '*': "equivalence"}
	for _, c := range []byte("R*") {
		if ignored[c] > 0 {
			res.Warnf("%d %s lines (%c) were ignored: they do not name two text annotations (Arg1:T… Arg2:T…, or Equiv T… T…).", ignored[c], names[c], c)
		}
	}
	for _, c := range []byte("EAMN") {
		if ignored[c] > 0 {
			res.Warnf("%d %s lines (%c) were ignored: Hashiya does not keep brat %s.", ignored[c], string(c), c, names[c])
		}
	}
	return ts, rs, nil
}

func parseT(no int, f []string) (*tline, error) {
	id := f[0]
	w := "Line " + strconv.Itoa(no) + " (" + interop.Clip(id) + ")"
	if len(f) < 2 {
		return nil, interop.Invalid("%s: a text-bound line needs \"T1<TAB>LABEL start end<TAB>text\".", w)
	}
	t := &tline{line: no, id: id}
	if len(f) == 3 {
		t.text = f[2]
	}
	name, spans, ok := strings.Cut(f[1], " ")
	if !ok {
		return nil, interop.Invalid("%s has no offsets after its label %q.", w, interop.Clip(name))
	}
	l, _, ok := interop.Label(name)
	if !ok {
		return nil, interop.UnknownLabel(w, name)
	}
	t.label = l
	for _, sp := range strings.Split(spans, ";") {
		se := strings.Fields(sp)
		if len(se) != 2 {
			return nil, interop.Invalid("%s: %q is not a fragment \"start end\".", w, interop.Clip(sp))
		}
		s, err1 := strconv.Atoi(se[0])
		e, err2 := strconv.Atoi(se[1])
		switch {
		case err1 != nil || err2 != nil:
			return nil, interop.Invalid("%s: the offsets %q are not whole numbers.", w, interop.Clip(sp))
		case s < 0 || e < 0:
			return nil, interop.Invalid("%s: the offsets %q are negative.", w, interop.Clip(sp))
		case e <= s:
			return nil, interop.Invalid("%s: the fragment %q ends before it starts or is empty.", w, interop.Clip(sp))
		}
		t.frags = append(t.frags, frag{s, e})
	}
	return t, nil
}

// fits reports whether the fragments of t are inside text and their text,
// joined by spaces, is t's text (NFC).
func fits(t *tline, text []rune) bool {
	var parts []string
	for _, f := range t.frags {
		if f.end > len(text) {
			return false
		}
		parts = append(parts, string(text[f.start:f.end]))
	}
	return t.text == "" || norm.NFC.String(strings.Join(parts, " ")) == norm.NFC.String(t.text)
}

// place checks the T lines against lf (offsets counting CRLF as one) and,
// when crlf, against raw (counting it as two), picks the convention all of
// them fit, and builds the annotations on target, converting offsets with
// fromLF or fromRaw.
func place(res interop.Result, ts []*tline, lf, raw []rune, crlf bool, enc string, target []rune, fromLF, fromRaw func(int) int) (interop.Result, error) {
	nLF, nRaw := 0, 0
	for _, t := range ts {
		if fits(t, lf) {
			nLF++
		}
		if crlf && fits(t, raw) {
			nRaw++
		}
	}
	useRaw := crlf && nRaw > nLF
	text := lf
	if useRaw {
		text = raw
	}
	for _, t := range ts {
		if fits(t, text) {
			continue
		}
		w := "Line " + strconv.Itoa(t.line) + " (" + interop.Clip(t.id) + ")"
		got := ""
		for i, f := range t.frags {
			if f.end > len(text) {
				return interop.Result{Format: "brat"}, interop.Invalid("%s: the fragment %d %d is past the end of the text (%d characters, counted in Unicode code points).", w, f.start, f.end, len(text))
			}
			if i > 0 {
				got += " "
			}
			got += string(text[f.start:f.end])
		}
		msg := interop.Invalid("%s says %q, but the text there is %q", w, interop.Clip(t.text), interop.Clip(got))
		suffix := "."
		if crlf {
			suffix = ", counting each CRLF line break as one character or as two."
		}
		if enc != "" {
			suffix += " The .txt was read as " + enc + "; if that is not its encoding, choose another."
		}
		return interop.Result{Format: "brat"}, interop.Invalid("%s%s", annotation.ErrorMessage(msg), suffix)
	}
	switch {
	case useRaw:
		res.Newline = newlineRaw
		res.Warnf("The .ann offsets count each CRLF line break as two characters.")
	case crlf:
		res.Newline = newlineLF
	}
	split, merged := 0, 0
	for _, t := range ts {
		conv := fromLF
		if useRaw {
			conv = fromRaw
		}
		fs := make([]frag, len(t.frags))
		for i, f := range t.frags {
			fs[i] = frag{conv(f.start), conv(f.end)}
		}
		m := mergeFrags(fs)
		if len(m) < len(fs) {
			merged++
			res.Warnf("Line %d (%s): overlapping fragments were merged into one.", t.line, interop.Clip(t.id))
		}
		group := ""
		if len(m) > 1 {
			split++
			group = FragmentGroup + annotation.NewID()[:8]
		}
		for _, f := range m {
			a, err := interop.New("Line "+strconv.Itoa(t.line)+" ("+interop.Clip(t.id)+")", target, f.start, f.end, t.label)
			if err != nil {
				return interop.Result{Format: "brat"}, err
			}
			a.Entity = group
			a.Note = strings.Join(t.notes, "\n")
			a.Value = t.value
			if t.label.IsTemporal() {
				a.Type = string(t.label)
			}
			if t.ann == "" {
				t.ann = a.ID
			}
			res.Annotations = append(res.Annotations, a)
		}
	}
	if split > 0 {
		res.Warnf("%d discontinuous mentions became one annotation per fragment, grouped as one entity (Hashiya's spans are continuous); export writes them back as one line each.", split)
	}
	if err := hashiyajson.CheckFields(res.Annotations); err != nil {
		return interop.Result{Format: "brat"}, err
	}
	return res, nil
}
