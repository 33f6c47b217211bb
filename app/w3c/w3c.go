// Package w3c reads and writes annotations in the W3C Web Annotation Data
// Model (W3C Recommendation, 23 February 2017,
// https://www.w3.org/TR/annotation-model/), serialized as JSON-LD with the
// context http://www.w3.org/ns/anno.jsonld (Web Annotation Vocabulary).
//
// # Export
//
// Encode writes one AnnotationCollection whose first AnnotationPage holds
// every annotation:
//
//	{
//	  "@context": "http://www.w3.org/ns/anno.jsonld",
//	  "type": "AnnotationCollection",
//	  "label": "<document title>",
//	  "hashiya:offsets": "unicode-code-points",
//	  "total": 1,
//	  "first": {"type": "AnnotationPage", "items": [{
//	    "id": "urn:hashiya:annotation:9f1c…",
//	    "type": "Annotation",
//	    "motivation": "tagging",
//	    "body": [
//	      {"type": "TextualBody", "purpose": "tagging", "value": "LOC"},
//	      {"type": "TextualBody", "purpose": "describing", "value": "<note>"}
//	    ],
//	    "target": {
//	      "source": "urn:sha256:<hex SHA-256 of the UTF-8 text>",
//	      "selector": [
//	        {"type": "TextQuoteSelector", "exact": "عمّان", "prefix": "…", "suffix": "…"},
//	        {"type": "TextPositionSelector", "start": 30, "end": 35}
//	      ]
//	    },
//	    "hashiya:offsets": "unicode-code-points",
//	    "hashiya": {"status": "accepted", "source": "manual", "value": "…", …}
//	  }]}
//	}
//
// TextPositionSelector start and end count Unicode code points of the exact
// document text, half-open (§4.2.4 of the model counts "characters"; the
// unit is stated as "hashiya:offsets" on the collection and on each
// annotation, since Hypothesis and Recogito count UTF-16 code units
// instead). The TextQuoteSelector has annotation.ContextLen code points of
// prefix and suffix (§4.2.3). The "hashiya" object keeps the fields the
// model has no term for (status, source, TIMEX3 value and type, calendar,
// Hijri value, entity group, link), so a Hashiya → W3C → Hashiya round trip
// loses nothing; other tools ignore it.
//
// # Import
//
// Decode reads a single Annotation, a JSON array of them, an
// AnnotationPage ("items"), an AnnotationCollection ("first" page, inline),
// and Hypothesis's API shape ({"rows": […]}, with "tags" as labels and
// "text" as note). The label is the first "tagging", "classifying" or
// "identifying" body (or tag) whose value is a Hashiya label or alias
// (interop.Label; Recogito's PLACE is LOC); "describing"/"commenting" bodies
// are the note. Positions are read in code points when the file states it
// (Hashiya's own export); otherwise each annotation's position is checked
// against its quote, first as code points, then as UTF-16 code units (how
// Hypothesis and Recogito count), and a conversion is reported in the
// warnings (case C8). When the position does not fit, the quote and its
// context place the annotation (app/anchor); when the target's source names
// the open document's text (urn:sha256) and nothing fits, the import fails
// naming the annotation; for another text, such annotations become
// orphans.
package w3c

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// Context is the JSON-LD context of the Web Annotation Data Model.
const Context = "http://www.w3.org/ns/anno.jsonld"

// Offsets is the value of "hashiya:offsets": the unit of this package's
// TextPositionSelectors.
const Offsets = "unicode-code-points"

// IDPrefix prefixes Hashiya annotation ids to make IRIs.
const IDPrefix = "urn:hashiya:annotation:"

// Source returns the IRI of a document text: urn:sha256: and the lowercase
// hex SHA-256 of its UTF-8 bytes.
func Source(doc annotation.Document) string { return "urn:sha256:" + doc.SHA256 }

type body struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
}

type selector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

type target struct {
	Source   string     `json:"source"`
	Selector []selector `json:"selector"`
}

type extra struct {
	Status   annotation.Status `json:"status"`
	Source   annotation.Source `json:"source"`
	Value    string            `json:"value,omitempty"`
	Type     string            `json:"type,omitempty"`
	Calendar string            `json:"calendar,omitempty"`
	Hijri    string            `json:"hijri,omitempty"`
	Entity   string            `json:"entity,omitempty"`
	Link     string            `json:"link,omitempty"`
}

