package library

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02T15:04", s)
	if err != nil {
		t, _ = time.Parse("2006-01-02", s)
	}
	return t
}

func TestInterval(t *testing.T) {
	for _, c := range []struct {
		v          string
		start, end string
		g          Granularity
	}{
		{"2016", "2016-01-01", "2017-01-01", Year},
		{"2016-02", "2016-02-01", "2016-03-01", Month},
		{"2016-12", "2016-12-01", "2017-01-01", Month},
		{"2016-02-29", "2016-02-29", "2016-03-01", Day},
		{"2016-11-29T06:11", "2016-11-29T06:11", "2016-11-29T06:12", Minute},
		{"2016-11-29TEV", "2016-11-29", "2016-11-30", PartOfDay},
		{"2016-W01", "2016-01-04", "2016-01-11", Week}, // 4 January 2016 is a Monday
		{"2016-Q4", "2016-10-01", "2017-01-01", Quarter},
		{"2016-H1", "2016-01-01", "2016-07-01", Half},
		{"2016-WI", "2016-12-01", "2017-03-01", Season},
		{"201", "2010-01-01", "2020-01-01", Decade},
		{"19", "1900-01-01", "2000-01-01", Century},
	} {
		s, e, g, ok := Interval(c.v)
		if !ok || !s.Equal(day(c.start)) || !e.Equal(day(c.end)) || g != c.g {
			t.Errorf("Interval(%q) = %v, %v, %v, %v; want [%s, %s) %v", c.v, s, e, g, ok, c.start, c.end, c.g)
		}
	}
	for _, v := range []string{"", "PAST_REF", "XXXX-04", "2016-XX-03", "P3Y", "2016-13", "2016-02-30", "abc", "2016-Q5"} {
		if _, _, _, ok := Interval(v); ok {
			t.Errorf("Interval(%q) placed, want not", v)
		}
	}
}

// mk annotates the first occurrence of quote.
func mk(t *testing.T, text, id, quote string, l annotation.Label, value, entity string) annotation.Annotation {
	t.Helper()
	r, q := []rune(text), []rune(quote)
	for i := 0; i+len(q) <= len(r); i++ {
		if slices.Equal(r[i:i+len(q)], q) {
			a, _ := annotation.Select(text, i, i+len(q), l)
			a.ID, a.Source, a.Status, a.Value, a.Entity = id, annotation.Manual, annotation.Accepted, value, entity
			return a
		}
	}
	t.Fatalf("%q not in %q", quote, text)
	return annotation.Annotation{}
}

func testLibrary(t *testing.T) *Library {
	t1 := "التقى حفتر بالسراج في القاهرة يوم 5 مايو 2020. وكان ذلك في مايو 2020.\nوقبل ذلك في الماضي عاد."
	t2 := "زار حَفتر روما عام 2019. وفي أبريل سيعود."
	d1 := Doc{Doc: annotation.NewDocument("الأول", t1), Anns: []annotation.Annotation{
		mk(t, t1, "p1", "حفتر", annotation.PER, "", "e1"),
		mk(t, t1, "p2", "السراج", annotation.PER, "", "e2"),
		mk(t, t1, "l1", "القاهرة", annotation.LOC, "", "e3"),
		mk(t, t1, "d1", "5 مايو 2020", annotation.DATE, "2020-05-05", ""),
		mk(t, t1, "d2", "في مايو 2020", annotation.DATE, "2020-05", ""), // trimmed below to «مايو 2020»
		mk(t, t1, "d3", "الماضي", annotation.DATE, "PAST_REF", ""),
		mk(t, t1, "v1", "التقى", annotation.MISC, "", ""),
	}}
	d1.Anns[4], _ = annotation.Select(t1, d1.Anns[4].Start+3, d1.Anns[4].End, annotation.DATE) // drop «في »
	d1.Anns[4].ID, d1.Anns[4].Source, d1.Anns[4].Status, d1.Anns[4].Value = "d2", annotation.Manual, annotation.Accepted, "2020-05"
	d1.Anns[6].Status = annotation.Rejected
	d1.Links = []annotation.Link{{ID: "k", From: "p1", To: "d1", Type: annotation.DateOf}}
	d2 := Doc{Doc: annotation.NewDocument("الثاني", t2), Anns: []annotation.Annotation{
		mk(t, t2, "p1", "حَفتر", annotation.PER, "", "e1"),
		mk(t, t2, "l1", "روما", annotation.LOC, "", "e2"),
		mk(t, t2, "d1", "2019", annotation.DATE, "2019", ""),
		mk(t, t2, "d2", "أبريل", annotation.DATE, "XXXX-04", ""),
	}}
	for _, d := range []Doc{d1, d2} {
		if err := annotation.ValidateLinks(d.Anns, d.Links); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Anns {
			if err := a.Validate(d.Doc.Text); err != nil {
				t.Fatal(err)
			}
		}
	}
	return Build([]Doc{d1, d2})
}

