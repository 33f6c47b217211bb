package hashiyajson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// BundleFormat is the "format" of a library bundle.
const BundleFormat = "hashiya-library"

// LabelDef is one label of a label set as the label editor shows it: its
// name (the annotation label), a colour ("#rrggbb", "" for the default), a
// hotkey (one character, "" for none) and whether it is hidden.
type LabelDef struct {
	Name   string `json:"name"`
	Colour string `json:"colour,omitempty"`
	Hotkey string `json:"hotkey,omitempty"`
	Hidden bool   `json:"hidden,omitempty"`
}

// LabelSet is a named list of labels.
type LabelSet struct {
	Name   string     `json:"name"`
	Labels []LabelDef `json:"labels"`
}

// DefaultLabelSet returns the label set of annotation.Labels (PER, LOC,
// ORG, MISC, DATE, TIME, DURATION, SET) with hotkeys 1–8 and no colours.
func DefaultLabelSet() LabelSet {
	s := LabelSet{Name: "default"}
	for i, l := range annotation.Labels {
		s.Labels = append(s.Labels, LabelDef{Name: string(l), Hotkey: fmt.Sprint(i + 1)})
	}
	return s
}

// Bundle is a whole library: every document with its annotations,
// tombstones and DCT, and the label sets.
//
// Its JSON form is
//
//	{"format": "hashiya-library", "version": 1, "offsets": "unicode-code-points",
//	 "labelSets": [{"name": "default", "labels": [{"name": "PER", "colour": "#1f77b4", "hotkey": "1"}, …]}],
//	 "documents": [ <a native export, as Encode writes it>, … ]}
//
// so that each document entry is itself a valid native file.
type Bundle struct {
	LabelSets []LabelSet `json:"labelSets"`
	Documents []File     `json:"documents"`
}

type bundleJSON struct {
	Format    string            `json:"format"`
	Version   int               `json:"version"`
	Offsets   string            `json:"offsets"`
	LabelSets []LabelSet        `json:"labelSets"`
	Documents []json.RawMessage `json:"documents"`
}

// IsBundle reports whether data starts like a library bundle.
func IsBundle(data []byte) bool {
	head := data[:min(len(data), 4096)]
	return bytes.Contains(head, []byte(`"`+BundleFormat+`"`))
}

var colour = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

func checkLabelSets(sets []LabelSet) error {
	names := map[string]bool{}
	for i, s := range sets {
		what := fmt.Sprintf("Label set #%d (%q)", i+1, clip(s.Name))
		if s.Name == "" || utf8.RuneCountInString(s.Name) > 64 {
			return invalid("Label set #%d has no name or a name longer than 64 characters.", i+1)
		}
		if names[s.Name] {
			return invalid("%s: the name is used by another label set.", what)
		}
		names[s.Name] = true
		labels := map[string]bool{}
		for j, l := range s.Labels {
			switch {
			case l.Name == "" || utf8.RuneCountInString(l.Name) > 64:
				return invalid("%s, label #%d has no name or a name longer than 64 characters.", what, j+1)
			case labels[l.Name]:
				return invalid("%s has the label %q twice.", what, clip(l.Name))
			case l.Colour != "" && !colour.MatchString(l.Colour):
				return invalid("%s, label %q: the colour %q is not #rrggbb.", what, clip(l.Name), clip(l.Colour))
			case utf8.RuneCountInString(l.Hotkey) > 1:
				return invalid("%s, label %q: the hotkey %q is more than one character.", what, clip(l.Name), clip(l.Hotkey))
			}
			labels[l.Name] = true
		}
	}
	return nil
}

// EncodeBundle writes b (label sets, then documents in the order given,
// each as Encode writes it). Errors name the document (#position from 1).
func EncodeBundle(b Bundle) ([]byte, error) {
	if err := checkLabelSets(b.LabelSets); err != nil {
		return nil, err
	}
	out := bundleJSON{Format: BundleFormat, Version: Version, Offsets: Offsets, LabelSets: b.LabelSets, Documents: []json.RawMessage{}}
	if out.LabelSets == nil {
		out.LabelSets = []LabelSet{}
	}
	seen := map[string]int{}
	for i := range b.Documents {
		d := &b.Documents[i]
		if j, ok := seen[d.Document.SHA256]; ok {
			return nil, invalid("Documents #%d and #%d have the same text; a library keeps each text once.", j+1, i+1)
		}
		seen[d.Document.SHA256] = i
		data, err := EncodeFile(d)
		if err != nil {
			return nil, invalid("Document #%d (“\u2068%s\u2069”): %s", i+1, clip(d.Document.Title), annotation.ErrorMessage(err))
		}
		out.Documents = append(out.Documents, json.RawMessage(data))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, &annotation.Error{Code: annotation.EINTERNAL, Message: "The library could not be written.", Err: err}
	}
	return buf.Bytes(), nil
}

// DecodeBundle reads a library bundle, checking every document as Decode
// does and the label sets (unique names; colours #rrggbb; one-character
// hotkeys). Errors are *annotation.Error naming the document or label set.
func DecodeBundle(data []byte) (*Bundle, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, invalid("The library file is not UTF-8 text.")
	}
	var b bundleJSON
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, jsonError("The library file", err)
	}
	switch {
	case b.Format != BundleFormat:
		return nil, invalid(`This is not a Hashiya library: it lacks "format": "hashiya-library".`)
	case b.Version > Version:
		return nil, annotation.Errorf(annotation.EVERSION, "This library was exported by a newer version of Hashiya (format version %d; this version reads %d). Update Hashiya to import it.", b.Version, Version)
	case b.Version < 1:
		return nil, invalid("The library file has no valid format version.")
	case b.Offsets != Offsets:
		return nil, invalid(`The library does not count offsets in Unicode code points ("offsets" is %q).`, clip(b.Offsets))
	}
	if err := checkLabelSets(b.LabelSets); err != nil {
		return nil, err
	}
	out := &Bundle{LabelSets: b.LabelSets}
	seen := map[string]int{}
	for i, raw := range b.Documents {
		f, err := Decode(raw)
		if err != nil {
			return nil, &annotation.Error{Code: annotation.ErrorCode(err), Message: fmt.Sprintf("Document #%d: %s", i+1, annotation.ErrorMessage(err)), Err: err}
		}
		if j, ok := seen[f.Document.SHA256]; ok {
			return nil, invalid("Documents #%d and #%d have the same text; a library keeps each text once.", j+1, i+1)
		}
		seen[f.Document.SHA256] = i
		out.Documents = append(out.Documents, *f)
	}
	return out, nil
}