type item struct {
	ID         string `json:"id"`
	Type       string `json:"type"`
	Motivation string `json:"motivation"`
	Body       []body `json:"body"`
	Target     target `json:"target"`
	Offsets    string `json:"hashiya:offsets"`
	Hashiya    extra  `json:"hashiya"`
}

type page struct {
	Type  string `json:"type"`
	Items []any  `json:"items"` // item, then linkItem (links.go)
}

type collection struct {
	Context string `json:"@context"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Offsets string `json:"hashiya:offsets"`
	Total   int    `json:"total"`
	First   page   `json:"first"`
}

// Encode returns the W3C Web Annotation export of doc and anns (see the
// package documentation): indented JSON-LD, annotations sorted as by
// hashiyajson.Sort, offsets in code points. It validates as
// hashiyajson.Encode does and returns its EINVALID errors.
func Encode(doc annotation.Document, anns []annotation.Annotation) ([]byte, error) {
	return EncodeLinks(doc, anns, nil)
}

// EncodeLinks is Encode with the typed links between the annotations, as
// linking annotations after them (links.go), sorted by
// annotation.SortLinks; it validates the links as hashiyajson.EncodeFile
// does.
func EncodeLinks(doc annotation.Document, anns []annotation.Annotation, links []annotation.Link) ([]byte, error) {
	if err := annotation.ValidateLinks(anns, links); err != nil {
		return nil, err
	}
	native, err := hashiyajson.Encode(doc, anns) // validates and sorts
	if err != nil {
		return nil, err
	}
	f, err := hashiyajson.Decode(native)
	if err != nil {
		return nil, err
	}
	c := collection{Context: Context, Type: "AnnotationCollection", Label: doc.Title, Offsets: Offsets, Total: len(f.Annotations), First: page{Type: "AnnotationPage", Items: []any{}}}
	for _, a := range f.Annotations {
		start, end := a.Start, a.End
		it := item{
			ID: IDPrefix + a.ID, Type: "Annotation", Motivation: "tagging",
			Body: []body{{Type: "TextualBody", Purpose: "tagging", Value: string(a.Label)}},
			Target: target{Source: Source(doc), Selector: []selector{
				{Type: "TextQuoteSelector", Exact: a.Quote, Prefix: a.Prefix, Suffix: a.Suffix},
				{Type: "TextPositionSelector", Start: &start, End: &end},
			}},
			Offsets: Offsets,
			Hashiya: extra{Status: a.Status, Source: a.Source, Value: a.Value, Type: a.Type, Calendar: a.Calendar, Hijri: a.Hijri, Entity: a.Entity, Link: a.Link},
		}
		if a.Note != "" {
			it.Body = append(it.Body, body{Type: "TextualBody", Purpose: "describing", Value: a.Note})
		}
		c.First.Items = append(c.First.Items, it)
	}
	sorted := append([]annotation.Link(nil), links...)
	annotation.SortLinks(sorted)
	for _, l := range sorted {
		c.First.Items = append(c.First.Items, linkItemOf(l))
	}
	c.Total = len(c.First.Items)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, &annotation.Error{Code: annotation.EINTERNAL, Message: "The W3C export could not be written.", Err: err}
	}
	return buf.Bytes(), nil
}

// Sniff reports whether data looks like a W3C Web Annotation or Hypothesis
// file: JSON mentioning the anno.jsonld context, a TextQuoteSelector or
// TextPositionSelector.
func Sniff(data []byte) bool {
	head := data[:min(len(data), 1<<16)]
	if len(bytes.TrimSpace(head)) == 0 || !bytes.ContainsAny(bytes.TrimSpace(head)[:1], "{[") {
		return false
	}
	for _, s := range []string{"anno.jsonld", "TextQuoteSelector", "TextPositionSelector", `"AnnotationCollection"`, `"AnnotationPage"`} {
		if bytes.Contains(data, []byte(s)) {
			return true
		}
	}
	return false
}

func what(i int, id string) string {
	if id == "" {
		return fmt.Sprintf("Annotation #%d", i+1)
	}
	return fmt.Sprintf("Annotation #%d (%q)", i+1, strings.TrimPrefix(clip(id), IDPrefix))
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
