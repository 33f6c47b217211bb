// Package labelstudio reads and writes Label Studio's JSON tasks for named
// entity labelling (Label Studio, "Export annotations and data" and
// "Named Entity Recognition" template, https://labelstud.io/guide/export):
// a list of tasks,
//
//	[{"data": {"text": "…"},
//	  "annotations": [{"result": [{"id": "…", "from_name": "label", "to_name": "text",
//	    "type": "labels", "value": {"start": 14, "end": 21, "text": "القاهرة", "labels": ["LOC"]}}]}],
//	  "predictions": [ … the same shape: machine suggestions … ]}]
//
// Encode writes offsets in Unicode code points, half-open, with the span
// text in "value.text". Decode checks each result's offsets against its
// "text": read as code points, or else as UTF-16 code units (JavaScript
// string indices, as a browser-made file may count), converted and
// reported. Results of "annotations" become accepted manual annotations,
// those of "predictions" unreviewed suggestions. A task's text is its
// data.text, or the data field the results' to_name names.
package labelstudio

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/interop"
)

type value struct {
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Labels []string `json:"labels"`
}

type result struct {
	ID       string `json:"id"`
	FromName string `json:"from_name"`
	ToName   string `json:"to_name"`
	Type     string `json:"type"`
	Value    value  `json:"value"`
}

type completion struct {
	Result []result `json:"result"`
}

type task struct {
	Data        map[string]string `json:"data"`
	Annotations []completion      `json:"annotations"`
	Predictions []completion      `json:"predictions"`
}

// Encode returns a one-task Label Studio file for doc and anns: accepted
// and manual annotations under "annotations", unreviewed recognizer
// suggestions under "predictions", rejected ones left out. It validates as
// hashiyajson.Encode does.
func Encode(doc annotation.Document, anns []annotation.Annotation) ([]byte, error) {
	native, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		return nil, err
	}
	f, err := hashiyajson.Decode(native)
	if err != nil {
		return nil, err
	}
	t := task{Data: map[string]string{"text": doc.Text, "title": doc.Title}, Annotations: []completion{{Result: []result{}}}}
	var pred []result
	for _, a := range f.Annotations {
		r := result{ID: a.ID, FromName: "label", ToName: "text", Type: "labels", Value: value{Start: a.Start, End: a.End, Text: a.Quote, Labels: []string{string(a.Label)}}}
		switch {
		case a.Status == annotation.Rejected:
		case a.Source == annotation.Auto && a.Status == annotation.Suggested:
			pred = append(pred, r)
		default:
			t.Annotations[0].Result = append(t.Annotations[0].Result, r)
		}
	}
	if len(pred) > 0 {
		t.Predictions = []completion{{Result: pred}}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode([]task{t}); err != nil {
		return nil, &annotation.Error{Code: annotation.EINTERNAL, Message: "The Label Studio export could not be written.", Err: err}
	}
	return buf.Bytes(), nil
}

