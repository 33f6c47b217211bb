// Package labelset is the set of labels a library annotates with: for each
// label its code (the annotation.Label stored in annotations and exports),
// a display name, a colour, a hotkey and whether it is hidden. The default
// set is PER, LOC, ORG, MISC (CoNLL/ANERcorp entity classes) and DATE,
// TIME, DURATION, SET (TIMEX3 types), with hotkeys 1–8.
//
// A Set is plain JSON ({"labels":[{"code":"PER","name":"شخص","colour":
// "#f9b76f","key":"1"},…]}), so that exports can carry it as is.
package labelset

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
)

// Label is one label of a set.
type Label struct {
	// Code is the label as stored and exported (annotation.Label; its
	// Valid gives the rule: 1–32 characters in any script, no spaces,
	// control characters or markup), unique in the set.
	Code annotation.Label `json:"code"`
	// Name is the display name (any script), 1–40 characters.
	Name string `json:"name"`
	// Colour is the highlight colour, #rrggbb.
	Colour string `json:"colour"`
	// Key is the hotkey: one character (a digit 1–9 or a letter other than
	// the reserved A, R, J, K), unique in the set; "" for none.
	Key string `json:"key,omitempty"`
	// Hidden labels are not offered for labelling and their highlights are
	// not drawn; their annotations are kept and exported.
	Hidden bool `json:"hidden,omitempty"`
}

// Set is an ordered set of labels.
type Set struct {
	Labels []Label `json:"labels"`
}

// Default returns the default set (a new copy each time).
func Default() Set {
	return Set{Labels: []Label{
		{Code: annotation.PER, Name: "شخص", Colour: "#f9b76f", Key: "1"},
		{Code: annotation.LOC, Name: "مكان", Colour: "#8fd694", Key: "2"},
		{Code: annotation.ORG, Name: "منظمة", Colour: "#86b6f6", Key: "3"},
		{Code: annotation.MISC, Name: "أخرى", Colour: "#c9a4f4", Key: "4"},
		{Code: annotation.DATE, Name: "تاريخ", Colour: "#f2e35b", Key: "5"},
		{Code: annotation.TIME, Name: "وقت", Colour: "#f59bd0", Key: "6"},
		{Code: annotation.DURATION, Name: "مدة", Colour: "#6fd6df", Key: "7"},
		{Code: annotation.SET, Name: "تكرار", Colour: "#c4b59a", Key: "8"},
	}}
}

var (
	colourRE = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
)

// reservedKeys are the review keys, never a label's hotkey.
const reservedKeys = "ARJK"

// Validate checks every label (see Label's fields) and that codes and keys
// are unique. Errors are annotation.EINVALID and name the label.
func (s Set) Validate() error {
	codes, keys := map[annotation.Label]bool{}, map[string]bool{}
	for i, l := range s.Labels {
		if err := l.validate(); err != nil {
			return err
		}
		if codes[l.Code] {
			return annotation.Errorf(annotation.EINVALID, "The label code %s is used twice (label %d).", l.Code, i+1)
		}
		codes[l.Code] = true
		if k := strings.ToUpper(l.Key); k != "" {
			if keys[k] {
				return annotation.Errorf(annotation.EINVALID, "The key %q is given to two labels (the second is %s).", l.Key, l.Code)
			}
			keys[k] = true
		}
	}
	return nil
}

func (l Label) validate() error {
	switch {
	case !l.Code.Valid():
		return annotation.Errorf(annotation.EINVALID, "The label code %q is not valid: %s.", l.Code, annotation.LabelRule)
	case strings.TrimSpace(l.Name) == "" || utf8.RuneCountInString(l.Name) > 40:
		return annotation.Errorf(annotation.EINVALID, "The label %s needs a name of 1 to 40 characters.", l.Code)
	case !colourRE.MatchString(l.Colour):
		return annotation.Errorf(annotation.EINVALID, "The colour %q of %s is not a #rrggbb colour.", l.Colour, l.Code)
	case l.Key != "" && utf8.RuneCountInString(l.Key) != 1:
		return annotation.Errorf(annotation.EINVALID, "The key of %s must be one character.", l.Code)
	case l.Key != "" && strings.ContainsAny(strings.ToUpper(l.Key), reservedKeys):
		return annotation.Errorf(annotation.EINVALID, "The key %q of %s is taken by reviewing (A accept, R reject, J/K next/previous).", l.Key, l.Code)
	case l.Key == "0" || l.Key == "?" || l.Key == "/":
		return annotation.Errorf(annotation.EINVALID, "The key %q of %s is reserved.", l.Key, l.Code)
	}
	return nil
}

// Find returns the index of the label with the given code, or -1.
func (s Set) Find(code annotation.Label) int {
	return slices.IndexFunc(s.Labels, func(l Label) bool { return l.Code == code })
}

// ForKey returns the visible label bound to the key (case-insensitive).
func (s Set) ForKey(key string) (Label, bool) {
	for _, l := range s.Labels {
		if !l.Hidden && l.Key != "" && strings.EqualFold(l.Key, key) {
			return l, true
		}
	}
	return Label{}, false
}

