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
	"errors"
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
	// Key is the hotkey: a digit 1–9, unique in the set; "" for none.
	// Letters and the other keys are the editor's own (A accept, R
	// reject, J/K next/previous, L link, ? help, / search, Delete,
	// Esc), so they are refused (Error with Reason ReservedKey).
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

// Reason names the rule a label set breaks (Error.Reason), so that the
// interface can say it in its own language.
type Reason string

// Reasons of Error.
const (
	BadCode     Reason = "code"     // Value is the code; Label too
	BadName     Reason = "name"     // the name is empty or longer than 40 characters
	BadColour   Reason = "colour"   // Value is the colour, not #rrggbb
	ReservedKey Reason = "key"      // Value is the key: not a digit 1–9
	DupCode     Reason = "dup-code" // Label is used twice
	DupKey      Reason = "dup-key"  // Value is the key, Other the label that has it already
	NoLabels    Reason = "empty"    // a set with no labels (Parse)
	BadJSON     Reason = "json"     // not readable JSON (Parse)
)

// Error is a label set that breaks a rule: an annotation.EINVALID
// *annotation.Error (its English sentence, through Unwrap) with the
// rule and the label at fault, for a message in another language.
type Error struct {
	Reason Reason
	Label  annotation.Label // the label at fault ("" for NoLabels, BadJSON)
	Value  string           // the code, colour or key at fault
	Other  annotation.Label // DupKey: the label the key belongs to already
	err    *annotation.Error
}

func (e *Error) Error() string { return e.err.Error() }

// Unwrap returns the *annotation.Error (annotation.ErrorCode and
// ErrorMessage read it).
func (e *Error) Unwrap() error { return e.err }

func fail(r Reason, l annotation.Label, value string, other annotation.Label, format string, args ...any) *Error {
	return &Error{Reason: r, Label: l, Value: value, Other: other, err: annotation.Errorf(annotation.EINVALID, format, args...)}
}

// Validate checks every label (see Label's fields) and that codes and keys
// are unique. Errors are *Error (annotation.EINVALID) and name the label.
func (s Set) Validate() error {
	codes, keys := map[annotation.Label]bool{}, map[string]annotation.Label{}
	for _, l := range s.Labels {
		if err := l.validate(); err != nil {
			return err
		}
		if codes[l.Code] {
			return fail(DupCode, l.Code, string(l.Code), "", "The label code %s is used twice.", l.Code)
		}
		codes[l.Code] = true
		if l.Key != "" {
			if other, ok := keys[l.Key]; ok {
				return fail(DupKey, l.Code, l.Key, other, "The key %s of %s is the key of %s already.", l.Key, l.Code, other)
			}
			keys[l.Key] = l.Code
		}
	}
	return nil
}

// KeyAllowed reports whether key can be a label's hotkey: a digit 1–9.
func KeyAllowed(key string) bool { return len(key) == 1 && key[0] >= '1' && key[0] <= '9' }

func (l Label) validate() error {
	switch {
	case !l.Code.Valid():
		return fail(BadCode, l.Code, string(l.Code), "", "The label code %q is not valid: %s.", l.Code, annotation.LabelRule)
	case strings.TrimSpace(l.Name) == "" || utf8.RuneCountInString(l.Name) > 40:
		return fail(BadName, l.Code, l.Name, "", "The label %s needs a name of 1 to 40 characters.", l.Code)
	case !colourRE.MatchString(l.Colour):
		return fail(BadColour, l.Code, l.Colour, "", "The colour %q of %s is not a #rrggbb colour.", l.Colour, l.Code)
	case l.Key != "" && !KeyAllowed(l.Key):
		return fail(ReservedKey, l.Code, l.Key, "", "The key %q of %s cannot be a label's key: label keys are the digits 1 to 9 (letters and the other keys review and move: A accept, R reject, J/K next/previous, L link, ? help, / search).", l.Key, l.Code)
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
		e := fail(BadJSON, "", "", "", "The label set is not readable JSON: %v.", err)
		e.err.Err = err
		return Set{}, e
	}
	if len(s.Labels) == 0 {
		return Set{}, fail(NoLabels, "", "", "", "The label set has no labels.")
	}
	if err := s.Validate(); err != nil {
		// A stored set from before keys were digits only may hold a letter
		// key: it gets a free digit rather than the whole set being lost.
		var le *Error
		if errors.As(err, &le) && (le.Reason == ReservedKey || le.Reason == DupKey) {
			fixed := s.fixKeys()
			if fixed.Validate() == nil {
				return fixed, nil
			}
		}
		return s, err
	}
	return s, nil
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

// fixKeys gives every label whose key is not allowed or is another
// label's already the next free digit (or none when all nine are taken).
func (s Set) fixKeys() Set {
	out := Set{Labels: slices.Clone(s.Labels)}
	seen := map[string]bool{}
	for i, l := range out.Labels {
		if l.Key != "" && (!KeyAllowed(l.Key) || seen[l.Key]) {
			out.Labels[i].Key = ""
		}
		if k := out.Labels[i].Key; k != "" {
			seen[k] = true
		}
	}
	for i, l := range s.Labels {
		if l.Key != "" && out.Labels[i].Key == "" {
			out.Labels[i].Key = out.FreeKey()
		}
	}
	return out
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
// it is free in the result and allowed (KeyAllowed), else gets the next
// free digit (FreeKey); an
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
			if _, taken := out.keyUser(l.Key); taken || !KeyAllowed(l.Key) {
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
