// Package doccano reads and writes doccano's JSONL format for sequence
// labelling (doccano, "Export/Import data" in its documentation,
// https://doccano.github.io/doccano/): one JSON object per line,
//
//	{"text": "وصل الوفد إلى القاهرة", "label": [[14, 21, "LOC"]]}
//
// with [start, end, label] spans, half-open. doccano's server is written in
// Python and counts offsets in Unicode code points, as Hashiya does; the
// file has no quotes to check another unit by, so offsets are read as code
// points, and a text with characters outside the Basic Multilingual Plane
// (emoji), where a tool counting UTF-16 would differ, gets a warning. The
// newer "entities" form ({"start_offset", "end_offset", "label"}) is read
// too, and other fields are ignored.
package doccano

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
)

type line struct {
	Text  string   `json:"text"`
	Label [][3]any `json:"label"`
}

// Encode returns one JSONL line for doc and anns (rejected annotations left
// out), ending in a newline. It validates as hashiyajson.Encode does.
func Encode(doc annotation.Document, anns []annotation.Annotation) ([]byte, error) {
	native, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		return nil, err
	}
	f, err := hashiyajson.Decode(native)
	if err != nil {
		return nil, err
	}
	l := line{Text: doc.Text, Label: [][3]any{}}
	for _, a := range f.Annotations {
		if a.Status != annotation.Rejected {
			l.Label = append(l.Label, [3]any{a.Start, a.End, string(a.Label)})
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return nil, &annotation.Error{Code: annotation.EINTERNAL, Message: "The doccano export could not be written.", Err: err}
	}
	return buf.Bytes(), nil
}

// Decode reads a JSONL file: one Result per non-blank line, each a new
// document titled title (with " #n" from the second line on). Errors are
// EINVALID and name the line (from 1) and span (from 1).
func Decode(title string, data []byte) ([]interop.Result, error) {
	if err := interop.CheckSize("The file", data); err != nil {
		return nil, err
	}
	s, _, guessed, err := interop.DecodeText("The file", data, "")
	if err != nil {
		return nil, err
	}
	if guessed {
		return nil, interop.Invalid("The doccano file is not UTF-8 text; save it as UTF-8.")
	}
	var out []interop.Result
	for n, raw := range strings.Split(s, "\n") {
		if strings.TrimSpace(raw) == "" {
			continue
		}
		w := "Line " + itoa(n+1)
		var m map[string]any
		if err := interop.DecodeJSON(w, []byte(raw), &m); err != nil {
			return nil, err
		}
		if m == nil {
			return nil, interop.Invalid("%s is not a JSON object.", w)
		}
		textV, ok := m["text"].(string)
		if !ok {
			return nil, interop.Invalid("%s has no \"text\" string.", w)
		}
		t := title
		if len(out) > 0 {
			t += " #" + itoa(len(out)+1)
		}
		doc := annotation.NewDocument(t, textV)
		res := interop.Result{Format: "doccano", Document: doc, Unit: "code points"}
		text := []rune(textV)
		type span struct {
			s, e  int
			label any
		}
		var spans []span
		if v, ok := m["label"]; ok && v != nil {
			list, ok := v.([]any)
			if !ok {
				return nil, interop.Invalid("%s: \"label\" must be a list of [start, end, label].", w)
			}
			for i, x := range list {
				ws := w + ", span " + itoa(i+1)
				tr, ok := x.([]any)
				if !ok || len(tr) != 3 {
					return nil, interop.Invalid("%s is not [start, end, label].", ws)
				}
				st, err := interop.Int(tr[0], ws, "start")
				if err != nil {
					return nil, err
				}
				en, err := interop.Int(tr[1], ws, "end")
				if err != nil {
					return nil, err
				}
				spans = append(spans, span{st, en, tr[2]})
			}
		}
		if v, ok := m["entities"]; ok && v != nil {
			list, ok := v.([]any)
			if !ok {
				return nil, interop.Invalid("%s: \"entities\" must be a list.", w)
			}
			for i, x := range list {
				ws := w + ", entity " + itoa(i+1)
				o, ok := x.(map[string]any)
				if !ok {
					return nil, interop.Invalid("%s is not an object.", ws)
				}
				st, err := interop.Int(o["start_offset"], ws, "start_offset")
				if err != nil {
					return nil, err
				}
				en, err := interop.Int(o["end_offset"], ws, "end_offset")
				if err != nil {
					return nil, err
				}
				spans = append(spans, span{st, en, o["label"]})
			}
		}
		for i, sp := range spans {
			ws := w + ", span " + itoa(i+1)
			name, ok := sp.label.(string)
			if !ok {
				return nil, interop.Invalid("%s: the label must be a string, not %s.", ws, interop.Kind(sp.label))
			}
			l, _, ok := interop.Label(name)
			if !ok {
				return nil, interop.UnknownLabel(ws, name)
			}
			a, err := interop.New(ws, text, sp.s, sp.e, l)
			if err != nil {
				return nil, err
			}
			res.Annotations = append(res.Annotations, a)
		}
		if astral(text) && len(spans) > 0 {
			res.Warnf("%s: offsets were read as Unicode code points (as doccano counts them); the text has emoji or other characters that a tool counting UTF-16 code units would count twice.", w)
		}
		out = append(out, res)
	}
	if len(out) == 0 {
		return nil, interop.Invalid("The doccano file has no lines.")
	}
	return out, nil
}

func astral(text []rune) bool {
	for _, r := range text {
		if r > 0xFFFF {
			return true
		}
	}
	return false
}

func itoa(n int) string { return strconv.Itoa(n) }
