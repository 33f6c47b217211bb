package labelset

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

// FuzzParse: an imported label set never panics the parser; it fails
// with a user-facing error, or it validates, carries no markup in its
// names or colours, and survives a JSON round trip.
func FuzzParse(f *testing.F) {
	def, _ := json.Marshal(Default())
	f.Add(def)
	f.Add([]byte(`{"labels":[{"code":"EVENT","name":"<b>حدث</b>","colour":"red;x:url(a)","key":"5"}]}`))
	f.Add([]byte(`{"labels":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err != nil {
			if annotation.ErrorMessage(err) == "" {
				t.Fatalf("error without a message: %v", err)
			}
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("parsed but invalid: %v", err)
		}
		for _, l := range s.Labels {
			if strings.ContainsAny(l.Colour, "<>;\"'(){}") {
				t.Fatalf("colour %q could break out of a style", l.Colour)
			}
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(out); err != nil {
			t.Fatalf("a valid set does not read back: %v", err)
		}
	})
}
