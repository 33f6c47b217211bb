// Package agree measures inter-annotator agreement between exports of one
// document by different annotators, and adjudicates their disagreements
// into a gold export.
//
// Measures (pairwise, annotator A taken as the reference for B):
//
//   - per label precision P = matched/|B|, recall R = matched/|A| and
//     F1 = 2·matched/(|A|+|B|) (symmetric), with spans matched one to one
//     either exactly (same start, end and label) or by overlap (same label,
//     at least one shared code point; pairs taken by largest overlap first);
//     the usual span-level scores of the MUC/CoNLL tradition;
//   - Cohen's kappa on tokens (J. Cohen, "A coefficient of agreement for
//     nominal scales", Educational and Psychological Measurement 20, 1960):
//     κ = (pₒ − pₑ)/(1 − pₑ) over the tokens of app/arabic.Tokenize, each
//     token tagged with the label of the shortest annotation covering it or
//     O, computed separately for the entity layer (PER LOC ORG MISC) and the
//     temporal layer (DATE TIME DURATION SET), since a token can be in both;
//   - TIMEX agreement: temporal spans of A and B matched one to one by
//     overlap (any temporal label), and the share of those pairs with the
//     same TIMEX3 value and the same type.
//
// Rejected annotations are not claims and are left out; unreviewed
// suggestions count unless Options.ReviewedOnly.
package agree

import (
	"cmp"
	"math"
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Annotator is one annotator's export of a document.
type Annotator struct {
	Name  string // shown in reports ("alice", the file name…)
	Doc   annotation.Document
	Anns  []annotation.Annotation
	Links []annotation.Link
}

// Options choose what counts as an annotator's claim.
type Options struct {
	// ReviewedOnly counts only accepted annotations and manual ones (not
	// the recognizer's unreviewed suggestions).
	ReviewedOnly bool
}

// claims returns the annotations of anns that count under opt, sorted by
// start, end, label.
func claims(anns []annotation.Annotation, opt Options) []annotation.Annotation {
	out := make([]annotation.Annotation, 0, len(anns))
	for _, a := range anns {
		switch {
		case a.Status == annotation.Rejected:
		case opt.ReviewedOnly && a.Status != annotation.Accepted && a.Source != annotation.Manual:
		default:
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b annotation.Annotation) int {
		return cmp.Or(a.Start-b.Start, a.End-b.End, cmp.Compare(a.Label, b.Label))
	})
	return out
}

// Counts are the span counts of one label (or all labels) for a pair.
type Counts struct {
	A, B    int // annotations of A and of B
	Exact   int // pairs matched exactly (same start, end, label)
	Overlap int // pairs matched by overlap (same label); ≥ Exact
}

func (c *Counts) add(d Counts) {
	c.A += d.A
	c.B += d.B
	c.Exact += d.Exact
	c.Overlap += d.Overlap
}

// PRF returns precision, recall and F1 of B against A for m matched pairs
// (m is c.Exact or c.Overlap). A ratio with a zero denominator is NaN.
func (c Counts) PRF(m int) (p, r, f float64) {
	return ratio(m, c.B), ratio(m, c.A), ratio(2*m, c.A+c.B)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return math.NaN()
	}
	return float64(n) / float64(d)
}

// LabelCounts are the counts of one label.
type LabelCounts struct {
	Label annotation.Label
	Counts
}

// Kappa is the token agreement table of one layer: N tokens, Agree of
// them with the same tag, and each annotator's tag counts (O included).
// Tables of several documents add up (Add) before Value is taken.
type Kappa struct {
	N, Agree int
	A, B     map[string]int
}

// Add adds the tokens of k2 to k.
func (k *Kappa) Add(k2 Kappa) {
	k.N += k2.N
	k.Agree += k2.Agree
	if k.A == nil {
		k.A, k.B = map[string]int{}, map[string]int{}
	}
	for t, n := range k2.A {
		k.A[t] += n
	}
	for t, n := range k2.B {
		k.B[t] += n
	}
}

// Observed returns pₒ = Agree/N, Expected pₑ = Σₜ (A[t]/N)(B[t]/N).
func (k Kappa) Observed() float64 { return ratio(k.Agree, k.N) }

// Expected returns the chance agreement pₑ = Σₜ (A[t]/N)(B[t]/N).
func (k Kappa) Expected() float64 {
	if k.N == 0 {
		return math.NaN()
	}
	pe := 0.0
	for t, a := range k.A {
		pe += float64(a) / float64(k.N) * float64(k.B[t]) / float64(k.N)
	}
	return pe
}

