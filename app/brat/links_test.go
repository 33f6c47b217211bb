package brat_test

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/brat"
)

// linkDoc is a document with three annotations and links between them.
func linkDoc(t *testing.T) (annotation.Document, []annotation.Annotation, []annotation.Link) {
	t.Helper()
	doc := annotation.NewDocument("r", "اجتمع لافروف وحفتر في موسكو يوم الثلاثاء.")
	mk := func(id, quote string, l annotation.Label) annotation.Annotation {
		i := strings.Index(doc.Text, quote)
		s := len([]rune(doc.Text[:i]))
		a, err := annotation.Select(doc.Text, s, s+len([]rune(quote)), l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = id, annotation.Manual, annotation.Accepted
		if l.IsTemporal() {
			a.Type = string(l)
		}
		return a
	}
	anns := []annotation.Annotation{
		mk("per1", "لافروف", annotation.PER), mk("per2", "حفتر", annotation.PER),
		mk("loc", "موسكو", annotation.LOC), mk("date", "الثلاثاء", annotation.DATE),
	}
	links := []annotation.Link{
		{ID: "l1", From: "per1", To: "loc", Type: annotation.LocatedIn, Note: "ملاحظة\tعلى سطرين\nهنا"},
		{ID: "l2", From: "per1", To: "date", Type: annotation.DateOf},
		{ID: "l3", From: "per2", To: "per1", Type: "meets"},
	}
	return doc, anns, links
}

// ends names a link by its ends' quotes, the ids being the file's own.
func ends(anns []annotation.Annotation, links []annotation.Link) map[string]string {
	q := map[string]string{}
	for _, a := range anns {
		q[a.ID] = a.Quote
	}
	out := map[string]string{}
	for _, l := range links {
		out[q[l.From]+" "+string(l.Type)+" "+q[l.To]] = l.Note
	}
	return out
}

func TestLinksRoundTrip(t *testing.T) {
	doc, anns, links := linkDoc(t)
	txt, ann, err := brat.EncodeLinks(doc, anns, links)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"R2\tlocated-in Arg1:T1 Arg2:T3\n", "R3\tmeets Arg1:T2 Arg2:T1\n", "AnnotatorNotes R2\tملاحظة على سطرين هنا\n"} {
		if !strings.Contains(string(ann), want) {
			t.Errorf(".ann lacks %q:\n%s", want, ann)
		}
	}
	res, err := brat.Decode("r", txt, ann, brat.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) > 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
	got, want := ends(res.Annotations, res.Links), ends(anns, links)
	want["لافروف located-in موسكو"] = "ملاحظة على سطرين هنا" // one line in brat
	if len(got) != len(want) {
		t.Fatalf("links after the round trip:\n%v\nwant\n%v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("link %q: note %q, want %q (got %v)", k, got[k], v, got)
		}
	}
	if err := annotation.ValidateLinks(res.Annotations, res.Links); err != nil {
		t.Error(err)
	}
}

func TestLinksFromBratFiles(t *testing.T) {
	doc, anns, _ := linkDoc(t)
	txt, ann, err := brat.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	extra := "R1\tOrigin Arg1:T1 Arg2:T3\n" + // a brat project's own type
		"R2\tdate-of Arg1:T1 Arg2:T9\n" + // T9 does not exist: skipped
		"R3\tbad type! Arg1:T1 Arg2:T2\n" + // fields: "bad" type, then no Args: ignored
		"*\tEquiv T1 T2\n" + // same-as
		"R4\tOrigin Arg1:T1 Arg2:T3\n" // the same relation again: skipped
	res, err := brat.Decode("r", txt, append(ann, extra...), brat.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := ends(res.Annotations, res.Links)
	for _, k := range []string{"لافروف Origin موسكو", "لافروف same-as حفتر"} {
		if _, ok := got[k]; !ok {
			t.Errorf("link %q missing: %v", k, got)
		}
	}
	if len(got) != 2 {
		t.Errorf("links %v, want 2", got)
	}
	if w := strings.Join(res.Warnings, " "); !strings.Contains(w, "T9") || !strings.Contains(w, "Line 9 (R4)") || !strings.Contains(w, "1 relation lines (R) were ignored") {
		t.Errorf("warnings %q", w)
	}
}
