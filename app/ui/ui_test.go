package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func load(t *testing.T, c app.Composer) {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
}

// The article is plain text: one <p data-para> per line (in blocks of
// parasPerBlock), right-to-left Arabic, nothing but the text inside (no
// per-word elements, no markers).
func TestArticleRendersPlainText(t *testing.T) {
	a := &articleView{IText: "«لافروف» يلتقي\n\n قال محمد"}
	load(t, a)
	if err := app.Match(app.Div().ID(textID).Class("hx-text").Dir("rtl").Lang("ar"), a, 0); err != nil {
		// The click handler is part of the element; compare what matters.
		html := app.HTMLString(a)
		if !strings.Contains(html, `dir="rtl"`) || !strings.Contains(html, `lang="ar"`) || !strings.Contains(html, `id="hx-text"`) {
			t.Fatalf("article root: %v\n%s", err, html)
		}
	}
	for i, want := range []string{"«لافروف» يلتقي", "", " قال محمد"} {
		p := app.P().DataSet("para", i)
		if want == "" {
			p = p.Class("blank")
		}
		if err := app.Match(p, a, 0, 0, i); err != nil {
			t.Errorf("paragraph %d: %v", i, err)
		}
		if want != "" {
			if err := app.Match(app.Text(want), a, 0, 0, i, 0); err != nil {
				t.Errorf("paragraph %d text: %v", i, err)
			}
		}
	}
	if err := app.Match(app.P(), a, 0, 0, 3); err == nil {
		t.Error("more paragraphs than lines")
	}
	// A longer text: paragraph parasPerBlock+1 is the second of block 1.
	long := strings.Repeat("سطر\n", parasPerBlock+1) + "آخر"
	b := &articleView{IText: long}
	load(t, b)
	if err := app.Match(app.Div().Class("hx-blk").DataSet("blk", 1), b, 0, 1); err != nil {
		t.Errorf("block 1: %v", err)
	}
	if err := app.Match(app.Text("آخر"), b, 0, 1, 1, 0); err != nil {
		t.Errorf("last paragraph: %v", err)
	}
}

func TestLegendHasEveryLabelAndKey(t *testing.T) {
	l := &legend{IActive: annotation.LOC}
	load(t, l)
	html := app.HTMLString(l)
	for i, lab := range annotation.Labels {
		if !strings.Contains(html, fmt.Sprintf(`data-label="%s"`, lab)) || !strings.Contains(html, fmt.Sprintf("<kbd>%d</kbd>", i+1)) {
			t.Errorf("legend lacks %s / key %d", lab, i+1)
		}
		if !strings.Contains(html, "sw-"+string(lab)) {
			t.Errorf("legend lacks the %s swatch", lab)
		}
	}
	if strings.Count(html, "active") != 1 {
		t.Error("the active label is not marked once")
	}
	if labelForKey(1) != annotation.PER || labelForKey(8) != annotation.SET || labelForKey(9) != "" || labelForKey(0) != "" {
		t.Error("labelForKey")
	}
}

func TestSidePanel(t *testing.T) {
	empty := &sidePanel{}
	load(t, empty)
	if !strings.Contains(app.HTMLString(empty), "انقر نصًّا مظلَّلًا") {
		t.Error("empty panel has no hint")
	}
	a := annotation.Annotation{ID: "x1", Start: 30, End: 35, Quote: "عمّان", Label: annotation.LOC, Source: annotation.Manual, Status: annotation.Accepted}
	other := annotation.Annotation{ID: "x2", Start: 28, End: 35, Quote: "إلى عمّان", Label: annotation.MISC, Source: annotation.Auto, Status: annotation.Suggested}
	p := &sidePanel{IAnn: a, IOthers: []annotation.Annotation{other}}
	load(t, p)
	html := app.HTMLString(p)
	for _, want := range []string{`data-id="x1"`, "عمّان", "[30, 35)</bdi>", `id="hx-status"`, `data-status="accepted"`, ">مقبول<", "إلى عمّان", `data-relabel="PER"`, `id="hx-apply-all"`, `id="hx-apply-clitic"`, `lang="en"`} {
		if !strings.Contains(html, want) {
			t.Errorf("panel lacks %q", want)
		}
	}
	// Accept is disabled for an accepted span.
	if !strings.Contains(html, `disabled`) {
		t.Error("no disabled action for an accepted span")
	}
	// A temporal span shows its TIMEX3 value.
	d := annotation.Annotation{ID: "d", Start: 0, End: 11, Quote: "28 صفر 1438", Label: annotation.DATE, Type: "DATE", Value: "2016-11-28", Calendar: "hijri", Hijri: "1438-02-28", Source: annotation.Auto, Status: annotation.Suggested}
	dp := &sidePanel{IAnn: d}
	load(t, dp)
	html = app.HTMLString(dp)
	g, h := readable(d)
	for _, want := range []string{"2016-11-28", "DATE", g, h, "التقويم المكتوب", "هجري"} {
		if want != "" && !strings.Contains(html, want) {
			t.Errorf("temporal panel lacks %q", want)
		}
	}
	if g == "" || h == "" {
		t.Errorf("no readable forms for a Hijri date: %q %q", g, h)
	}
}