func values(es []*Event) string {
	var vs []string
	for _, e := range es {
		vs = append(vs, e.Ann.Value)
	}
	return strings.Join(vs, " ")
}

func TestTimeline(t *testing.T) {
	l := testLibrary(t)
	placed, apart := l.Timeline(Filter{})
	if got := values(placed); got != "2019 2020-05 2020-05-05" {
		t.Errorf("placed = %s", got)
	}
	if got := values(apart); got != "PAST_REF XXXX-04" {
		t.Errorf("apart = %s", got)
	}
	if e := placed[2]; e.Sentence != "التقى حفتر بالسراج في القاهرة يوم 5 مايو 2020." || e.Doc != 0 || len(e.Events) != 1 {
		t.Errorf("event = %+v", e)
	}
	var haftar *Entity
	for _, e := range l.Index() {
		if e.Name == "حفتر" || e.Name == "حَفتر" {
			haftar = e
		}
	}
	if haftar == nil || len(haftar.Docs) != 2 || len(haftar.Mentions) != 2 || !haftar.First.Equal(day("2019-01-01")) || !haftar.Last.Equal(day("2020-05-06")) {
		t.Fatalf("حفتر = %+v", haftar)
	}
	placed, apart = l.Timeline(Filter{Entities: []int{haftar.ID}})
	if got := values(placed); got != "2019 2020-05-05" || len(apart) != 0 {
		t.Errorf("with حفتر: %s; apart %s", got, values(apart))
	}
	placed, _ = l.Timeline(Filter{From: day("2020-05-03"), To: day("2020-05-04")})
	if got := values(placed); got != "2020-05" {
		t.Errorf("3–4 May 2020: %s (the month overlaps it, the 5th does not)", got)
	}
	placed, apart = l.Timeline(Filter{Docs: []int{1}, Text: "زار حفتر"}) // folding: حَفتر
	if got := values(placed); got != "2019" || len(apart) != 0 {
		t.Errorf("document 1 with text: %s", got)
	}
}

func TestMergeSplit(t *testing.T) {
	l := testLibrary(t)
	byName := map[string]*Entity{}
	for _, e := range l.Index() {
		byName[e.Name] = e
	}
	haftar := byName["حَفتر"]
	if haftar == nil {
		haftar = byName["حفتر"]
	}
	n, err := l.Split(haftar.ID, 1)
	if err != nil || len(n.Docs) != 1 || n.Docs[0] != 1 || len(haftar.Mentions) != 1 {
		t.Fatalf("split: %v %+v", err, n)
	}
	placed, _ := l.Timeline(Filter{Entities: []int{haftar.ID}})
	if values(placed) != "2020-05-05" {
		t.Errorf("after split: %s", values(placed))
	}
	if _, err := l.Merge(haftar.ID, n.ID); err != nil {
		t.Fatal(err)
	}
	placed, _ = l.Timeline(Filter{Entities: []int{haftar.ID}})
	if values(placed) != "2019 2020-05-05" || len(haftar.Docs) != 2 {
		t.Errorf("after merge: %s", values(placed))
	}
	if _, err := l.Merge(haftar.ID, haftar.ID); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("self merge: %v", err)
	}
}

