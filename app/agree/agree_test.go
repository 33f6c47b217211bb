package agree

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
)

const pairText = "زار محمد علي القاهرة يوم 5 مايو 2020 ثم عاد."

// ann returns an accepted annotation of the first occurrence of quote.
func ann(t *testing.T, doc annotation.Document, id, quote string, l annotation.Label, value string) annotation.Annotation {
	t.Helper()
	r, q := []rune(doc.Text), []rune(quote)
	for i := 0; i+len(q) <= len(r); i++ {
		if slices.Equal(r[i:i+len(q)], q) {
			a, err := annotation.Select(doc.Text, i, i+len(q), l)
			if err != nil {
				t.Fatal(err)
			}
			a.ID, a.Source, a.Status, a.Value = id, annotation.Manual, annotation.Accepted, value
			if l.IsTemporal() {
				a.Type = string(l)
			}
			return a
		}
	}
	t.Fatalf("%q not in text", quote)
	return annotation.Annotation{}
}

// pair is the constructed pair of exports whose figures are computed by
// hand below.
func pair(t *testing.T) []Annotator {
	doc := annotation.NewDocument("t", pairText)
	a := Annotator{Name: "A", Doc: doc, Anns: []annotation.Annotation{
		ann(t, doc, "a1", "محمد علي", annotation.PER, ""),
		ann(t, doc, "a2", "القاهرة", annotation.LOC, ""),
		ann(t, doc, "a3", "5 مايو 2020", annotation.DATE, "2020-05-05"),
	}}
	rej := ann(t, doc, "b9", "زار", annotation.LOC, "")
	rej.Status = annotation.Rejected // not a claim: ignored
	b := Annotator{Name: "B", Doc: doc, Anns: []annotation.Annotation{
		ann(t, doc, "b1", "محمد", annotation.PER, ""),
		ann(t, doc, "b2", "القاهرة", annotation.LOC, ""),
		ann(t, doc, "b3", "يوم 5 مايو 2020", annotation.DATE, "2020-05-06"),
		ann(t, doc, "b4", "عاد", annotation.ORG, ""),
		rej,
	}}
	return []Annotator{a, b}
}

type check struct {
	name      string
	got, want float64
}

func near(got, want float64) bool {
	return math.IsNaN(got) && math.IsNaN(want) || math.Abs(got-want) < 1e-9
}

