package formats_test

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// CoNLL and doccano files that are not UTF-8 (Windows-1256, UTF-16 with and
// without a byte-order mark) are read in the encoding chosen, or detected
// with a warning saying so, and give the same annotations as their UTF-8
// form (case C13's kind, for the token and JSONL formats).
func TestImportEncodings(t *testing.T) {
	text := "وصل الرئيس إلى عمّان"
	doc := annotation.NewDocument("news", text)
	conllUTF8 := "وصل O\nالرئيس O\nإلى O\nعمّان B-LOC\n"
	doccanoUTF8 := `{"text":"` + text + `","label":[[15,20,"LOC"]]}` + "\n"
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	leBOM := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	for _, c := range []struct {
		name, file string
		enc        encoding.Encoding
		choose     string // Options.Encoding
		want       string // in the warning
	}{
		{"conll windows-1256 chosen", "news.conll", charmap.Windows1256, "windows-1256", "as chosen"},
		{"conll windows-1256 detected", "news.conll", charmap.Windows1256, "", "detected"},
		{"conll utf-16le chosen", "news.conll", le, "utf-16le", "as chosen"},
		{"doccano windows-1256 chosen", "news.jsonl", charmap.Windows1256, "windows-1256", "as chosen"},
		{"doccano windows-1256 detected", "news.jsonl", charmap.Windows1256, "", "detected"},
		{"doccano utf-16 BOM", "news.jsonl", leBOM, "", "byte-order mark"},
		{"doccano utf-16le chosen", "news.jsonl", le, "utf-16le", "as chosen"},
	} {
		src := conllUTF8
		if strings.HasSuffix(c.file, ".jsonl") {
			src = doccanoUTF8
		}
		r, err := formats.ImportFiles([]formats.File{{Name: c.file, Data: encode(t, c.enc, src)}}, &doc, formats.Options{Encoding: c.choose})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(r.Annotations) != 1 || r.Annotations[0].Start != 15 || r.Annotations[0].End != 20 || r.Annotations[0].Quote != "عمّان" || r.Annotations[0].Label != annotation.LOC {
			t.Errorf("%s: annotations %+v, want LOC [15,20) عمّان", c.name, r.Annotations)
		}
		if w := strings.Join(r.Warnings, " "); !strings.Contains(w, "not UTF-8") || !strings.Contains(w, c.want) {
			t.Errorf("%s: warnings %q do not say the file was converted (%s)", c.name, w, c.want)
		}
		if r.Encoding == "" || r.Encoding == "UTF-8" {
			t.Errorf("%s: Result.Encoding %q", c.name, r.Encoding)
		}
	}
	// A wrong choice is a clear error or a failed quote check, never
	// silently misplaced text.
	_, err := formats.ImportFiles([]formats.File{{Name: "news.jsonl", Data: encode(t, charmap.Windows1256, doccanoUTF8)}}, &doc, formats.Options{Encoding: "utf-16le"})
	if err == nil {
		t.Error("a Windows-1256 doccano file read as UTF-16LE was accepted")
	}
	// A UTF-8 file is read as UTF-8 whatever encoding is chosen (a brat
	// .ann beside a Windows-1256 .txt).
	r, err := formats.ImportFiles([]formats.File{{Name: "news.conll", Data: []byte(conllUTF8)}}, &doc, formats.Options{Encoding: "windows-1256"})
	if err != nil || len(r.Annotations) != 1 || len(r.Warnings) != 0 {
		t.Errorf("UTF-8 file with an encoding chosen: %v, %+v", err, r)
	}
}