func TestExports(t *testing.T) {
	l := testLibrary(t)
	placed, apart := l.Timeline(Filter{})
	var buf bytes.Buffer
	if err := l.WriteTimelineCSV(&buf, append(placed, apart...)); err != nil {
		t.Fatal(err)
	}
	csv := buf.String()
	if !strings.Contains(csv, "2020-05-01,2020-06-01,month,2020-05,DATE,accepted,مايو 2020,وكان ذلك في مايو 2020.,") || !strings.Contains(csv, ",,vague,PAST_REF,") {
		t.Errorf("timeline CSV:\n%s", csv)
	}
	buf.Reset()
	if err := l.WriteICS(&buf, placed, day("2026-12-02")); err != nil {
		t.Fatal(err)
	}
	ics := buf.String()
	for _, want := range []string{"BEGIN:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20200501\r\nDTEND;VALUE=DATE:20200601\r\n", "DTSTART;VALUE=DATE:20190101\r\nDTEND;VALUE=DATE:20200101\r\n", "DTSTAMP:20261202T000000Z"} {
		if !strings.Contains(ics, want) {
			t.Errorf("ICS lacks %q:\n%s", want, ics)
		}
	}
	if strings.Count(ics, "BEGIN:VEVENT") != 3 {
		t.Errorf("ICS events: %d", strings.Count(ics, "BEGIN:VEVENT"))
	}
	for _, ln := range strings.Split(ics, "\r\n") {
		if len(ln) > 75 {
			t.Errorf("unfolded line of %d octets: %q", len(ln), ln)
		}
	}
	buf.Reset()
	l.WriteEntityCSV(&buf)
	if !strings.Contains(buf.String(), ",PER,حَفتر,2,2,2019-01-01,2020-05-06") && !strings.Contains(buf.String(), ",PER,حفتر,2,2,2019-01-01,2020-05-06") {
		t.Errorf("entity CSV:\n%s", buf.String())
	}
	if strings.Contains(buf.String(), "التقى") {
		t.Error("a rejected annotation is in the index")
	}
}

func TestAxisLabel(t *testing.T) {
	d := day("2016-11-28")
	for _, c := range []struct {
		g     Granularity
		hijri bool
		want  string
	}{
		{Year, false, "2016"}, {Month, false, "نوفمبر 2016"}, {Day, false, "28 نوفمبر 2016"},
		{Day, true, "28 صفر 1438 هـ"}, {Month, true, "صفر 1438 هـ"}, {Year, true, "1438 هـ"},
	} {
		if got := AxisLabel(d, c.g, c.hijri); got != c.want {
			t.Errorf("AxisLabel(%v, hijri %v) = %q, want %q", c.g, c.hijri, got, c.want)
		}
	}
}