// Value returns Cohen's κ = (pₒ − pₑ)/(1 − pₑ); when pₑ = 1 (both
// annotators gave every token the same single tag) it is 1 if they agree
// everywhere, NaN for no tokens.
func (k Kappa) Value() float64 {
	po, pe := k.Observed(), k.Expected()
	if k.N == 0 {
		return math.NaN()
	}
	if pe >= 1 {
		if po >= 1 {
			return 1
		}
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}

// Timex counts the temporal spans of A and B matched by overlap and how
// many of those pairs share the TIMEX3 value and the type (label).
type Timex struct {
	Matched, SameValue, SameType int
}

func (t *Timex) add(u Timex) {
	t.Matched += u.Matched
	t.SameValue += u.SameValue
	t.SameType += u.SameType
}

// ValueAgreement returns SameValue/Matched (NaN for no pairs).
func (t Timex) ValueAgreement() float64 { return ratio(t.SameValue, t.Matched) }

// Pair is the agreement between annotators A and B on one document (or
// summed over documents).
type Pair struct {
	A, B     string
	Labels   []LabelCounts // labels present in A or B: built-in ones in annotation.Labels order, then added ones (EVENT…) alphabetically
	All      Counts        // all labels
	Entities Kappa         // token kappa, entity layer
	Temporal Kappa         // token kappa, temporal layer
	Timex    Timex
}

// Report is the agreement between every pair of annotators of a document.
type Report struct {
	Doc        annotation.Document
	Annotators []string
	Counts     []int // claims per annotator
	Pairs      []Pair
}

// Compare checks that the exports are of one document and returns the
// pairwise agreement of every pair (i < j, in the order given). Errors:
// EINVALID for fewer than two annotators, ECONFLICT when the documents
// differ.
func Compare(ans []Annotator, opt Options) (*Report, error) {
	if err := sameDocument(ans); err != nil {
		return nil, err
	}
	toks := arabic.Tokenize(ans[0].Doc.Text)
	r := &Report{Doc: ans[0].Doc}
	cl := make([][]annotation.Annotation, len(ans))
	for i, a := range ans {
		cl[i] = claims(a.Anns, opt)
		r.Annotators = append(r.Annotators, a.Name)
		r.Counts = append(r.Counts, len(cl[i]))
	}
	for i := range ans {
		for j := i + 1; j < len(ans); j++ {
			r.Pairs = append(r.Pairs, comparePair(ans[i].Name, ans[j].Name, cl[i], cl[j], toks))
		}
	}
	return r, nil
}

func sameDocument(ans []Annotator) error {
	if len(ans) < 2 {
		return annotation.Errorf(annotation.EINVALID, "Agreement needs at least two exports of the same document (got %d).", len(ans))
	}
	for _, a := range ans[1:] {
		if a.Doc.SHA256 != ans[0].Doc.SHA256 {
			return annotation.Errorf(annotation.ECONFLICT, "The exports of %q and %q are of different documents (“\u2068%s\u2069” and “\u2068%s\u2069”): agreement compares annotations of the same text.", ans[0].Name, a.Name, ans[0].Doc.Title, a.Doc.Title)
		}
	}
	return nil
}

func comparePair(na, nb string, a, b []annotation.Annotation, toks []arabic.Token) Pair {
	p := Pair{A: na, B: nb}
	for _, l := range dataLabels(a, b) {
		la, lb := withLabel(a, l), withLabel(b, l)
		if len(la) == 0 && len(lb) == 0 {
			continue
		}
		c := Counts{A: len(la), B: len(lb), Exact: exactMatches(la, lb), Overlap: len(overlapMatches(la, lb))}
		p.Labels = append(p.Labels, LabelCounts{l, c})
		p.All.add(c)
	}
	p.Entities = tokenKappa(toks, a, b, false)
	p.Temporal = tokenKappa(toks, a, b, true)
	ta, tb := temporal(a), temporal(b)
	for _, m := range overlapMatches(ta, tb) {
		x, y := ta[m[0]], tb[m[1]]
		p.Timex.Matched++
		if x.Value == y.Value {
			p.Timex.SameValue++
		}
		if x.Label == y.Label {
			p.Timex.SameType++
		}
	}
	return p
}

// dataLabels returns the labels that anns carry, the built-in ones in
// annotation.Labels order, then labels a person added (EVENT, TITLE…) in
// alphabetical order.
func dataLabels(anns ...[]annotation.Annotation) []annotation.Label {
	var out []annotation.Label
	for _, as := range anns {
		for _, a := range as {
			if !slices.Contains(out, a.Label) {
				out = append(out, a.Label)
			}
		}
	}
	slices.SortFunc(out, compareLabels)
	return out
}

// compareLabels orders labels: built-in ones (annotation.Labels order)
// first, then the others alphabetically.
func compareLabels(x, y annotation.Label) int {
	i, j := slices.Index(annotation.Labels, x), slices.Index(annotation.Labels, y)
	switch {
	case i >= 0 && j >= 0:
		return i - j
	case i >= 0:
		return -1
	case j >= 0:
		return 1
	}
	return cmp.Compare(x, y)
}

func withLabel(anns []annotation.Annotation, l annotation.Label) []annotation.Annotation {
	var out []annotation.Annotation
	for _, a := range anns {
		if a.Label == l {
			out = append(out, a)
		}
	}
	return out
}

func temporal(anns []annotation.Annotation) []annotation.Annotation {
	var out []annotation.Annotation
	for _, a := range anns {
		if a.Label.IsTemporal() {
			out = append(out, a)
		}
	}
	return out
}

type spanKey struct {
	start, end int
	label      annotation.Label
}

// exactMatches counts one-to-one pairs with the same start, end and label.
func exactMatches(a, b []annotation.Annotation) int {
	left := map[spanKey]int{}
	for _, x := range a {
		left[spanKey{x.Start, x.End, x.Label}]++
	}
	n := 0
	for _, y := range b {
		k := spanKey{y.Start, y.End, y.Label}
		if left[k] > 0 {
			left[k]--
			n++
		}
	}
	return n
}

// overlapMatches pairs spans of a and b (all of one label, or all temporal)
// one to one: candidate pairs share at least one code point; the pair with
// the largest overlap is taken first (ties: exact spans, then text order).
// It returns index pairs into a and b.
func overlapMatches(a, b []annotation.Annotation) [][2]int {
	type cand struct{ i, j, ov, exact int }
	var cs []cand
	for i, x := range a {
		for j, y := range b {
			if ov := min(x.End, y.End) - max(x.Start, y.Start); ov > 0 {
				e := 1
				if x.Start == y.Start && x.End == y.End {
					e = 0
				}
				cs = append(cs, cand{i, j, ov, e})
			}
		}
	}
	slices.SortFunc(cs, func(p, q cand) int {
		return cmp.Or(q.ov-p.ov, p.exact-q.exact, a[p.i].Start-a[q.i].Start, p.i-q.i, p.j-q.j)
	})
	usedA, usedB := make([]bool, len(a)), make([]bool, len(b))
	var out [][2]int
	for _, c := range cs {
		if !usedA[c.i] && !usedB[c.j] {
			usedA[c.i], usedB[c.j] = true, true
			out = append(out, [2]int{c.i, c.j})
		}
	}
	return out
}

// O is the token tag outside every annotation of a layer.
const O = "O"

// tokenTags tags each token with the label of the shortest annotation of
// the layer (temporal or entity) that overlaps it, else O.
func tokenTags(toks []arabic.Token, anns []annotation.Annotation, temporalLayer bool) []string {
	tags := make([]string, len(toks))
	length := make([]int, len(toks))
	for i := range tags {
		tags[i] = O
	}
	for _, a := range anns {
		if a.Label.IsTemporal() != temporalLayer {
			continue
		}
		// toks are sorted by start: find the first token ending after a.Start.
		k, _ := slices.BinarySearchFunc(toks, a.Start, func(t arabic.Token, s int) int { return cmp.Compare(t.End, s+1) })
		for ; k < len(toks) && toks[k].Start < a.End; k++ {
			if n := a.End - a.Start; tags[k] == O || n < length[k] {
				tags[k], length[k] = string(a.Label), n
			}
		}
	}
	return tags
}

func tokenKappa(toks []arabic.Token, a, b []annotation.Annotation, temporalLayer bool) Kappa {
	ta, tb := tokenTags(toks, a, temporalLayer), tokenTags(toks, b, temporalLayer)
	k := Kappa{N: len(toks), A: map[string]int{}, B: map[string]int{}}
	for i := range toks {
		k.A[ta[i]]++
		k.B[tb[i]]++
		if ta[i] == tb[i] {
			k.Agree++
		}
	}
	return k
}
