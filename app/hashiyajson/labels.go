package hashiyajson

import (
	"encoding/json"
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/labelset"
)

// The label set travels with a native file: "labels" holds the label set
// of the library that wrote it (labelset.Label: code, name, colour,
// key, hidden), so that a colleague who imports the file gets the labels
// with their names and colours, not only their codes:
//
//	"labels": [{"code": "PER", "name": "شخص", "colour": "#f9b76f", "key": "1"},
//	           {"code": "EVENT", "name": "حدث", "colour": "#77aadd", "key": "9"}]
//
// It is optional (files without it read as before). A label set that does
// not validate (labelset.Set.Validate) never costs the file its
// annotations: Decode leaves it out and says why in File.LabelsIgnored.
// A letter key (label keys became the digits 1–9) is given a free digit.

// decodeLabels reads the "labels" member of a file: the labels, or nil and
// the reason they are left out.
func decodeLabels(raw json.RawMessage) ([]labelset.Label, string) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, ""
	}
	var ls []labelset.Label
	if err := json.Unmarshal(raw, &ls); err != nil {
		return nil, "The file's label set is not readable (" + err.Error() + "); its labels keep their codes."
	}
	if len(ls) == 0 {
		return nil, ""
	}
	// A key a label may no longer have (a letter, from before label keys
	// were the digits 1–9) gets the next free digit, as a stored set's does
	// (labelset.Parse): the set is kept. A digit two labels share is still
	// an error.
	ls = slices.Clone(ls)
	var old []int
	for i := range ls {
		if ls[i].Key != "" && !labelset.KeyAllowed(ls[i].Key) {
			ls[i].Key = ""
			old = append(old, i)
		}
	}
	for _, i := range old {
		ls[i].Key = labelset.Set{Labels: ls}.FreeKey()
	}
	if err := (labelset.Set{Labels: ls}).Validate(); err != nil {
		return nil, "The file's label set is left out: " + annotation.ErrorMessage(err)
	}
	return ls, ""
}

// FileLabels returns the label set a native file carries ("labels"), or
// nil when it has none or one that does not validate. It reads nothing
// else of the file and checks nothing else: it is for a file Import has
// accepted.
func FileLabels(data []byte) []labelset.Label {
	var head struct {
		Labels json.RawMessage `json:"labels"`
	}
	if json.Unmarshal(data, &head) != nil {
		return nil
	}
	ls, _ := decodeLabels(head.Labels)
	return ls
}