// Put adds l, or replaces the label with its code, and returns the new set
// (s is not changed); the result is validated.
func (s Set) Put(l Label) (Set, error) {
	out := Set{Labels: slices.Clone(s.Labels)}
	if i := out.Find(l.Code); i >= 0 {
		out.Labels[i] = l
	} else {
		out.Labels = append(out.Labels, l)
	}
	if err := out.Validate(); err != nil {
		return s, err
	}
	return out, nil
}

// Visible returns the labels that are not hidden.
func (s Set) Visible() []Label {
	return slices.DeleteFunc(slices.Clone(s.Labels), func(l Label) bool { return l.Hidden })
}

// Parse reads a set from JSON and validates it; a set with no labels is an
// error.
func Parse(data []byte) (Set, error) {
	var s Set
	if err := json.Unmarshal(data, &s); err != nil {
		return Set{}, &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("The label set is not readable JSON: %v.", err), Err: err}
	}
	if len(s.Labels) == 0 {
		return Set{}, annotation.Errorf(annotation.EINVALID, "The label set has no labels.")
	}
	return s, s.Validate()
}

// palette holds colours for labels added without one (AddMissing): light
// tones, distinct from the default set's, dark text stays readable on them
// (colour-blind-safe hues after Paul Tol's "light" scheme).
var palette = []string{"#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#aaaa00", "#dddddd", "#e3c2a0", "#b5a8e0", "#9fd8b4"}

// FreeColour returns a palette colour no label of s uses, or the first one
// when all are taken.
func (s Set) FreeColour() string {
	for _, c := range palette {
		if !slices.ContainsFunc(s.Labels, func(l Label) bool { return strings.EqualFold(l.Colour, c) }) {
			return c
		}
	}
	return palette[len(s.Labels)%len(palette)]
}

// FreeKey returns the first digit 1–9 no label of s uses as its key, or ""
// when all nine are taken.
func (s Set) FreeKey() string {
	for d := '1'; d <= '9'; d++ {
		if !slices.ContainsFunc(s.Labels, func(l Label) bool { return l.Key == string(d) }) {
			return string(d)
		}
	}
	return ""
}

// AddMissing returns s with a label added, at the end, for each valid code
// it does not hold (in the order given, each once): named by its code,
// with a free palette colour and the next free digit key. It is the hook
// for files that bring labels the library does not know yet (imports of
// other tools' files, a colleague's export). added lists the new codes;
// invalid codes are skipped (importers refuse them before).
func (s Set) AddMissing(codes []annotation.Label) (out Set, added []annotation.Label) {
	out = Set{Labels: slices.Clone(s.Labels)}
	for _, c := range codes {
		if !c.Valid() || out.Find(c) >= 0 {
			continue
		}
		out.Labels = append(out.Labels, Label{Code: c, Name: string(c), Colour: out.FreeColour(), Key: out.FreeKey()})
		added = append(added, c)
	}
	return out, added
}

// Missing lists the labels of anns that s does not hold, each once, in the
// order first met.
func (s Set) Missing(anns []annotation.Annotation) []annotation.Label {
	var out []annotation.Label
	seen := map[annotation.Label]bool{}
	for _, l := range s.Labels {
		seen[l.Code] = true
	}
	for _, a := range anns {
		if !seen[a.Label] {
			seen[a.Label] = true
			out = append(out, a.Label)
		}
	}
	return out
}

// Adopt returns s with the labels of from that it lacks (by code) added at
// the end, in from's order, with from's name, colour and hidden flag (a
// file's label set, from a colleague's library): each keeps its key when
// it is free in the result, else gets the next free digit (FreeKey); an
// invalid name becomes the code and an invalid colour a free palette
// colour. Labels s holds keep s's name, colour and key: the library's own
// choices win. added lists the codes added; invalid codes are skipped.
func (s Set) Adopt(from []Label) (out Set, added []annotation.Label) {
	out = Set{Labels: slices.Clone(s.Labels)}
	for _, l := range from {
		if !l.Code.Valid() || out.Find(l.Code) >= 0 {
			continue
		}
		if strings.TrimSpace(l.Name) == "" || utf8.RuneCountInString(l.Name) > 40 {
			l.Name = string(l.Code)
		}
		if !colourRE.MatchString(l.Colour) {
			l.Colour = out.FreeColour()
		}
		if l.Key != "" {
			if _, taken := out.keyUser(l.Key); taken || l.validate() != nil {
				l.Key = out.FreeKey()
			}
		}
		if l.validate() != nil {
			continue
		}
		out.Labels = append(out.Labels, l)
		added = append(added, l.Code)
	}
	return out, added
}

// keyUser returns the label (hidden or not) bound to key, case-insensitive.
func (s Set) keyUser(key string) (Label, bool) {
	for _, l := range s.Labels {
		if l.Key != "" && strings.EqualFold(l.Key, key) {
			return l, true
		}
	}
	return Label{}, false
}