func TestComparePair(t *testing.T) {
	r, err := Compare(pair(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pairs) != 1 || r.Counts[0] != 3 || r.Counts[1] != 4 {
		t.Fatalf("report = %+v", r)
	}
	p := r.Pairs[0]
	// Per label, A the reference:
	//   PER  A «محمد علي», B «محمد»: no exact match, 1 overlap.
	//   LOC  «القاهرة» both: exact.
	//   DATE A «5 مايو 2020», B «يوم 5 مايو 2020»: overlap only.
	//   ORG  B «عاد» only.
	want := map[annotation.Label]Counts{
		annotation.PER:  {A: 1, B: 1, Exact: 0, Overlap: 1},
		annotation.LOC:  {A: 1, B: 1, Exact: 1, Overlap: 1},
		annotation.ORG:  {A: 0, B: 1, Exact: 0, Overlap: 0},
		annotation.DATE: {A: 1, B: 1, Exact: 0, Overlap: 1},
	}
	if len(p.Labels) != len(want) {
		t.Errorf("labels = %+v", p.Labels)
	}
	for _, lc := range p.Labels {
		if lc.Counts != want[lc.Label] {
			t.Errorf("%s: %+v, want %+v", lc.Label, lc.Counts, want[lc.Label])
		}
	}
	// All labels: |A| = 3, |B| = 4, exact 1, overlap 3.
	//   exact:   P = 1/4, R = 1/3, F1 = 2·1/(3+4) = 2/7
	//   overlap: P = 3/4, R = 3/3, F1 = 2·3/7 = 6/7
	checks := []check{}
	ep, er, ef := p.All.PRF(p.All.Exact)
	op, or, of := p.All.PRF(p.All.Overlap)
	checks = append(checks, check{"exact P", ep, 1.0 / 4}, check{"exact R", er, 1.0 / 3}, check{"exact F1", ef, 2.0 / 7}, check{"overlap P", op, 3.0 / 4}, check{"overlap R", or, 1}, check{"overlap F1", of, 6.0 / 7})
	// ORG: R = 0/0 undefined, P = 0/1, F1 = 0/(0+1).
	orgP, orgR, orgF := Counts{B: 1}.PRF(0)
	checks = append(checks, check{"ORG P", orgP, 0}, check{"ORG R", orgR, math.NaN()}, check{"ORG F1", orgF, 0})
	// Tokens (11): زار محمد علي القاهرة يوم 5 مايو 2020 ثم عاد .
	// Entity layer: A = O PER PER LOC O O O O O O O   (O 8, PER 2, LOC 1)
	//               B = O PER O   LOC O O O O O ORG O (O 8, PER 1, LOC 1, ORG 1)
	//   agree on 9: pₒ = 99/121; pₑ = (8·8 + 2·1 + 1·1 + 0·1)/121 = 67/121
	//   κ = (99 − 67)/(121 − 67) = 32/54 = 16/27
	// Temporal layer: A = DATE on 5 مايو 2020 (3 tokens, O 8),
	//                 B = DATE on يوم 5 مايو 2020 (4, O 7); agree on 10
	//   pₒ = 110/121; pₑ = (3·4 + 8·7)/121 = 68/121; κ = (110 − 68)/(121 − 68) = 42/53
	checks = append(checks, check{"kappa entities", p.Entities.Value(), 16.0 / 27}, check{"kappa temporal", p.Temporal.Value(), 42.0 / 53}, check{"timex value agreement", p.Timex.ValueAgreement(), 0})
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if p.Entities.N != 11 || p.Timex != (Timex{Matched: 1, SameValue: 0, SameType: 1}) {
		t.Errorf("tokens %d, timex %+v", p.Entities.N, p.Timex)
	}
}

func TestCompareErrors(t *testing.T) {
	ans := pair(t)
	if _, err := Compare(ans[:1], Options{}); annotation.ErrorCode(err) != annotation.EINVALID {
		t.Errorf("one export: %v", err)
	}
	ans[1].Doc = annotation.NewDocument("other", "نص آخر")
	if _, err := Compare(ans, Options{}); annotation.ErrorCode(err) != annotation.ECONFLICT {
		t.Errorf("two documents: %v", err)
	}
}

func TestReviewedOnly(t *testing.T) {
	ans := pair(t)
	ans[1].Anns[3].Source, ans[1].Anns[3].Status = annotation.Auto, annotation.Suggested // ORG «عاد» unreviewed
	r, _ := Compare(ans, Options{ReviewedOnly: true})
	if r.Counts[1] != 3 {
		t.Errorf("reviewed claims of B = %d, want 3", r.Counts[1])
	}
}

func TestIdenticalKappa(t *testing.T) {
	ans := pair(t)
	ans[1].Anns = ans[0].Anns
	r, _ := Compare(ans, Options{})
	p := r.Pairs[0]
	if p.Entities.Value() != 1 || p.Temporal.Value() != 1 || p.All.Exact != 3 || p.Timex.ValueAgreement() != 1 {
		t.Errorf("identical exports: %+v", p)
	}
}

func TestLibraryAndCSV(t *testing.T) {
	r1, _ := Compare(pair(t), Options{})
	r2, _ := Compare(pair(t), Options{})
	lib := Library([]*Report{r1, r2})
	// Two copies: counts double, ratios and kappa unchanged
	// (22 tokens: pₒ = 18/22, pₑ = (16·16 + 4·2 + 2·2)/22² = 268/484 = 67/121,
	// so κ = 16/27 again).
	if len(lib) != 1 || lib[0].All != (Counts{A: 6, B: 8, Exact: 2, Overlap: 6}) || !near(lib[0].Entities.Value(), 16.0/27) {
		t.Errorf("library = %+v", lib)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []*Report{r1, r2}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	// header + 2 documents × (4 labels + all) + library × 5
	if len(lines) != 1+3*5 {
		t.Fatalf("%d CSV lines:\n%s", len(lines), buf.String())
	}
	if !strings.HasPrefix(lines[len(lines)-1], "*,library (2 documents),A,B,all,6,8,2,0.2500,0.3333,0.2857,6,0.7500,1.0000,0.8571,22,0.5926,0.7925,2,0,0.0000") {
		t.Errorf("library row = %s", lines[len(lines)-1])
	}
	if !strings.Contains(buf.String(), ",A,B,ORG,0,1,0,0.0000,,0.0000,") {
		t.Errorf("ORG row with an undefined recall not found:\n%s", buf.String())
	}
	buf.Reset()
	if err := WriteTable(&buf, "t", r1.Pairs); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "token kappa: entities 0.593, temporal 0.792 (11 tokens)") || !strings.Contains(out, "0 of 1 matched") {
		t.Errorf("table:\n%s", out)
	}
}

// Labels a person added (EVENT, TITLE) are compared like the built-in ones:
// rows of their own after the built-in labels, counted in "all", summed in
// the library totals and written in the CSV.
func TestAddedLabels(t *testing.T) {
	text := "زار الرئيس محمد القاهرة خلال القمة."
	doc := annotation.NewDocument("خبر", text)
	sel := func(s, e int, l annotation.Label) annotation.Annotation {
		a, err := annotation.Select(text, s, e, l)
		if err != nil {
			t.Fatal(err)
		}
		a.ID, a.Source, a.Status = string(l)+strconv.Itoa(s), annotation.Manual, annotation.Accepted
		return a
	}
	// الرئيس [4,10) محمد [11,15) القاهرة [16,23) القمة [29,34)
	a := []annotation.Annotation{sel(4, 10, "TITLE"), sel(11, 15, annotation.PER), sel(29, 34, "EVENT")}
	b := []annotation.Annotation{sel(11, 15, annotation.PER), sel(16, 23, annotation.LOC), sel(29, 34, "EVENT")}
	r, err := Compare([]Annotator{{Name: "A", Doc: doc, Anns: a}, {Name: "B", Doc: doc, Anns: b}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := r.Pairs[0]
	var got []string
	for _, lc := range p.Labels {
		got = append(got, fmt.Sprintf("%s:%d/%d/%d", lc.Label, lc.A, lc.B, lc.Exact))
	}
	if want := "PER:1/1/1 LOC:0/1/0 EVENT:1/1/1 TITLE:1/0/0"; strings.Join(got, " ") != want {
		t.Errorf("labels %s, want %s", strings.Join(got, " "), want)
	}
	if p.All.A != 3 || p.All.B != 3 || p.All.Exact != 2 {
		t.Errorf("all = %+v, want 3, 3, 2 exact", p.All)
	}
	lib := Library([]*Report{r, r})
	if l := lib[0].Labels; len(l) != 4 || l[2].Label != "EVENT" || l[2].Exact != 2 || l[3].Label != "TITLE" {
		t.Errorf("library labels %+v", l)
	}
	var buf strings.Builder
	if err := WriteCSV(&buf, []*Report{r}); err != nil || !strings.Contains(buf.String(), ",A,B,EVENT,1,1,1,1.0000,1.0000,1.0000,") {
		t.Errorf("CSV (%v):\n%s", err, buf.String())
	}
}
