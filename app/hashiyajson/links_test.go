package hashiyajson_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

func sampleLinks() []annotation.Link {
	return []annotation.Link{
		{ID: "r2", From: "o1", To: "l1", Type: annotation.LocatedIn},
		{ID: "r1", From: "h1", To: "g1", Type: annotation.SameAs, Note: "الموافق"},
	}
}

func TestLinksRoundTrip(t *testing.T) {
	doc, anns := sample(t)
	links := sampleLinks()
	out, err := hashiyajson.EncodeWithLinks(doc, anns, links)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`"links": [`)) || !bytes.Contains(out, []byte(`"type": "located-in"`)) {
		t.Fatalf("export lacks the links:\n%s", out)
	}
	f, err := hashiyajson.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	// Sorted by from: h1 before o1.
	if len(f.Links) != 2 || f.Links[0] != links[1] || f.Links[1] != links[0] {
		t.Errorf("decoded links = %+v, want %+v sorted by from", f.Links, links)
	}
	if links[0].ID != "r2" {
		t.Error("EncodeWithLinks modified its argument")
	}
	// Without links the file is exactly Encode's, with no "links" field.
	plain, err := hashiyajson.EncodeWithLinks(doc, anns, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := hashiyajson.Encode(doc, anns)
	if !bytes.Equal(plain, enc) || bytes.Contains(plain, []byte(`"links"`)) {
		t.Error("EncodeWithLinks without links differs from Encode")
	}
	// Apart from the links array, the file is Encode's.
	f.Links = nil
	again, err := hashiyajson.Encode(f.Document, f.Annotations)
	if err != nil || !bytes.Equal(again, enc) {
		t.Errorf("decoding a file with links changed its annotations (err %v)", err)
	}
}

func TestLinksRefused(t *testing.T) {
	doc, anns := sample(t)
	if _, err := hashiyajson.EncodeWithLinks(doc, anns, []annotation.Link{{ID: "x", From: "h1", To: "nope", Type: annotation.DateOf}}); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("link to a missing annotation encoded: %v", err)
	}
	good, err := hashiyajson.EncodeWithLinks(doc, anns, sampleLinks())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to, want string }{
		{`"to": "l1"`, `"to": "zz"`, `Link #2 ("r2") points to the annotation "zz"`},
		{`"to": "l1"`, `"to": "o1"`, "to itself"},
		{`"type": "located-in"`, `"type": "located in"`, "not usable"},
		{`"type": "located-in"`, `"type": 3`, `Link #2: the field "type" must be a string`},
	} {
		bad := strings.Replace(string(good), c.from, c.to, 1)
		_, err := hashiyajson.Decode([]byte(bad))
		if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), c.want) {
			t.Errorf("%s → %s: got %v, want EINVALID with %q", c.from, c.to, err, c.want)
		}
	}
}

func TestMergeLinks(t *testing.T) {
	doc, anns := sample(t)
	// The colleague's file: the same spans under other ids, plus a new
	// annotation, and links between them.
	theirs := make([]annotation.Annotation, len(anns))
	for i, a := range anns {
		a.ID = "their-" + a.ID
		a.Link = ""
		theirs[i] = a
	}
	extra := mk(t, doc, "their-new", "وزير", annotation.PER)
	theirs = append(theirs, extra)
	theirLinks := []annotation.Link{
		{ID: "r1", From: "their-o1", To: "their-l1", Type: annotation.LocatedIn}, // same relation as ours: skipped
		{ID: "r9", From: "their-new", To: "their-l1", Type: annotation.LocatedIn},
		{ID: "r8", From: "their-new", To: "ghost", Type: annotation.SameAs}, // dangling: skipped
	}
	ours := []annotation.Link{{ID: "r1", From: "o1", To: "l1", Type: annotation.LocatedIn}}
	merged, _ := hashiyajson.Merge(anns, theirs)
	links, added := hashiyajson.MergeLinks(merged, theirs, ours, theirLinks)
	if added != 1 || len(links) != 2 {
		t.Fatalf("MergeLinks = %+v (%d added), want ours plus r9", links, added)
	}
	if l := links[1]; l.ID != "r9" || l.From != "their-new" || l.To != "l1" {
		t.Errorf("added link = %+v, want r9 from the new annotation to our l1", l)
	}
	if err := annotation.ValidateLinks(merged, links); err != nil {
		t.Error(err)
	}
	if _, err := hashiyajson.EncodeWithLinks(doc, merged, links); err != nil {
		t.Error(err)
	}
}
