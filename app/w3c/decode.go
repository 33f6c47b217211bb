package w3c

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/anchor"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
	"golang.org/x/text/unicode/norm"
)

// UTF16 is the "hashiya:offsets" value of a file whose positions count
// UTF-16 code units; Decode converts them.
const UTF16 = "utf-16-code-units"

// maxOffset bounds the numbers read as offsets.
const maxOffset = 1 << 40

// Decode reads the annotations of a W3C Web Annotation (or Hypothesis) file
// data made on doc's text, placing them on doc.Text (see the package
// documentation). Result.Annotations validate against doc.Text; orphans,
// placed nowhere, are in Result.Orphans. Errors are EINVALID
// *annotation.Error values naming the annotation (#position from 1, and
// id) and the problem; on error nothing is returned.
func Decode(data []byte, doc annotation.Document) (interop.Result, error) {
	res := interop.Result{Format: "w3c", Document: doc, Unit: "code points"}
	if err := interop.CheckSize("The file", data); err != nil {
		return res, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return res, interop.Invalid("The file is not UTF-8 text; JSON-LD files are UTF-8.")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var top any
	if err := dec.Decode(&top); err != nil {
		return res, jsonErr(data, err)
	}
	if dec.More() {
		return res, interop.Invalid("The file holds more than one JSON value; expected one annotation, a list, a page or a collection.")
	}
	items, unit, err := itemsOf(top)
	if err != nil {
		return res, err
	}
	text := []rune(doc.Text)
	d := &decoder{doc: doc, text: text, res: &res}
	var anns []annotation.Annotation
	var links []interop.RawLink
	for i, raw := range items {
		if isLinkItem(raw) {
			links = append(links, linkOf(i, raw))
			continue
		}
		a, placed, err := d.item(i, raw, unit)
		if err != nil {
			return interop.Result{Format: "w3c"}, err
		}
		if placed {
			anns = append(anns, a)
		} else {
			res.Orphans = append(res.Orphans, a)
		}
	}
	if d.u16 > 0 {
		res.Unit = "UTF-16 code units"
		res.Warnf("%d annotation positions were counted in UTF-16 code units (as Hypothesis and Recogito count them); they were converted to Unicode code points, and an export states code points.", d.u16)
	}
	if d.other > 0 {
		res.Warnf("%d annotations were made on another text (their source is not this document's urn:sha256): they were placed by their quotes and context.", d.other)
	}
	if d.byQuote > 0 {
		res.Warnf("%d annotations whose position did not match their quote were placed by their quote and context.", d.byQuote)
	}
	if len(res.Orphans) > 0 {
		res.Warnf("%d annotations could not be placed on this text (their quote was not found uniquely with its context): they are listed for review and were not imported.", len(res.Orphans))
	}
	anns = interop.UniqueIDs(anns, &res)
	orphan := map[string]bool{}
	for _, o := range res.Orphans {
		orphan[o.ID] = true
	}
	for i := range anns {
		if orphan[anns[i].Link] {
			anns[i].Link = ""
		}
	}
	if err := hashiyajson.CheckFields(anns); err != nil {
		return interop.Result{Format: "w3c"}, err
	}
	res.Annotations = anns
	if len(links) > 0 {
		res.Links = interop.KeepLinks(links, anns, &res)
	}
	return res, nil
}

type decoder struct {
	doc      annotation.Document
	text     []rune
	idx      *interop.UTF16Index
	anchorer *anchor.Text
	res      *interop.Result

	u16, other, byQuote int
}

// itemsOf finds the annotations of a decoded file and the offset unit it
// states ("" when none).
func itemsOf(top any) ([]any, string, error) {
	var unit string
	switch v := top.(type) {
	case []any:
		return v, "", nil
	case map[string]any:
		if u, ok := v["hashiya:offsets"]; ok {
			s, _ := u.(string)
			if s != Offsets && s != UTF16 {
				return nil, "", interop.Invalid("The file states its offsets in an unknown unit (%q); Hashiya reads %q and %q.", interop.Clip(fmt.Sprint(u)), Offsets, UTF16)
			}
			unit = s
		}
		if rows, ok := v["rows"]; ok { // Hypothesis API search result
			r, ok := rows.([]any)
			if !ok {
				return nil, "", interop.Invalid(`The file's "rows" must be a list of annotations.`)
			}
			return r, unit, nil
		}
		if first, ok := v["first"]; ok {
			switch f := first.(type) {
			case string:
				return nil, "", interop.Invalid("The collection's first page is a link (%q), not included in the file: download the pages and import them.", interop.Clip(f))
			case map[string]any:
				v = f
			default:
				return nil, "", interop.Invalid(`The collection's "first" page must be an object.`)
			}
		}
		if items, ok := v["items"]; ok {
			r, ok := items.([]any)
			if !ok {
				return nil, "", interop.Invalid(`The page's "items" must be a list of annotations.`)
			}
			return r, unit, nil
		}
		if _, ok := v["target"]; ok {
			return []any{v}, unit, nil
		}
	}
	return nil, "", interop.Invalid("This is not a W3C Web Annotation file: it has no annotation, list, page (items) or collection (first).")
}

// item reads annotation i; placed is false for an orphan.
func (d *decoder) item(i int, raw any, fileUnit string) (annotation.Annotation, bool, error) {
	m, ok := raw.(map[string]any)
	if !ok {
		return annotation.Annotation{}, false, interop.Invalid("Annotation #%d is not a JSON object.", i+1)
	}
	id, err := str(m, "id", fmt.Sprintf("Annotation #%d", i+1))
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	w := what(i, id)
	unit := fileUnit
	if u, ok := m["hashiya:offsets"]; ok {
		s, _ := u.(string)
		if s != Offsets && s != UTF16 {
			return annotation.Annotation{}, false, interop.Invalid("%s states its offsets in an unknown unit (%q); Hashiya reads %q and %q.", w, interop.Clip(fmt.Sprint(u)), Offsets, UTF16)
		}
		unit = s
	}
	src, sels, err := targetOf(w, m["target"])
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	var sel anchor.Selector
	hasPos, hasQuote := false, false
	for _, s := range sels {
		switch s["type"] {
		case "TextQuoteSelector":
			for _, f := range []struct {
				key string
				to  *string
			}{{"exact", &sel.Exact}, {"prefix", &sel.Prefix}, {"suffix", &sel.Suffix}} {
				if *f.to, err = str(s, f.key, w+"'s TextQuoteSelector"); err != nil {
					return annotation.Annotation{}, false, err
				}
			}
			hasQuote = sel.Exact != ""
		case "TextPositionSelector":
			if sel.Start, err = offset(s, "start", w); err != nil {
				return annotation.Annotation{}, false, err
			}
			if sel.End, err = offset(s, "end", w); err != nil {
				return annotation.Annotation{}, false, err
			}
			if sel.End <= sel.Start {
				return annotation.Annotation{}, false, interop.Invalid("%s has a TextPositionSelector with end %d not after start %d.", w, sel.End, sel.Start)
			}
			hasPos = true
		}
	}
	if !hasPos && !hasQuote {
		return annotation.Annotation{}, false, interop.Invalid("%s has no TextQuoteSelector or TextPositionSelector: Hashiya annotates spans of text.", w)
	}
	label, note, err := labelOf(w, m)
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	x, err := extraOf(w, m["hashiya"])
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	sameText := src == Source(d.doc)
	otherText := strings.HasPrefix(src, "urn:sha256:") && !sameText

	start, end, placed := d.place(w, sel, hasPos, hasQuote, unit, sameText)
	if !placed && sameText && hasQuote {
		return annotation.Annotation{}, false, interop.Invalid("%s quotes %q, but its position [%d,%d) does not hold that text (counted in code points or in UTF-16 code units), and the quote with its context is not found uniquely in the document it names.", w, interop.Clip(sel.Exact), sel.Start, sel.End)
	}
	if !placed && !hasQuote {
		return annotation.Annotation{}, false, interop.Invalid("%s has the position [%d,%d) but no quote, and the text has %d characters (code points): it cannot be placed.", w, sel.Start, sel.End, len(d.text))
	}
	if otherText && placed {
		d.other++
	}
	var a annotation.Annotation
	if placed {
		a, err = interop.New(w, d.text, start, end, label)
		if err != nil {
			return annotation.Annotation{}, false, err
		}
	} else {
		a = annotation.Annotation{ID: annotation.NewID(), Start: sel.Start, End: sel.End, Quote: sel.Exact, Prefix: sel.Prefix, Suffix: sel.Suffix, Label: label, Source: annotation.Manual, Status: annotation.Accepted}
	}
	if id != "" {
		a.ID = strings.TrimPrefix(id, IDPrefix)
	}
	a.Note = note
	if x.Status != "" {
		a.Status = x.Status
	}
	if x.Source != "" {
		a.Source = x.Source
	}
	a.Value, a.Type, a.Calendar, a.Hijri, a.Entity, a.Link = x.Value, x.Type, x.Calendar, x.Hijri, x.Entity, x.Link
	if placed {
		if err := a.ValidateRunes(d.text); err != nil {
			return annotation.Annotation{}, false, interop.Invalid("%s: %s", w, annotation.ErrorMessage(err))
		}
	} else if !a.Status.Valid() || !a.Source.Valid() {
		return annotation.Annotation{}, false, interop.Invalid("%s has an unknown status %q or source %q.", w, a.Status, a.Source)
	}
	return a, placed, nil
}

// place finds where sel goes in the text: its position read in the stated
// unit or, with none stated, in code points then UTF-16 units, checked by
// the quote; else the quote and context (app/anchor).
func (d *decoder) place(w string, sel anchor.Selector, hasPos, hasQuote bool, unit string, sameText bool) (int, int, bool) {
	fits := func(s, e int) bool {
		if s < 0 || e > len(d.text) || s >= e {
			return false
		}
		return !hasQuote || norm.NFC.String(string(d.text[s:e])) == norm.NFC.String(sel.Exact)
	}
	if hasPos {
		if unit != UTF16 && fits(sel.Start, sel.End) {
			return sel.Start, sel.End, true
		}
		if unit != Offsets {
			if d.idx == nil {
				x := interop.NewUTF16Index(d.text)
				d.idx = &x
			}
			s, ok1 := d.idx.ToCP(sel.Start)
			e, ok2 := d.idx.ToCP(sel.End)
			if ok1 && ok2 && fits(s, e) {
				if unit != UTF16 && (s != sel.Start || e != sel.End) {
					d.u16++
				}
				return s, e, true
			}
		}
	}
	if !hasQuote {
		return 0, 0, false
	}
	if d.anchorer == nil {
		d.anchorer = anchor.NewText(d.doc.Text)
	}
	q := sel
	if !hasPos {
		q.Start, q.End = -1, -1
	}
	m := d.anchorer.Anchor(q)
	if m.Method == anchor.Orphan {
		return 0, 0, false
	}
	if hasPos {
		d.byQuote++
	}
	return m.Start, m.End, true
}

// targetOf returns the source and the selectors of an annotation's target:
// an object, or a list whose first object with a selector is used.
func targetOf(w string, t any) (string, []map[string]any, error) {
	var obj map[string]any
	switch v := t.(type) {
	case nil:
		return "", nil, interop.Invalid("%s has no target.", w)
	case string:
		return "", nil, interop.Invalid("%s targets a whole resource (%q), not a span of text.", w, interop.Clip(v))
	case map[string]any:
		obj = v
	case []any:
		for _, e := range v {
			if o, ok := e.(map[string]any); ok && o["selector"] != nil {
				obj = o
				break
			}
		}
		if obj == nil {
			return "", nil, interop.Invalid("%s has no target with a selector.", w)
		}
	default:
		return "", nil, interop.Invalid("%s has a target that is neither an object nor a list.", w)
	}
	src, err := str(obj, "source", w+"'s target")
	if err != nil {
		return "", nil, err
	}
	var sels []map[string]any
	switch v := obj["selector"].(type) {
	case map[string]any:
		sels = append(sels, v)
	case []any:
		for _, e := range v {
			o, ok := e.(map[string]any)
			if !ok {
				return "", nil, interop.Invalid("%s has a selector that is not an object.", w)
			}
			sels = append(sels, o)
		}
	case nil:
	default:
		return "", nil, interop.Invalid("%s has a selector that is neither an object nor a list.", w)
	}
	return src, sels, nil
}

// labelOf returns the label and note of an annotation from its bodies (or
// Hypothesis tags and text).
func labelOf(w string, m map[string]any) (annotation.Label, string, error) {
	var labels, notes []string
	add := func(purpose, value string) {
		switch purpose {
		case "describing", "commenting", "replying":
			notes = append(notes, value)
		default:
			labels = append(labels, value)
		}
	}
	var bodies []any
	switch b := m["body"].(type) {
	case nil:
	case []any:
		bodies = b
	default:
		bodies = []any{b}
	}
	for _, b := range bodies {
		switch v := b.(type) {
		case string:
			add("", v)
		case map[string]any:
			val, err := str(v, "value", w+"'s body")
			if err != nil {
				return "", "", err
			}
			purpose, _ := v["purpose"].(string)
			if val == "" {
				val, _ = v["label"].(string)
			}
			add(purpose, val)
		default:
			return "", "", interop.Invalid("%s has a body that is neither text nor an object.", w)
		}
	}
	if tags, ok := m["tags"]; ok { // Hypothesis
		list, ok := tags.([]any)
		if !ok {
			return "", "", interop.Invalid(`%s: "tags" must be a list of strings.`, w)
		}
		for _, t := range list {
			s, ok := t.(string)
			if !ok {
				return "", "", interop.Invalid(`%s: "tags" must be a list of strings.`, w)
			}
			add("tagging", s)
		}
	}
	if t, err := str(m, "text", w); err != nil {
		return "", "", err
	} else if t != "" {
		add("commenting", t)
	}
	var label annotation.Label
	var rest []string
	for _, l := range labels {
		if got, _, ok := interop.Label(l); ok && label == "" {
			label = got
		} else if l != "" {
			rest = append(rest, l)
		}
	}
	if label == "" {
		if len(rest) > 0 {
			return "", "", interop.UnknownLabel(w, rest[0])
		}
		return "", "", interop.Invalid("%s has no label (a tagging body such as {\"purpose\": \"tagging\", \"value\": \"LOC\"}).", w)
	}
	return label, strings.Join(append(notes, rest...), "\n"), nil
}

func extraOf(w string, x any) (extra, error) {
	var e extra
	if x == nil {
		return e, nil
	}
	m, ok := x.(map[string]any)
	if !ok {
		return e, interop.Invalid(`%s: "hashiya" must be an object.`, w)
	}
	fields := []struct {
		key string
		to  *string
	}{{"value", &e.Value}, {"type", &e.Type}, {"calendar", &e.Calendar}, {"hijri", &e.Hijri}, {"entity", &e.Entity}, {"link", &e.Link}}
	for _, f := range fields {
		v, err := str(m, f.key, w)
		if err != nil {
			return e, err
		}
		*f.to = v
	}
	st, err := str(m, "status", w)
	if err != nil {
		return e, err
	}
	so, err := str(m, "source", w)
	if err != nil {
		return e, err
	}
	e.Status, e.Source = annotation.Status(st), annotation.Source(so)
	if e.Link != "" {
		e.Link = strings.TrimPrefix(e.Link, IDPrefix)
	}
	return e, nil
}

// str returns the string field key of m, "" when absent, or an error when
// it is not a string.
func str(m map[string]any, key, w string) (string, error) {
	v, ok := m[key]
	if !ok || v == nil {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", interop.Invalid("%s: the field %q must be a string, not %s.", w, key, interop.Kind(v))
	}
	return s, nil
}

// offset returns the non-negative whole number field key of a selector.
func offset(m map[string]any, key, w string) (int, error) {
	v, ok := m[key]
	if !ok {
		return 0, interop.Invalid("%s has a TextPositionSelector without %q.", w, key)
	}
	n, ok := v.(json.Number)
	if !ok {
		return 0, interop.Invalid("%s: the TextPositionSelector's %q must be a whole number, not %s.", w, key, interop.Kind(v))
	}
	i, err := n.Int64()
	switch {
	case err != nil:
		return 0, interop.Invalid("%s: the TextPositionSelector's %q is %s, not a whole number.", w, key, interop.Clip(n.String()))
	case i < 0:
		return 0, interop.Invalid("%s: the TextPositionSelector's %q is negative (%d).", w, key, i)
	case i > maxOffset:
		return 0, interop.Invalid("%s: the TextPositionSelector's %q (%d) is far beyond any text.", w, key, i)
	}
	return int(i), nil
}

func jsonErr(data []byte, err error) error {
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &annotation.Error{Code: annotation.EINVALID, Message: "The file ends too early: it is probably truncated.", Err: err}
	case errors.As(err, &syn):
		return &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("The file is not valid JSON (%s, at %s).", syn.Error(), interop.Pos(data, int(syn.Offset))), Err: err}
	}
	return &annotation.Error{Code: annotation.EINVALID, Message: "The file could not be read as JSON: " + err.Error() + ".", Err: err}
}
