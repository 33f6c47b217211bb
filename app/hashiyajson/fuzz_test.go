package hashiyajson_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// FuzzDecodeBundle: Decode (tombstones included) and DecodeBundle never
// panic, fail only with a user-facing error, and what they accept can be
// encoded and read back.
func FuzzDecodeBundle(f *testing.F) {
	doc, anns := sample(f)
	data, _ := hashiyajson.Encode(doc, anns)
	f.Add(data)
	b, _ := hashiyajson.EncodeBundle(hashiyajson.Bundle{LabelSets: []hashiyajson.LabelSet{hashiyajson.DefaultLabelSet()}, Documents: []hashiyajson.File{{Document: doc, Annotations: anns}}})
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) {
		user := func(err error) {
			if annotation.ErrorCode(err) == annotation.EINTERNAL || annotation.ErrorMessage(err) == "" {
				t.Fatalf("not a user-facing error: %v", err)
			}
		}
		if file, err := hashiyajson.Decode(data); err != nil {
			user(err)
		} else if out, err := hashiyajson.EncodeFile(file); err != nil {
			t.Fatalf("accepted but not encodable: %v", err)
		} else if _, err := hashiyajson.Decode(out); err != nil {
			t.Fatalf("export not readable: %v", err)
		}
		if bundle, err := hashiyajson.DecodeBundle(data); err != nil {
			user(err)
		} else if _, err := hashiyajson.EncodeBundle(*bundle); err != nil {
			t.Fatalf("bundle accepted but not encodable: %v", err)
		}
	})
}