// Decode reads a Label Studio JSON export (a list of tasks, or one task):
// one Result per task, each a new document titled data.title or title
// (" #n" added from the second task on). Errors are EINVALID and name the
// task and result (from 1).
func Decode(title string, data []byte) ([]interop.Result, error) {
	if err := interop.CheckSize("The file", data); err != nil {
		return nil, err
	}
	var top any
	if err := interop.DecodeJSON("The file", bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &top); err != nil {
		return nil, err
	}
	var tasks []any
	switch v := top.(type) {
	case []any:
		tasks = v
	case map[string]any:
		tasks = []any{v}
	default:
		return nil, interop.Invalid("This is not a Label Studio export: expected a list of tasks.")
	}
	if len(tasks) == 0 {
		return nil, interop.Invalid("The Label Studio file has no tasks.")
	}
	var out []interop.Result
	for i, tv := range tasks {
		w := "Task " + strconv.Itoa(i+1)
		t, ok := tv.(map[string]any)
		if !ok {
			return nil, interop.Invalid("%s is not a JSON object.", w)
		}
		d, ok := t["data"].(map[string]any)
		if !ok {
			return nil, interop.Invalid("%s has no \"data\" object with its text.", w)
		}
		comps := map[string][]any{}
		toName := ""
		for _, key := range []string{"annotations", "predictions", "completions"} {
			v, ok := t[key]
			if !ok || v == nil {
				continue
			}
			list, ok := v.([]any)
			if !ok {
				return nil, interop.Invalid("%s: %q must be a list.", w, key)
			}
			for j, c := range list {
				cm, ok := c.(map[string]any)
				if !ok {
					return nil, interop.Invalid("%s, %s #%d is not an object.", w, key, j+1)
				}
				rs, ok := cm["result"].([]any)
				if !ok && cm["result"] != nil {
					return nil, interop.Invalid("%s, %s #%d: \"result\" must be a list.", w, key, j+1)
				}
				comps[key] = append(comps[key], rs...)
				for _, r := range rs {
					if rm, ok := r.(map[string]any); ok && toName == "" {
						toName, _ = rm["to_name"].(string)
					}
				}
			}
		}
		textKey := "text"
		if _, ok := d["text"]; !ok && toName != "" {
			textKey = toName
		}
		textV, ok := d[textKey].(string)
		if !ok {
			return nil, interop.Invalid("%s has no text in data.%s.", w, textKey)
		}
		ti := title
		if s, ok := d["title"].(string); ok && s != "" {
			ti = s
		} else if i > 0 {
			ti += " #" + strconv.Itoa(i+1)
		}
		res := interop.Result{Format: "labelstudio", Document: annotation.NewDocument(ti, textV), Unit: "code points"}
		p := &interop.Placer{Text: []rune(textV)}
		n := 0
		for _, key := range []string{"annotations", "completions", "predictions"} {
			for _, r := range comps[key] {
				n++
				wr := w + ", result " + strconv.Itoa(n)
				a, skip, err := read(wr, r, p)
				if err != nil {
					return nil, err
				}
				if skip {
					continue
				}
				if key == "predictions" {
					a.Source, a.Status = annotation.Auto, annotation.Suggested
				}
				res.Annotations = append(res.Annotations, a)
			}
		}
		res.Annotations = interop.UniqueIDs(res.Annotations, &res)
		if p.UTF16 > 0 {
			res.Unit = "UTF-16 code units"
			res.Warnf("%s: %s", w, interop.UTF16Warning(p.UTF16))
		}
		out = append(out, res)
	}
	return out, nil
}

// read returns the annotation of one result; skip is true for a result
// that is not a span label (e.g. a choice or a relation).
func read(w string, r any, p *interop.Placer) (annotation.Annotation, bool, error) {
	m, ok := r.(map[string]any)
	if !ok {
		return annotation.Annotation{}, false, interop.Invalid("%s is not an object.", w)
	}
	typ, err := interop.String(m, "type", w)
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	if typ != "" && typ != "labels" && typ != "hypertextlabels" {
		return annotation.Annotation{}, true, nil
	}
	v, ok := m["value"].(map[string]any)
	if !ok {
		return annotation.Annotation{}, false, interop.Invalid("%s has no \"value\" object.", w)
	}
	start, err := interop.Int(v["start"], w, "value.start")
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	end, err := interop.Int(v["end"], w, "value.end")
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	quote, err := interop.String(v, "text", w)
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	labels, ok := v["labels"].([]any)
	if !ok || len(labels) == 0 {
		return annotation.Annotation{}, false, interop.Invalid("%s has no value.labels.", w)
	}
	name, ok := labels[0].(string)
	if !ok {
		return annotation.Annotation{}, false, interop.Invalid("%s: value.labels must hold strings.", w)
	}
	l, _, ok := interop.Label(name)
	if !ok {
		return annotation.Annotation{}, false, interop.UnknownLabel(w, name)
	}
	s, e, ok := p.Place(start, end, quote)
	if !ok {
		return annotation.Annotation{}, false, interop.Invalid("%s: the span [%d,%d) does not hold its text %q, whether counted in code points or UTF-16 code units.", w, start, end, interop.Clip(quote))
	}
	a, err := interop.New(w, p.Text, s, e, l)
	if err != nil {
		return annotation.Annotation{}, false, err
	}
	if id, _ := m["id"].(string); id != "" {
		a.ID = id
	}
	return a, false, nil
}