func TestChart(t *testing.T) {
	l := testLibrary(t)
	placed, _ := l.Timeline(Filter{})
	svg := l.Chart(placed, ChartOptions{Width: 600, RTL: true})
	// The year 2019 is a bar, the month a bar, the day a point.
	if strings.Count(svg, "<rect ") != 2 || strings.Count(svg, "<circle ") != 1 || !strings.HasPrefix(svg, "<svg ") || !strings.HasSuffix(svg, "</svg>") {
		t.Errorf("chart:\n%s", svg)
	}
	if !strings.Contains(svg, `data-doc="0"`) || !strings.Contains(svg, `data-start="`) || !strings.Contains(svg, "<title>5 مايو 2020 (2020-05-05) — التقى حفتر") {
		t.Errorf("marks lack their data:\n%s", svg)
	}
	// Zoomed into May 2020: the year 2019 is outside the window.
	zoom := l.Chart(placed, ChartOptions{From: day("2020-05-01"), To: day("2020-06-01"), Hijri: true})
	if strings.Count(zoom, "<rect ") != 1 || !strings.Contains(zoom, "هـ</text>") {
		t.Errorf("zoomed chart:\n%s", zoom)
	}
	// One day: hour ticks labelled short, the day named once under them.
	hours := l.Chart(placed, ChartOptions{From: day("2020-05-05"), To: day("2020-05-06"), Width: 600})
	if !strings.Contains(hours, ">06:00</text>") || !strings.Contains(hours, `class="hx-tl-caption"`) || !strings.Contains(hours, ">5 مايو 2020</text>") {
		t.Errorf("hour chart:\n%s", hours)
	}
	hhours := l.Chart(placed, ChartOptions{From: day("2020-05-05"), To: day("2020-05-06"), Width: 600, Hijri: true})
	if !strings.Contains(hhours, ">06:00</text>") || !strings.Contains(hhours, ">12 رمضان 1441 هـ</text>") {
		t.Errorf("Hijri hour chart:\n%s", hhours)
	}
	if s := l.Chart(nil, ChartOptions{}); !strings.HasPrefix(s, "<svg ") {
		t.Errorf("empty chart: %s", s)
	}
}

func TestTicks(t *testing.T) {
	// 2019-01-01 to 2021-01-01 with at most 8 ticks: every 6 months → 5 ticks.
	ts := Ticks(day("2019-01-01"), day("2021-01-01"), 8)
	if len(ts) != 5 || !ts[1].Time.Equal(day("2019-07-01")) || ts[0].Gran != Month {
		t.Errorf("ticks = %v", ts)
	}
	// One day, 6 ticks: every 6 hours (00, 06, 12, 18, 24).
	if ts := Ticks(day("2020-05-05"), day("2020-05-06"), 6); len(ts) != 5 || ts[1].Time.Hour() != 6 {
		t.Errorf("hour ticks = %v", ts)
	}
}

// TestChartEscapesText: the chart is markup that the page inserts as is
// (app.Raw in app/ui/librarytimeline.go), so every string that comes from a
// document (text, quote, title, ids, hash) must arrive as inert text.
func TestChartEscapesText(t *testing.T) {
	text := `<script>alert(1)</script> "><img src=x onerror=alert(2)> يوم 5 مايو 2020`
	a := mk(t, text, `x"><svg onload=alert(3)>`, "5 مايو 2020", annotation.DATE, "2020-05-05", "")
	doc := annotation.NewDocument(`</title><script>alert(4)</script>`, text)
	doc.SHA256 = `"><script>alert(5)</script>`
	l := Build([]Doc{{Doc: doc, Anns: []annotation.Annotation{a}}})
	placed, _ := l.Timeline(Filter{})
	svg := l.Chart(placed, ChartOptions{Width: 600, RTL: true})
	for _, bad := range []string{"<script", "<img", "<svg onload", `data-sha=""`, `data-id="x"`} {
		if strings.Contains(svg, bad) {
			t.Errorf("chart carries %q unescaped:\n%s", bad, svg)
		}
	}
	if strings.Count(svg, "<title>") != 1 || strings.Count(svg, "</title>") != 1 {
		t.Errorf("a title broke out of its element:\n%s", svg)
	}
	if !strings.Contains(svg, "&lt;script&gt;") {
		t.Errorf("escaped text missing:\n%s", svg)
	}
}

