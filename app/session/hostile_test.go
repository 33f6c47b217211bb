package session

import (
	"bytes"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/store"
)

func kvSnapshot(t *testing.T, kv *store.Memory) map[string]string {
	t.Helper()
	keys, err := kv.Keys()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, k := range keys {
		out[k], _, _ = kv.Get(k)
	}
	return out
}

// Hostile or malformed files imported onto the open document, through
// the session as the app does (native: Import; the other formats:
// ImportOther): each is refused with a sentence, and neither storage (every
// key, byte for byte) nor the annotations in memory change.
func TestHostileImportsLeaveStorage(t *testing.T) {
	s, kv := newSession(t, 0)
	doc := annotation.NewDocument("t", text)
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(3, 9, annotation.MISC); err != nil {
		t.Fatal(err)
	}
	s.Flush()
	good, err := hashiyajson.Encode(s.Doc, s.Anns())
	if err != nil {
		t.Fatal(err)
	}
	native := string(good)
	i := strings.Index(text, "موسكو")
	cp := len([]rune(text[:i]))
	pos := func(a, b int) string { return strings.Join([]string{itoa(a), itoa(b)}, " ") }
	w3c := `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation","body":{"type":"TextualBody","purpose":"tagging","value":"LOC"},"target":{"source":"urn:sha256:` + doc.SHA256 + `","selector":[{"type":"TextQuoteSelector","exact":"موسكو"},{"type":"TextPositionSelector","start":` + itoa(cp) + `,"end":` + itoa(cp+5) + `}]}}`
	cases := []struct{ name, file, data string }{
		{"native truncated", "x.json", native[:len(native)/2]},
		{"native wrong type", "x.json", strings.Replace(native, `"start": 3,`, `"start": "3",`, 1)},
		{"native negative", "x.json", strings.Replace(native, `"start": 3,`, `"start": -3,`, 1)},
		{"native huge", "x.json", strings.Replace(native, `"end": 9,`, `"end": 999999999999,`, 1)},
		{"native unit", "x.json", strings.Replace(native, `"unicode-code-points"`, `"utf-16"`, 1)},
		{"native script label", "x.json", strings.Replace(native, `"label": "MISC"`, `"label": "<script>alert(1)</script>"`, 1)},
		{"native bad value", "x.json", strings.Replace(native, `"label": "MISC"`, `"label": "DATE", "type": "DATE", "value": "2016-13-45"`, 1)},
		{"native bad dct", "x.json", strings.Replace(native, `"dct": "2016-11-29"`, `"dct": "yesterday"`, 1)},
		{"native deep", "x.json", `{"format":"hashiya","version":1,"document":` + strings.Repeat("[", 20000) + `}`},
		{"native 50 MB", "x.json", native + strings.Repeat(" ", 50<<20)},
		{"w3c truncated", "x.jsonld", w3c[:70]},
		{"w3c negative", "x.jsonld", strings.Replace(w3c, `"start":`+itoa(cp), `"start":-1`, 1)},
		{"w3c quote mismatch", "x.jsonld", strings.Replace(w3c, `"exact":"موسكو"`, `"exact":"بيروت"`, 1)},
		{"w3c script label", "x.jsonld", strings.Replace(w3c, `"value":"LOC"`, `"value":"<img src=x onerror=alert(1)>"`, 1)},
		{"brat quote mismatch", "x.ann", "T1\tLOC " + pos(cp, cp+5) + "\tدمشق\n"},
		{"brat huge", "x.ann", "T1\tLOC " + pos(cp, 99999999) + "\tموسكو\n"},
		{"brat garbage", "x.ann", "<script>alert(1)</script>\n"},
		{"conll bad tag", "x.conll", "الثلاثاء O\n29 X-DATE\n"},
		{"doccano other text", "x.jsonl", `{"text":"نص آخر تماما","label":[[0,2,"LOC"]]}` + "\n" + `{"text":5}`},
		{"doccano negative", "x.jsonl", `{"text":` + strconv.Quote(text) + `,"label":[[-1,2,"LOC"]]}`},
		{"labelstudio wrong type", "x.json", `[{"data":{"text":` + strconv.Quote(text) + `},"annotations":[{"result":[{"type":"labels","value":{"start":0,"end":3,"labels":"LOC"}}]}]}]`},
		{"unknown", "x.bin", "\x00\x01\x02\x03"},
	}
	before, anns := kvSnapshot(t, kv), s.Anns()
	for _, c := range cases {
		var err error
		var ok bool
		if c.file == "x.json" && strings.HasPrefix(c.data, "{") {
			_, ok, err = s.Import([]byte(c.data))
		} else {
			_, _, ok, err = s.ImportOther(c.file, []byte(c.data))
		}
		if err == nil || ok || annotation.ErrorMessage(err) == "" || annotation.ErrorCode(err) == annotation.EINTERNAL {
			t.Errorf("%s: ok=%v err=%v, want a refusal with a sentence", c.name, ok, err)
		}
		s.Flush()
		if after := kvSnapshot(t, kv); !maps.Equal(after, before) {
			t.Errorf("%s: storage changed", c.name)
			before = after
		}
		if now := s.Anns(); !slices.Equal(now, anns) {
			t.Errorf("%s: the annotations in memory changed", c.name)
			anns = now
		}
	}
	if !bytes.Contains(good, []byte(`"start": 3,`)) {
		t.Fatal("the export's layout changed: the cases above no longer damage it")
	}
}
