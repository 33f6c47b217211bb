package formats_test

import (
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/interop"
	"github.com/hashiya/hashiya/app/interop/interoptest"
)

// FuzzImport runs format detection and the importers (native files and
// bundles included) on arbitrary files, onto an open document and without.
func FuzzImport(f *testing.F) {
	f.Add("x.json", nativeFile(f))
	f.Add("x.ann", []byte("T1\tLOC 12 19\tالقاهرة\n"))
	f.Add("x.conll", []byte("😀 O\nزار O\nالوفد O\nالقاهرة B-LOC\n"))
	f.Add("x", []byte(`{"format":"hashiya-library","version":1,"offsets":"unicode-code-points","labelSets":[],"documents":[]}`))
	f.Add("x.conll", []byte("\xe6\xd5\xe1 O\n\xda\xe3\xf8\xc7\xe4 B-LOC\n"))                     // Windows-1256
	f.Add("x.jsonl", []byte("{\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00H\x06\"\x00}\x00")) // UTF-16LE without a mark
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		doc := annotation.NewDocument("t", text)
		r, err := formats.Import(name, data, &doc)
		interoptest.Check(t, r.Result, err)
		if err == nil && r.Document.SHA256 != doc.SHA256 {
			t.Fatal("placed on another document")
		}
		for _, enc := range []string{"windows-1256", "utf-16le"} { // an encoding chosen in the dialog
			r, err := formats.ImportFiles([]formats.File{{Name: name, Data: data}}, &doc, formats.Options{Encoding: enc})
			interoptest.Check(t, r.Result, err)
		}
		rs, err := formats.ImportAll([]formats.File{{Name: name, Data: data}}, formats.Options{})
		if err != nil {
			interoptest.Check(t, interop.Result{}, err)
		}
		for _, r := range rs {
			interoptest.Check(t, r.Result, nil)
		}
	})
}