func TestDCTField(t *testing.T) {
	d := &dctField{IDCT: "2016-11-29T11:11", ISource: pipeline.SourceDateline, IDateline: "2016-11-29T11:11"}
	load(t, d)
	html := app.HTMLString(d)
	if !strings.Contains(html, `data-source="dateline"`) || !strings.Contains(html, "سطر التاريخ في الخبر") || strings.Contains(html, "hx-dct-reset") {
		t.Errorf("dateline DCT: %s", html)
	}
	o := &dctField{IDCT: "2020-01-01", ISource: pipeline.SourceOverride, IDateline: "2016-11-29T11:11"}
	load(t, o)
	html = app.HTMLString(o)
	if !strings.Contains(html, `data-source="override"`) || !strings.Contains(html, "hx-dct-reset") || !strings.Contains(html, ">2016-11-29T11:11<") {
		t.Errorf("override DCT: %s", html)
	}
	n := &dctField{ISource: pipeline.SourceText}
	load(t, n)
	html = app.HTMLString(n)
	if !strings.Contains(html, `data-source="text"`) || !strings.Contains(html, "لم يُعثر على سطر تاريخ") || !strings.Contains(html, "hx-dct-missing") || !strings.Contains(html, `placeholder="حدِّد تاريخ الخبر"`) {
		t.Errorf("no-dateline DCT: %s", html)
	}
}

// The page renders a session: title, article, timeline, entities, documents.
func TestPageRendersSession(t *testing.T) {
	kv := store.NewMemory(0)
	s := session.New(store.New(kv), kv)
	text := "الثلاثاء 29 نوفمبر 2016\nوصل حفتر إلى موسكو"
	s.Annotate = func(doc annotation.Document, opt pipeline.Options) (pipeline.Result, error) {
		per, _ := annotation.Select(doc.Text, 28, 32, annotation.PER)
		per.ID, per.Source, per.Status, per.Entity = "p", annotation.Auto, annotation.Suggested, "e1"
		date, _ := annotation.Select(doc.Text, 9, 23, annotation.DATE)
		date.ID, date.Source, date.Status, date.Type, date.Value = "d", annotation.Auto, annotation.Suggested, "DATE", "2016-11-29"
		return pipeline.Result{DCT: time.Date(2016, 11, 29, 0, 0, 0, 0, time.UTC), DCTSource: pipeline.SourceDateline, Annotations: []annotation.Annotation{date, per}}, nil
	}
	if err := s.Open(annotation.NewDocument("وصول", text)); err != nil {
		t.Fatal(err)
	}
	p := &page{sess: s, docs: mustDocs(t, s), selected: "p"}
	load(t, p)
	html := app.HTMLString(p)
	for _, want := range []string{"وصول", `id="hx-text"`, "وصل حفتر إلى موسكو", "2016-11-29", `id="hx-timeline"`, `id="hx-entities"`, "حفتر", `id="hx-docs"`, `data-id="p"`} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Arabic first: the whole interface is right-to-left.
	if root := html[:strings.Index(html, ">")]; !strings.Contains(root, `class="hx-app"`) || !strings.Contains(root, `dir="rtl"`) || !strings.Contains(root, `lang="ar"`) {
		t.Errorf("root element %s: want dir=rtl lang=ar", root)
	}
	if strings.Contains(html, "<span") && strings.Contains(extract(html, `id="hx-text"`), "<span") {
		t.Error("the article holds elements besides paragraphs")
	}
}

func mustDocs(t *testing.T, s *session.Session) []annotation.DocumentInfo {
	d, err := s.Documents()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// extract returns the HTML from the element with attr to the end of its
// first closing </div>.
func extract(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	j := strings.Index(html[i:], "</div>")
	if j < 0 {
		return html[i:]
	}
	return html[i : i+j]
}

func TestQuotaErrors(t *testing.T) {
	for _, msg := range []string{
		"JavaScript error: Failed to execute 'setItem' on 'Storage': Setting the value of 'k' exceeded the quota.",
		"JavaScript error: QuotaExceededError: The quota has been exceeded.",
	} {
		var err error
		func() {
			defer recoverJS(&err, "setItem")
			panic(errors.New(msg))
		}()
		if !errors.Is(err, store.ErrQuota) {
			t.Errorf("%q not a quota error: %v", msg, err)
		}
	}
	var err error
	func() {
		defer recoverJS(&err, "getItem")
		panic("SecurityError: access denied")
	}()
	if err == nil || errors.Is(err, store.ErrQuota) {
		t.Errorf("other errors: %v", err)
	}
}

func TestHighlightNames(t *testing.T) {
	for _, c := range []struct {
		a    annotation.Annotation
		want string
	}{
		{annotation.Annotation{Label: "PER", Status: annotation.Accepted}, "hx-PER"},
		{annotation.Annotation{Label: "DATE", Status: annotation.Suggested}, "hx-s-DATE"},
		{annotation.Annotation{Label: "LOC", Status: annotation.Rejected}, hlRejected},
	} {
		if got := highlightName(c.a); got != c.want {
			t.Errorf("%+v → %s, want %s", c.a, got, c.want)
		}
	}
	if !(highlightPriority(hlSelected) > highlightPriority(hlNested) && highlightPriority(hlNested) > highlightPriority("hx-PER")) {
		t.Error("priorities")
	}
}

// The report of applying another document's annotations lists the orphans
// with their span in that document, and the approximate placements.
func TestOrphanList(t *testing.T) {
	orphan := annotation.Annotation{ID: "o1", Start: 12, End: 16, Quote: "أحمد", Label: annotation.PER}
	fuzzy := annotation.Annotation{ID: "f1", Start: 3, End: 9, Quote: "القاهرةَ", Label: annotation.LOC}
	o := (&orphanList{}).Items("خبر", []annotation.Annotation{orphan}, []annotation.Annotation{fuzzy})
	load(t, o)
	html := app.HTMLString(o)
	for _, want := range []string{`data-orphans="1"`, `data-review="1"`, `data-id="o1"`, "شخص: ", "[12,16)", `data-id="f1"`, "القاهرةَ"} {
		if !strings.Contains(html, want) {
			t.Errorf("orphan list lacks %q: %s", want, html)
		}
	}
}
