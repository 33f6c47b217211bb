package sharelink

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// FuzzDecode: a share link, as typed or cut by a mail client, never
// panics the decoder or the importer behind it; it fails with a
// user-facing EINVALID error or yields at most MaxExport bytes, and what
// Fragment writes decodes to the same bytes.
func FuzzDecode(f *testing.F) {
	doc := annotation.NewDocument("t", "وصل الوفد إلى القاهرة")
	data, _ := hashiyajson.Encode(doc, nil)
	frag, _ := Fragment(data)
	f.Add(frag)
	f.Add("#" + frag[:len(frag)/2])
	f.Add("share=2.abc")
	f.Add("#share=1.")
	f.Fuzz(func(t *testing.T, s string) {
		out, err := Decode(s)
		if err != nil {
			if annotation.ErrorCode(err) != annotation.EINVALID || annotation.ErrorMessage(err) == "" {
				t.Fatalf("not a user-facing EINVALID error: %v", err)
			}
			return
		}
		if len(out) > MaxExport {
			t.Fatalf("%d bytes decoded, limit %d", len(out), MaxExport)
		}
		if _, err := hashiyajson.Decode(out); err != nil && annotation.ErrorMessage(err) == "" {
			t.Fatalf("import error without a message: %v", err)
		}
		if len(s) < 2000 && !strings.ContainsAny(s, "\x00") {
			if again, err := Fragment(out); err == nil {
				if back, err := Decode(again); err != nil || string(back) != string(out) {
					t.Fatalf("re-encoded link does not decode to the same export: %v", err)
				}
			}
		}
	})
}
