package formats_test

import (
	"bytes"
	"maps"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/store"
)

const text = "😀 زار الوفد القاهرة يوم 28 نوفمبر 2016"

func nativeFile(t testing.TB) []byte {
	t.Helper()
	doc := annotation.NewDocument("t", text)
	a, err := annotation.Select(text, 12, 19, annotation.LOC)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = "a1", annotation.Manual, annotation.Accepted
	data, err := hashiyajson.Encode(doc, []annotation.Annotation{a})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func deep(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }

// At least 30 hostile or malformed imports across the formats: each is a
// clear error (a sentence containing want) and the open document is left
// as it was.
func TestHostileImports(t *testing.T) {
	native := string(nativeFile(t))
	w3cOK := `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","body":{"type":"TextualBody","purpose":"tagging","value":"LOC"},"target":{"source":"urn:sha256:` + annotation.Hash(text) + `","selector":[{"type":"TextQuoteSelector","exact":"القاهرة"},{"type":"TextPositionSelector","start":12,"end":19}]}}`
	big := bytes.Repeat([]byte("a"), 50<<20)
	cases := []struct {
		name  string
		files []formats.File
		want  string
	}{
		// native
		{"native truncated", []formats.File{{"x.json", []byte(native[:len(native)/2])}}, "truncated"},
		{"native wrong type", []formats.File{{"x.json", []byte(strings.Replace(native, `"start": 12`, `"start": "13"`, 1))}}, "must be a whole number"},
		{"native negative", []formats.File{{"x.json", []byte(strings.Replace(native, `"start": 12`, `"start": -13`, 1))}}, "not inside the text"},
		{"native huge", []formats.File{{"x.json", []byte(strings.Replace(native, `"end": 19`, `"end": 99999999999`, 1))}}, "not inside the text"},
		{"native unit", []formats.File{{"x.json", []byte(strings.Replace(native, `"unicode-code-points"`, `"utf-16"`, 1))}}, "code points"},
		{"native quote mismatch", []formats.File{{"x.json", []byte(strings.Replace(native, `"quote": "القاهرة"`, `"quote": "دمشق"`, 1))}}, "quotes"},
		{"native hash", []formats.File{{"x.json", []byte(strings.Replace(native, "زار", "غادر", 1))}}, "does not match its sha256"},
		{"native script label", []formats.File{{"x.json", []byte(strings.Replace(native, `"label": "LOC"`, `"label": "<script>alert(1)</script>"`, 1))}}, "not a valid label"},
		{"native deep nesting", []formats.File{{"x.json", []byte(`{"format":"hashiya","version":1,"offsets":"unicode-code-points","document":` + deep(20000) + `}`)}}, "JSON"},
		{"native newer version", []formats.File{{"x.json", []byte(strings.Replace(native, `"version": 1`, `"version": 7`, 1))}}, "newer version"},
		{"50 MB", []formats.File{{"x.json", big}}, "at most 32 MB"},
		// w3c
		{"w3c truncated", []formats.File{{"x.jsonld", []byte(w3cOK[:60])}}, "truncated"},
		{"w3c start string", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"start":12`, `"start":"13"`, 1))}}, "whole number"},
		{"w3c negative", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"start":12`, `"start":-5`, 1))}}, "negative"},
		{"w3c huge", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"end":19`, `"end":1e300`, 1))}}, "not a whole number"},
		{"w3c fraction", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"end":19`, `"end":19.5`, 1))}}, "not a whole number"},
		{"w3c quote mismatch", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"exact":"القاهرة"`, `"exact":"بيروت"`, 1))}}, "does not hold that text"},
		{"w3c unknown unit", []formats.File{{"x.jsonld", []byte(`{"hashiya:offsets":"bytes","items":[` + w3cOK + `]}`)}}, "unknown unit"},
		{"w3c script label", []formats.File{{"x.jsonld", []byte(strings.Replace(w3cOK, `"value":"LOC"`, `"value":"<img src=x onerror=alert(1)>"`, 1))}}, "cannot be a label"},
		{"w3c no selector", []formats.File{{"x.jsonld", []byte(`{"type":"Annotation","body":"LOC","target":"https://example.org/"}`)}}, "whole resource"},
		{"w3c deep nesting", []formats.File{{"x.jsonld", []byte(`{"@context":"http://www.w3.org/ns/anno.jsonld","items":` + deep(20000) + `}`)}}, "JSON"},
		{"w3c not an object", []formats.File{{"x.jsonld", []byte(`{"@context":"http://www.w3.org/ns/anno.jsonld","items":[1]}`)}}, "not a JSON object"},
		// brat
		{"brat offsets not numbers", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 13 x\tالقاهرة\n")}}, "not whole numbers"},
		{"brat negative", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC -1 20\tالقاهرة\n")}}, "negative"},
		{"brat huge", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 13 99999999999999\tالقاهرة\n")}}, "past the end"},
		{"brat overflow", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 13 999999999999999999999999\tالقاهرة\n")}}, "not whole numbers"},
		{"brat quote mismatch", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 13 20\tدمشق\n")}}, "Line 1 (T1)"},
		{"brat truncated line", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 13")}}, "not a fragment"},
		{"brat unknown line", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("<script>alert(1)</script>\n")}}, "not a brat standoff line"},
		{"brat script label", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\t<script> 13 20\tالقاهرة\n")}}, "cannot be a label"},
		{"brat duplicate id", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte("T1\tLOC 12 19\tالقاهرة\nT1\tLOC 12 19\tالقاهرة\n")}}, "used twice"},
		{"brat utf-16 ann", []formats.File{{"d.txt", []byte(text)}, {"d.ann", []byte{0xff, 0xfe, 'T', 0}}}, "T"},
		{"brat bad utf-16 txt", []formats.File{{"d.txt", []byte{0xff, 0xfe, 0x00, 0xd8}}, {"d.ann", []byte("T1\tLOC 0 1\tx\n")}}, "UTF-16LE"},
		// conll
		{"conll no tag", []formats.File{{"x.conll", []byte("زار O\nالقاهرة\n")}}, "Line 2"},
		{"conll bad tag", []formats.File{{"x.conll", []byte("😀 O\nزار O\nالوفد O\nالقاهرة X-LOC\n")}}, "not O or B-"},
		{"conll script label", []formats.File{{"x.conll", []byte("😀 O\nزار O\nالوفد O\nالقاهرة B-<script>\n")}}, "cannot be a label"},
		// doccano
		{"doccano truncated", []formats.File{{"x.jsonl", []byte(`{"text":"زار القاهرة","label":[[4,11,"LOC"]`)}}, "truncated"},
		{"doccano wrong type", []formats.File{{"x.jsonl", []byte(`{"text":"زار القاهرة","label":[["4",11,"LOC"]]}`)}}, "whole number"},
		{"doccano negative", []formats.File{{"x.jsonl", []byte(`{"text":"زار القاهرة","label":[[-4,11,"LOC"]]}`)}}, "negative"},
		{"doccano past end", []formats.File{{"x.jsonl", []byte(`{"text":"زار القاهرة","label":[[4,12,"LOC"]]}`)}}, "not inside the text"},
		{"doccano text number", []formats.File{{"x.jsonl", []byte(`{"text":5,"label":[]}`)}}, "no \"text\""},
		// labelstudio
		{"labelstudio quote mismatch", []formats.File{{"x.json", []byte(`[{"data":{"text":"زار القاهرة"},"annotations":[{"result":[{"type":"labels","value":{"start":0,"end":3,"text":"دمشق","labels":["LOC"]}}]}]}]`)}}, "does not hold"},
		{"labelstudio labels type", []formats.File{{"x.json", []byte(`[{"data":{"text":"زار القاهرة"},"annotations":[{"result":[{"type":"labels","value":{"start":0,"end":3,"labels":"LOC"}}]}]}]`)}}, "value.labels"},
		{"unknown format", []formats.File{{"x.bin", []byte("\x00\x01\x02")}}, "not recognized"},
	}
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		doc := annotation.NewDocument("t <b>", text)
		before := doc
		var err error
		if strings.HasSuffix(c.files[0].Name, ".jsonld") || strings.HasSuffix(c.files[0].Name, ".conll") {
			_, err = formats.ImportFiles(c.files, &doc, formats.Options{})
		} else {
			_, err = formats.ImportAll(c.files, formats.Options{})
		}
		msg := annotation.ErrorMessage(err)
		if err == nil || annotation.ErrorCode(err) == annotation.EINTERNAL || !strings.Contains(msg, c.want) {
			t.Errorf("%s: err = %v, want a sentence containing %q", c.name, err, c.want)
		}
		if doc != before {
			t.Errorf("%s: the open document changed", c.name)
		}
		storedUntouched(t, c.name, c.files)
	}
}

// storedUntouched imports the hostile file as the app does (a session over
// a store holding the open document and one annotation: session.Import
// for a native file, ImportOther for the others; of a brat pair the .ann,
// onto the open document) and checks that it is refused and that nothing
// stored changed, key by key.
func storedUntouched(t *testing.T, name string, files []formats.File) {
	t.Helper()
	kv := store.NewMemory(0)
	s := session.New(store.New(kv), kv)
	s.Annotate = nil
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(12, 19, annotation.LOC); err != nil {
		t.Fatal(err)
	}
	s.Flush()
	snapshot := func() map[string]string {
		out := map[string]string{}
		keys, _ := kv.Keys()
		for _, k := range keys {
			out[k], _, _ = kv.Get(k)
		}
		return out
	}
	before := snapshot()
	f := files[len(files)-1]
	var ok bool
	if formats.Detect(f.Name, f.Data) == formats.Native {
		_, ok, _ = s.Import(f.Data)
	} else {
		_, _, ok, _ = s.ImportOther(f.Name, f.Data)
	}
	if ok && len(files) == 1 {
		t.Errorf("%s: the session imported the file", name)
	}
	if after := snapshot(); !maps.Equal(before, after) {
		t.Errorf("%s: the import changed what is stored", name)
	}
}

// HTML in texts, notes and titles is kept as inert text: stored as is,
// never interpreted (the UI renders text nodes), and exported as is.
func TestHTMLIsInert(t *testing.T) {
	script := "<script>alert(1)</script>"
	doc := annotation.NewDocument(script, "قال "+script+" في القاهرة")
	res, err := formats.ImportAll([]formats.File{{"x.jsonl", []byte(`{"text":"قال ` + script + ` في القاهرة","label":[[4,29,"MISC"]]}`)}}, formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Document.Text != doc.Text || res[0].Annotations[0].Quote != script {
		t.Fatalf("%+v", res[0])
	}
	res2, err := formats.ImportAll([]formats.File{{"d.txt", []byte(doc.Text)}, {"d.ann", []byte("T1\tMISC 4 29\t" + script + "\n#1\tAnnotatorNotes T1\t<b onmouseover=alert(1)>x</b>\n")}}, formats.Options{})
	if err != nil || res2[0].Annotations[0].Note != "<b onmouseover=alert(1)>x</b>" {
		t.Fatalf("%+v %v", res2, err)
	}
	files, _, err := formats.Export(formats.Native, "x", doc, res[0].Annotations, nil)
	if err != nil || !bytes.Contains(files[0].Data, []byte(script)) {
		t.Fatalf("%v", err)
	}
}

// A file that starts as JSON but does not parse, in no format's shape, is
// named as broken JSON with the place of the error, not as an unknown
// format.
func TestBrokenJSONNamed(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"{\n  \"a\": 1,\n  \"b\": [1, 2\n", "unexpected end of JSON input at line 4, column 1"},
		{"[{\"x\": 1}, {\"x\": ]", "invalid character ']' looking for beginning of value at line 1, column 18"},
	} {
		_, err := formats.ImportAll([]formats.File{{"broken.json", []byte(c.data)}}, formats.Options{})
		if msg := annotation.ErrorMessage(err); !strings.Contains(msg, "not valid JSON") || !strings.Contains(msg, c.want) {
			t.Errorf("%q: %v", c.data, msg)
		}
	}
}