// A date-of link makes the date count for the entities of the linked
// mention (and its sentence), even when the date's sentence names none.
func TestTimelineUsesDateOfLinks(t *testing.T) {
	base := testLibrary(t)
	var haftar int
	for _, e := range base.Index() {
		if e.Name == "حفتر" || e.Name == "حَفتر" {
			haftar = e.ID
		}
	}
	docs := slices.Clone(base.Docs)
	docs[0].Links = append(slices.Clone(docs[0].Links), annotation.Link{ID: "k2", From: "p2", To: "d2", Type: annotation.DateOf})
	l := Build(docs)
	placed, _ := l.Timeline(Filter{Entities: []int{haftar}})
	if got := values(placed); got != "2019 2020-05 2020-05-05" {
		t.Errorf("with حفتر and the link السراج → مايو 2020: %s", got)
	}
	svg := l.Chart(placed, ChartOptions{})
	if !strings.Contains(svg, "وكان ذلك في مايو 2020. — تاريخ: السراج") {
		t.Errorf("the chart does not say what the linked date dates:\n%.600s", svg)
	}
}

// Marks that find no free row are counted in bins under the rows, and a
// bin's data-from/data-to is the extent of the dates it counts.
func TestChartCountsOverflow(t *testing.T) {
	text := strings.Repeat("في 5 مايو 2020. ", 30)
	doc := annotation.NewDocument("x", text)
	var anns []annotation.Annotation
	for i := range 30 {
		a, err := annotation.Select(text, i*16+3, i*16+14, annotation.DATE) // «5 مايو 2020»
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status, a.Value = "d"+strconv.Itoa(i), annotation.Manual, annotation.Accepted, "2020-05-05"
		anns = append(anns, a)
	}
	anns = append(anns, mk(t, text, "y", "مايو 2020", annotation.DATE, "2021", ""))
	l := Build([]Doc{{Doc: doc, Anns: anns}})
	placed, _ := l.Timeline(Filter{})
	svg := l.Chart(placed, ChartOptions{Width: 600, LaneLimit: 4})
	if n := strings.Count(svg, "<circle "); n != 4 {
		t.Errorf("%d points drawn, want 4 (one per row)", n)
	}
	if !strings.Contains(svg, `class="hx-tl-more" data-from="2020-05-05T00:00:00Z" data-to="2020-05-06T00:00:00Z"`) || !strings.Contains(svg, ">+26</text>") {
		t.Errorf("the 26 dates without a row are not counted:\n%s", svg)
	}
	if strings.Count(svg, "<rect ") != 2 { // the year 2021 has a row; the bin's box
		t.Errorf("chart:\n%s", svg)
	}
}

// Merges and splits apply again, by the entities' keys, to a library built
// later from the same documents; one whose document is gone is kept.
func TestApplyEdits(t *testing.T) {
	l := testLibrary(t)
	byName := map[string]*Entity{}
	for _, e := range l.Index() {
		byName[e.Name] = e
	}
	haftar := byName["حَفتر"]
	if haftar == nil {
		haftar = byName["حفتر"]
	}
	var other *Entity
	for _, e := range l.Index() {
		if e != haftar && e.Label == haftar.Label {
			other = e
		}
	}
	if _, err := l.Split(haftar.ID, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Merge(haftar.ID, other.ID); err != nil {
		t.Fatal(err)
	}
	edits := slices.Clone(l.Edits)
	if len(edits) != 2 || edits[0].Op != "split" || edits[1].Op != "merge" {
		t.Fatalf("edits = %+v", edits)
	}
	again := Build(l.Docs)
	if n := again.Apply(edits); n != 2 {
		t.Fatalf("applied %d of 2", n)
	}
	var names []string
	for _, e := range again.Index() {
		names = append(names, e.Name+":"+strconv.Itoa(len(e.Docs))+":"+strconv.Itoa(len(e.Mentions)))
	}
	var want []string
	for _, e := range l.Index() {
		want = append(want, e.Name+":"+strconv.Itoa(len(e.Docs))+":"+strconv.Itoa(len(e.Mentions)))
	}
	if !slices.Equal(names, want) {
		t.Errorf("rebuilt index %v, want %v", names, want)
	}
	// Without document 1 the split does not apply; it is kept.
	fewer := Build(l.Docs[:1])
	if n := fewer.Apply(edits); n != 1 || len(fewer.Edits) != 2 {
		t.Errorf("without document 1: %d applied, edits %+v", n, fewer.Edits)
	}
}
