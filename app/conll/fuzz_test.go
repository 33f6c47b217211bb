package conll_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/conll"
	"github.com/hashiya/hashiya/app/interop/interoptest"
)

func FuzzDecode(f *testing.F) {
	f.Add("وصل الوفد بالقاهرة أمس", []byte("وصل O\nالوفد O\nب O\nالقاهرة B-LOC\nأمس O\n"))
	f.Add("زار محمد عباس", []byte("-DOCSTART- -X- O O\n\nزار NN O O\nمحمد NNP I-NP I-PER\nعباس NNP I-NP E-PER\n"))
	f.Fuzz(func(t *testing.T, text string, data []byte) {
		doc := annotation.NewDocument("f", text)
		if doc.Validate() != nil {
			return
		}
		res, err := conll.Decode("f", data, &doc)
		interoptest.Check(t, res, err)
		res, err = conll.Decode("f", data, nil)
		interoptest.Check(t, res, err)
		if err == nil {
			if _, _, err := conll.Encode(res.Document, res.Annotations); err != nil {
				t.Fatalf("encode: %v", err)
			}
		}
	})
}
