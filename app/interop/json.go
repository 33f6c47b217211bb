package interop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/hashiya/hashiya/app/annotation"
)

// MaxOffset bounds the numbers read as offsets: anything bigger is refused
// as "beyond any text" before it is used.
const MaxOffset = 1 << 40

// DecodeJSON decodes one JSON value of data into v (numbers as
// json.Number), with a sentence naming what (e.g. "Line 3") and the place
// of a syntax error.
func DecodeJSON(what string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	err := dec.Decode(v)
	var syn *json.SyntaxError
	switch {
	case err == nil && dec.More():
		return Invalid("%s holds more than one JSON value.", what)
	case err == nil:
		return nil
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &annotation.Error{Code: annotation.EINVALID, Message: what + " ends too early: it is probably truncated.", Err: err}
	case errors.As(err, &syn):
		return &annotation.Error{Code: annotation.EINVALID, Message: fmt.Sprintf("%s is not valid JSON (%s, at %s).", what, syn.Error(), Pos(data, int(syn.Offset))), Err: err}
	}
	return &annotation.Error{Code: annotation.EINVALID, Message: what + " could not be read as JSON: " + err.Error() + ".", Err: err}
}

// Int returns v, a JSON number read by DecodeJSON, as an offset: a whole
// number in [0, MaxOffset]; otherwise an EINVALID error about field of
// what.
func Int(v any, what, field string) (int, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, Invalid("%s: %s must be a whole number, not %s.", what, field, Kind(v))
	}
	i, err := n.Int64()
	switch {
	case err != nil:
		return 0, Invalid("%s: %s is %s, not a whole number.", what, field, Clip(n.String()))
	case i < 0:
		return 0, Invalid("%s: %s is negative (%d).", what, field, i)
	case i > MaxOffset:
		return 0, Invalid("%s: %s (%d) is far beyond any text.", what, field, i)
	}
	return int(i), nil
}

// String returns the string field key of m ("" when absent or null), or an
// EINVALID error when it is something else.
func String(m map[string]any, key, what string) (string, error) {
	v, ok := m[key]
	if !ok || v == nil {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", Invalid("%s: the field %q must be a string, not %s.", what, key, Kind(v))
	}
	return s, nil
}

// Kind names the JSON type of v for a message.
func Kind(v any) string {
	switch v.(type) {
	case json.Number:
		return "a number"
	case bool:
		return "true/false"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	case string:
		return "a string"
	}
	return "null"
}
