package w3c

import (
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop"
)

// Links (annotation.Link) are annotations whose target is the two
// annotations they relate (the model lets an annotation target other
// annotations by their IRIs, §3.1; "linking" is its motivation for this,
// §3.3.5), with the link type as a classifying body:
//
//	{
//	  "id": "urn:hashiya:link:l1",
//	  "type": "Annotation",
//	  "motivation": "linking",
//	  "body": [{"type": "TextualBody", "purpose": "classifying", "value": "date-of"}],
//	  "target": ["urn:hashiya:annotation:<from>", "urn:hashiya:annotation:<to>"],
//	  "hashiya": {"from": "urn:hashiya:annotation:<from>", "to": "urn:hashiya:annotation:<to>"}
//	}
//
// The model's targets are a set, so the direction is stated in "hashiya"
// (from, to); without it the first target is From. A link's note is a
// describing body. On import a link whose ends are not annotations of the
// file (or were left as orphans), or whose type is not usable, is skipped
// with a warning.

// LinkPrefix prefixes Hashiya link ids to make IRIs.
const LinkPrefix = "urn:hashiya:link:"

type linkExtra struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type linkItem struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Motivation string    `json:"motivation"`
	Body       []body    `json:"body"`
	Target     []string  `json:"target"`
	Hashiya    linkExtra `json:"hashiya"`
}

func linkItemOf(l annotation.Link) linkItem {
	from, to := IDPrefix+l.From, IDPrefix+l.To
	it := linkItem{ID: LinkPrefix + l.ID, Type: "Annotation", Motivation: "linking",
		Body:    []body{{Type: "TextualBody", Purpose: "classifying", Value: string(l.Type)}},
		Target:  []string{from, to},
		Hashiya: linkExtra{From: from, To: to}}
	if l.Note != "" {
		it.Body = append(it.Body, body{Type: "TextualBody", Purpose: "describing", Value: l.Note})
	}
	return it
}

// isLinkItem reports whether raw is a link: its motivation is linking, or
// its target is a list of two IRIs (strings, or objects with an id and no
// selector): the annotations it relates.
func isLinkItem(raw any) bool {
	m, ok := raw.(map[string]any)
	if !ok {
		return false
	}
	if m["motivation"] == "linking" {
		return true
	}
	ts, ok := m["target"].([]any)
	if !ok || len(ts) != 2 {
		return false
	}
	for _, t := range ts {
		switch v := t.(type) {
		case string:
		case map[string]any:
			if _, ok := v["id"].(string); !ok || v["selector"] != nil {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// linkOf reads a link item (the i-th item of the file).
func linkOf(i int, raw any) interop.RawLink {
	m := raw.(map[string]any)
	id, _ := m["id"].(string)
	r := interop.RawLink{Where: fmt.Sprintf("Annotation #%d (a link)", i+1), ID: strings.TrimPrefix(id, LinkPrefix)}
	var ends []string
	switch t := m["target"].(type) {
	case []any:
		for _, e := range t {
			switch v := e.(type) {
			case string:
				ends = append(ends, v)
			case map[string]any:
				if s, ok := v["id"].(string); ok {
					ends = append(ends, s)
				} else if s, ok := v["source"].(string); ok {
					ends = append(ends, s)
				}
			}
		}
	}
	if len(ends) == 2 {
		r.From, r.To = ends[0], ends[1]
	}
	if h, ok := m["hashiya"].(map[string]any); ok {
		if f, ok := h["from"].(string); ok {
			r.From = f
		}
		if t, ok := h["to"].(string); ok {
			r.To = t
		}
	}
	r.From, r.To = strings.TrimPrefix(r.From, IDPrefix), strings.TrimPrefix(r.To, IDPrefix)
	var bodies []any
	switch b := m["body"].(type) {
	case []any:
		bodies = b
	case map[string]any:
		bodies = []any{b}
	case string:
		r.Type = b
	}
	for _, b := range bodies {
		o, ok := b.(map[string]any)
		if !ok {
			continue
		}
		v, _ := o["value"].(string)
		switch o["purpose"] {
		case "describing", "commenting":
			r.Note = v
		default:
			if r.Type == "" {
				r.Type = v
			}
		}
	}
	return r
}
