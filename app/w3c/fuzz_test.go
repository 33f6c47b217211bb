package w3c_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/interop/interoptest"
	"github.com/hashiya/hashiya/app/w3c"
)

func FuzzDecode(f *testing.F) {
	doc, anns := sample(f)
	data, _ := w3c.Encode(doc, anns)
	f.Add(data)
	f.Add([]byte(`{"rows":[{"target":[{"selector":[{"type":"TextPositionSelector","start":31,"end":36},{"type":"TextQuoteSelector","exact":"عمّان"}]}],"tags":["LOC"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := w3c.Decode(data, doc)
		interoptest.Check(t, res, err)
		if err == nil && len(res.Orphans) == 0 {
			if _, err := w3c.Encode(doc, res.Annotations); err != nil && annotation.ErrorCode(err) == annotation.EINTERNAL {
				t.Fatal(err)
			}
		}
	})
}
