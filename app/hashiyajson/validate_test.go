package hashiyajson_test

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// Imports of dct, value, calendar, hijri and link are checked (issue 10).
func TestDecodeValidatesFields(t *testing.T) {
	doc, anns := sample(t)
	good, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, from, to, want string }{
		{"dct", `"dct": "2016-11-29T11:11"`, `"dct": "yesterday"`, "dct"},
		{"dct day", `"dct": "2016-11-29T11:11"`, `"dct": "2016-02-30"`, "dct"},
		{"value", `"value": "2016-11-28"`, `"value": "2016-13-01"`, "TIMEX3 value"},
		{"value html", `"value": "2016-11-28"`, `"value": "<script>alert(1)</script>"`, "TIMEX3 value"},
		{"hijri", `"hijri": "1438-02-28"`, `"hijri": "1438-02-31"`, "Hijri value"},
		{"hijri month", `"hijri": "1438-02-28"`, `"hijri": "1438-13"`, "Hijri value"},
		{"calendar", `"calendar": "hijri"`, `"calendar": "julian"`, "calendar"},
		{"link", `"link": "g1"`, `"link": "nobody"`, "links to"},
		{"self link", `"link": "g1"`, `"link": "h1"`, "links to itself"},
	} {
		data := strings.Replace(string(good), c.from, c.to, 1)
		if data == string(good) {
			t.Fatalf("%s: %q not in the export", c.name, c.from)
		}
		_, err := hashiyajson.Decode([]byte(data))
		if annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), c.want) {
			t.Errorf("%s: err = %v, want EINVALID mentioning %q", c.name, err, c.want)
		}
	}
}

// A suggestion deleted in one browser does not come back when a colleague,
// whose recognizer suggested it too, imports the export.
func TestTombstones(t *testing.T) {
	doc, anns := sample(t)
	per := mk(t, doc, "p1", "وزير", annotation.PER)
	per.Source, per.Status = annotation.Auto, annotation.Suggested
	data, err := hashiyajson.EncodeFile(&hashiyajson.File{Document: doc, Annotations: anns, Tombstones: []hashiyajson.Tombstone{hashiyajson.TombstoneOf(per)}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"deleted": [`) {
		t.Fatalf("no tombstones written:\n%s", data)
	}
	// The colleague has the same suggestion, and a manual one on the same span.
	manual := per
	manual.ID, manual.Source, manual.Status = "m1", annotation.Manual, annotation.Accepted
	mine := []annotation.Annotation{per, manual}
	merged, report, err := hashiyajson.Import(doc, mine, data)
	if err != nil {
		t.Fatal(err)
	}
	if report.Removed != 1 || !strings.Contains(report.String(), "removed") {
		t.Errorf("report = %+v", report)
	}
	for _, a := range merged {
		if a.ID == "p1" {
			t.Error("deleted suggestion resurrected")
		}
	}
	found := false
	for _, a := range merged {
		found = found || a.ID == "m1"
	}
	if !found {
		t.Error("a manual annotation on a buried span was removed")
	}
	// A tombstone that does not fit the text is refused.
	bad := strings.Replace(string(data), `"quote": "وزير"`, `"quote": "خالد"`, 1)
	if _, err := hashiyajson.Decode([]byte(bad)); annotation.ErrorCode(err) != annotation.EINVALID || !strings.Contains(annotation.ErrorMessage(err), "Deleted suggestion #1") {
		t.Errorf("bad tombstone: %v", err)
	}
}

func TestValidHijri(t *testing.T) {
	for _, v := range []string{"", "1438", "1438-02", "1438-02-29", "1438-02-30", "1438-XX", "0001-01-01"} {
		if !hashiyajson.ValidHijri(v) {
			t.Errorf("%q refused", v)
		}
	}
	for _, v := range []string{"1438-02-31", "1438-00", "1438-13-01", "14380", "1438-2-1", "P3Y", "1438-02-28T10:00", "<b>"} {
		if hashiyajson.ValidHijri(v) {
			t.Errorf("%q accepted", v)
		}
	}
}
