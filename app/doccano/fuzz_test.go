package doccano_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/doccano"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/interop/interoptest"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"text":"😀 وصل الوفد إلى القاهرة","label":[[16,23,"LOC"]]}` + "\n" + `{"text":"غزة","entities":[{"start_offset":0,"end_offset":3,"label":"GPE"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := doccano.Decode("f", data)
		if err != nil {
			interoptest.Check(t, interop.Result{}, err)
		}
		for _, r := range rs {
			interoptest.Check(t, r, nil)
			if _, err := doccano.Encode(r.Document, r.Annotations); err != nil {
				t.Fatalf("encode: %v", err)
			}
		}
	})
}
