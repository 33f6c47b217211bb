// Package interoptest holds the invariant the importers' tests and fuzz
// targets assert.
package interoptest

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop"
)

// Check fails t unless err is a user-facing *annotation.Error with a
// sentence, or res's document is consistent (valid UTF-8, hash of its
// text) and each of its annotations validates against the text with a
// unique id.
func Check(t testing.TB, res interop.Result, err error) {
	t.Helper()
	if err != nil {
		if annotation.ErrorCode(err) == annotation.EINTERNAL || annotation.ErrorMessage(err) == "" {
			t.Fatalf("not a user-facing error: %v", err)
		}
		return
	}
	if err := res.Document.Validate(); err != nil {
		t.Fatalf("document: %v", err)
	}
	text := []rune(res.Document.Text)
	ids := map[string]bool{}
	for _, a := range res.Annotations {
		if err := a.ValidateRunes(text); err != nil {
			t.Fatalf("annotation: %v", err)
		}
		if ids[a.ID] {
			t.Fatalf("id %q twice", a.ID)
		}
		ids[a.ID] = true
	}
}
