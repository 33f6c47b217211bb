package labelstudio_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/interop/interoptest"
	"github.com/hashiya/hashiya/app/labelstudio"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`[{"data":{"text":"😀 وصل الوفد إلى القاهرة"},"annotations":[{"result":[{"id":"a","from_name":"label","to_name":"text","type":"labels","value":{"start":17,"end":24,"text":"القاهرة","labels":["LOC"]}}]}],"predictions":[{"result":[{"id":"a","type":"labels","value":{"start":2,"end":5,"text":"وصل","labels":["PER"]}}]}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := labelstudio.Decode("f", data)
		if err != nil {
			interoptest.Check(t, interop.Result{}, err)
		}
		for _, r := range rs {
			interoptest.Check(t, r, nil)
			if _, err := labelstudio.Encode(r.Document, r.Annotations); err != nil {
				t.Fatalf("encode: %v", err)
			}
		}
	})
}
