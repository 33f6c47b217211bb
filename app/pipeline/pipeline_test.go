package pipeline

import (
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/sample"
)

func TestAnnotateSample(t *testing.T) {
	doc := annotation.NewDocument(sample.Title, sample.Article)
	res, err := Annotate(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.DCTSource != SourceDateline {
		t.Fatalf("DCTSource = %q, want dateline", res.DCTSource)
	}
	if got := res.DCT.Format("2006-01-02"); got != "2016-11-29" {
		t.Errorf("DCT = %s, want 2016-11-29", got)
	}
	text := []rune(doc.Text)
	seen := map[string]bool{}
	labels := map[annotation.Label]int{}
	for _, a := range res.Annotations {
		if err := a.ValidateRunes(text); err != nil {
			t.Errorf("invalid suggestion: %v", err)
		}
		if seen[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		seen[a.ID] = true
		if a.Source != annotation.Auto || a.Status != annotation.Suggested {
			t.Errorf("%s: source/status %s/%s", a.ID, a.Source, a.Status)
		}
		if a.Label.IsTemporal() && a.Type != string(a.Label) {
			t.Errorf("%s: temporal label %s with TIMEX3 type %q", a.ID, a.Label, a.Type)
		}
		if !a.Label.IsTemporal() && a.Entity == "" {
			t.Errorf("%s: entity mention without an entity group", a.ID)
		}
		labels[a.Label]++
	}
	for _, l := range []annotation.Label{annotation.PER, annotation.LOC, annotation.DATE, annotation.TIME} {
		if labels[l] == 0 {
			t.Errorf("no %s suggestion on the sample article", l)
		}
	}
	// A re-run with another DCT keeps the ids of the same spans.
	res2, err := Annotate(doc, Options{DCT: time.Date(2017, 1, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if res2.DCTSource != SourceOverride || len(res2.Annotations) != len(res.Annotations) {
		t.Errorf("override run: source %s, %d annotations (first run %d)", res2.DCTSource, len(res2.Annotations), len(res.Annotations))
	}
}

func TestAnnotateToday(t *testing.T) {
	doc := annotation.NewDocument("", "وصل الوفد أمس إلى القاهرة.")
	now := func() time.Time { return time.Date(2020, 3, 4, 15, 30, 0, 0, time.UTC) }
	res, err := Annotate(doc, Options{Now: now, Today: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.DCTSource != SourceToday || FormatDCT(res.DCT) != "2020-03-04" || !res.NoDateline {
		t.Fatalf("DCT %s from %s, want 2020-03-04 from today", FormatDCT(res.DCT), res.DCTSource)
	}
	var found bool
	for _, a := range res.Annotations {
		if a.Quote == "أمس" {
			found = true
			if a.Value != "2020-03-03" {
				t.Errorf("أمس = %q, want 2020-03-03", a.Value)
			}
		}
	}
	if !found {
		t.Errorf("أمس not found in %+v", res.Annotations)
	}
}

// TestAnnotateNoDateline: without a dateline or an override, relative
// expressions are anchored on the text's own dates (narrative mode), and
// the result says that no dateline was found.
func TestAnnotateNoDateline(t *testing.T) {
	doc := annotation.NewDocument("", "وقال الوزير أمس إن المحادثات ستستأنف. وفي 10 نوفمبر 2015 أعلن أن الجلسة ستعقد غدا، ومرت بحوالي عشرين عاما.")
	res, err := Annotate(doc, Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	if res.DCTSource != SourceText || !res.DCT.IsZero() || !res.NoDateline {
		t.Fatalf("DCT %v from %s (no dateline %v), want none from the text", res.DCT, res.DCTSource, res.NoDateline)
	}
	want := map[string]string{"أمس": "XXXX-XX-XX", "10 نوفمبر 2015": "2015-11-10", "غدا": "2015-11-11"}
	for _, a := range res.Annotations {
		if v, ok := want[a.Quote]; ok {
			if a.Value != v {
				t.Errorf("%s = %q, want %q", a.Quote, a.Value, v)
			}
			delete(want, a.Quote)
		}
		if a.Quote == "عشرين عاما" && a.Mod != "APPROX" {
			t.Errorf("%s: mod %q, want APPROX", a.Quote, a.Mod)
		}
	}
	if len(want) != 0 {
		t.Errorf("not found: %v in %+v", want, res.Annotations)
	}
	if res2, _ := Annotate(annotation.NewDocument("", "يوم 5 مارس 2019\nوصل الوفد أمس."), Options{}); res2.NoDateline {
		t.Errorf("a text with a dateline: NoDateline set (%s)", res2.DCTSource)
	}
}

func TestAnnotateEmpty(t *testing.T) {
	res, err := Annotate(annotation.NewDocument("", ""), Options{})
	if err != nil || len(res.Annotations) != 0 {
		t.Fatalf("empty text: %v, %d annotations", err, len(res.Annotations))
	}
}

func TestDCTFormat(t *testing.T) {
	for _, s := range []string{"2016-11-29", "2016-11-29T11:11"} {
		d, err := ParseDCT(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := FormatDCT(d); got != s {
			t.Errorf("FormatDCT(ParseDCT(%q)) = %q", s, got)
		}
	}
	if _, err := ParseDCT("29/11/2016x"); err == nil {
		t.Error("ParseDCT accepted a malformed date")
	}
}
