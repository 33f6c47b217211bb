package hashiyajson_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// The TIMEX3 mod travels through Encode, AppendLine and Decode; an unknown
// mod is refused with a message naming it; a file written before the field
// existed loads with no mod (issue 11).
func TestMod(t *testing.T) {
	doc, anns := sample(t)
	anns[0].Mod = "APPROX" // g1
	out, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"hijri": "1438-02-28",
      "mod": "APPROX",`) {
		t.Fatalf("mod not written after hijri:\n%s", out)
	}
	f, err := hashiyajson.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range f.Annotations {
		if want := map[string]string{"g1": "APPROX"}[a.ID]; a.Mod != want {
			t.Errorf("%s: mod %q after a round trip, want %q", a.ID, a.Mod, want)
		}
	}
	hashiyajson.Sort(anns)
	line, err := hashiyajson.AppendLine(nil, "", doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	if want := compactEncode(t, doc, anns); !bytes.Equal(line, want) {
		t.Errorf("AppendLine with a mod differs from compact Encode:\ngot  %s\nwant %s", line, want)
	}

	for _, bad := range []string{"approx", "ABOUT", "<b>"} {
		data := strings.Replace(string(out), `"mod": "APPROX"`, `"mod": "`+bad+`"`, 1)
		_, err := hashiyajson.Decode([]byte(data))
		if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "mod") {
			t.Errorf("mod %q: err = %v, want EINVALID naming the mod", bad, err)
		}
		anns[0].Mod = bad
		if _, err := hashiyajson.Encode(doc, anns); err == nil {
			t.Errorf("Encode wrote the mod %q", bad)
		}
	}
	for _, m := range annotation.Mods {
		if !annotation.ValidMod(m) {
			t.Errorf("ValidMod(%q) = false", m)
		}
	}

	old, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(old, []byte(`"mod"`)) {
		t.Fatal("testdata/golden.json is meant to be a file written before mod existed")
	}
	g, err := hashiyajson.Decode(old)
	if err != nil {
		t.Fatalf("a file without mod: %v", err)
	}
	for _, a := range g.Annotations {
		if a.Mod != "" {
			t.Errorf("%s: mod %q from a file without mods", a.ID, a.Mod)
		}
	}
}
