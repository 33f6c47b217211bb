package brat_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/brat"
	"github.com/hashiya/hashiya/app/interop/interoptest"
)

func FuzzDecode(f *testing.F) {
	f.Add([]byte(c9), []byte("T1\tLOC 14 21\tالقاهرة\nT2\tLOC 36 46\tالإسكندرية\n#1\tAnnotatorNotes T1\tx\nR1\tRel Arg1:T1 Arg2:T2\n"))
	f.Add([]byte("وقّع وزير الخارجية ووزير الدفاع الاتفاق"), []byte("T1\tORG 5 18;10 18\tوزير الخارجية الخارجية\nT2\tPER 5 9;25 31\tوزير الدفاع\n"))
	f.Fuzz(func(t *testing.T, txt, ann []byte) {
		res, err := brat.Decode("f", txt, ann, brat.Options{})
		interoptest.Check(t, res, err)
		if err != nil {
			return
		}
		// What was read can be written and read back.
		t2, a2, err := brat.Encode(res.Document, res.Annotations)
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		res2, err := brat.Decode("f", t2, a2, brat.Options{})
		interoptest.Check(t, res2, err)
		if err != nil {
			t.Fatalf("re-import of the export: %v\n%s", err, a2)
		}
	})
}
