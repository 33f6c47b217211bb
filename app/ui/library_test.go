package ui

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/agree"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/library"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestLibraryTimelineRenders(t *testing.T) {
	text := "زار حفتر روما في 5 مايو 2020. وفي أبريل سيعود."
	doc := annotation.NewDocument("خبر", text)
	mk := func(id string, start, end int, l annotation.Label, value string) annotation.Annotation {
		a, err := annotation.Select(text, start, end, l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status, a.Value = id, annotation.Manual, annotation.Accepted, value
		return a
	}
	anns := []annotation.Annotation{
		mk("p", 4, 8, annotation.PER, ""),
		mk("d", 17, 28, annotation.DATE, "2020-05-05"), // «5 مايو 2020»
		mk("v", 33, 38, annotation.DATE, "XXXX-04"),    // «أبريل»
	}
	for _, a := range anns {
		if err := a.Validate(text); err != nil {
			t.Fatal(err)
		}
	}
	v := NewLibraryTimeline().Library(library.Build([]library.Doc{{Doc: doc, Anns: anns}}))
	load(t, v)
	html := app.HTMLString(v)
	for _, want := range []string{`id="hx-library-timeline"`, "<svg", `data-start="17"`, `data-sha="` + doc.SHA256, `id="hx-tl-apart"`, "أبريل", `id="hx-tl-ics"`} {
		if !strings.Contains(html, want) {
			t.Errorf("timeline view lacks %q", want)
		}
	}
	empty := NewLibraryTimeline()
	load(t, empty)
	if !strings.Contains(app.HTMLString(empty), "لا مكتبة بعد") {
		t.Error("empty view has no message")
	}
}

func TestLibraryEntitiesRenders(t *testing.T) {
	text := "زار حفتر روما في 5 مايو 2020."
	doc := annotation.NewDocument("خبر", text)
	a, _ := annotation.Select(text, 4, 8, annotation.PER)
	a.ID, a.Source, a.Status = "p", annotation.Manual, annotation.Accepted
	d, _ := annotation.Select(text, 17, 28, annotation.DATE)
	d.ID, d.Source, d.Status, d.Value = "d", annotation.Manual, annotation.Accepted, "2020-05-05"
	v := NewLibraryEntities().Library(library.Build([]library.Doc{{Doc: doc, Anns: []annotation.Annotation{a, d}}}))
	load(t, v)
	html := app.HTMLString(v)
	for _, want := range []string{`id="hx-library-entities"`, "حفتر", `data-entity="0"`, "2020-05-05", `id="hx-ent-csv"`} {
		if !strings.Contains(html, want) {
			t.Errorf("entity view lacks %q", want)
		}
	}
}

func TestAgreementRenders(t *testing.T) {
	text := "زار محمد علي القاهرة."
	doc := annotation.NewDocument("خبر", text)
	sel := func(id string, s, e int, l annotation.Label) annotation.Annotation {
		a, _ := annotation.Select(text, s, e, l)
		a.ID, a.Source, a.Status = id, annotation.Manual, annotation.Accepted
		return a
	}
	v := NewAgreement().Annotators([]agree.Annotator{
		{Name: "A", Doc: doc, Anns: []annotation.Annotation{sel("1", 4, 12, annotation.PER), sel("2", 13, 20, annotation.LOC)}},
		{Name: "B", Doc: doc, Anns: []annotation.Annotation{sel("1", 4, 8, annotation.PER), sel("2", 13, 20, annotation.LOC)}},
	})
	load(t, v)
	html := app.HTMLString(v)
	for _, want := range []string{`id="hx-agreement"`, `data-label="all"`, "0.500", `data-dis="0"`, "«محمد علي» PER", "«محمد» PER"} {
		if !strings.Contains(html, want) {
			t.Errorf("agreement view lacks %q", want)
		}
	}
	if strings.Contains(html, "hx-agree-gold") {
		t.Error("gold offered before the disagreement is settled")
	}
}
