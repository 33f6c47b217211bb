package agree

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Library sums pairwise agreement over several documents: pairs of the same
// two annotator names add their counts and token tables (micro-average),
// pairs in the order first seen, built-in labels in annotation.Labels order
// then added ones alphabetically.
func Library(reports []*Report) []Pair {
	var out []Pair
	at := map[[2]string]int{}
	for _, r := range reports {
		for _, p := range r.Pairs {
			k := [2]string{p.A, p.B}
			i, ok := at[k]
			if !ok {
				i = len(out)
				at[k] = i
				out = append(out, Pair{A: p.A, B: p.B})
			}
			s := &out[i]
			for _, lc := range p.Labels {
				found := false
				for j := range s.Labels {
					if s.Labels[j].Label == lc.Label {
						s.Labels[j].add(lc.Counts)
						found = true
					}
				}
				if !found {
					s.Labels = append(s.Labels, lc) // lc is a copy
				}
			}
			slices.SortStableFunc(s.Labels, func(x, y LabelCounts) int { return compareLabels(x.Label, y.Label) })
			s.All.add(p.All)
			s.Entities.Add(p.Entities)
			s.Temporal.Add(p.Temporal)
			s.Timex.add(p.Timex)
		}
	}
	return out
}

func num(f float64) string {
	if math.IsNaN(f) {
		return "—"
	}
	return strconv.FormatFloat(f, 'f', 3, 64)
}

func csvNum(f float64) string {
	if math.IsNaN(f) {
		return ""
	}
	return strconv.FormatFloat(f, 'f', 4, 64)
}

// WriteTable writes a plain-text table of the pairs of one document (or of
// Library) under the heading title: per label counts and P/R/F1 exact and
// overlap, then token kappa per layer and TIMEX value agreement.
// Undefined ratios (no spans) print as —.
func WriteTable(w io.Writer, title string, pairs []Pair) error {
	fmt.Fprintln(w, title)
	for _, p := range pairs {
		fmt.Fprintf(w, "\n%s (reference) vs %s\n", p.A, p.B)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "label\t%s\t%s\texact\tP\tR\tF1\toverlap\tP\tR\tF1\t\n", p.A, p.B)
		rows := append(slices.Clip(p.Labels), LabelCounts{"all", p.All})
		for _, lc := range rows {
			ep, er, ef := lc.PRF(lc.Exact)
			op, or, of := lc.PRF(lc.Overlap)
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t\n", lc.Label, lc.A, lc.B, lc.Exact, num(ep), num(er), num(ef), lc.Overlap, num(op), num(or), num(of))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "token kappa: entities %s, temporal %s (%d tokens)\n", num(p.Entities.Value()), num(p.Temporal.Value()), p.Entities.N)
		fmt.Fprintf(w, "TIMEX values: %d of %d matched expressions agree (%s); types %d of %d\n", p.Timex.SameValue, p.Timex.Matched, num(p.Timex.ValueAgreement()), p.Timex.SameType, p.Timex.Matched)
	}
	return nil
}

// CSVHeader is the header row of WriteCSV.
var CSVHeader = []string{"document", "title", "annotator_a", "annotator_b", "label", "n_a", "n_b",
	"exact", "exact_p", "exact_r", "exact_f1", "overlap", "overlap_p", "overlap_r", "overlap_f1",
	"tokens", "kappa_entities", "kappa_temporal", "timex_matched", "timex_same_value", "timex_value_agreement"}

// WriteCSV writes one row per pair and label of each report, the row of
// label "all" carrying the token kappas and TIMEX figures, then the library
// totals (document "*", from Library) when there are several reports.
// The first row is CSVHeader; ratios have 4 decimals, undefined ones are empty.
func WriteCSV(w io.Writer, reports []*Report) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	write := func(doc, title string, pairs []Pair) {
		for _, p := range pairs {
			for _, lc := range append(slices.Clip(p.Labels), LabelCounts{"all", p.All}) {
				ep, er, ef := lc.PRF(lc.Exact)
				op, or, of := lc.PRF(lc.Overlap)
				row := []string{doc, title, p.A, p.B, string(lc.Label), strconv.Itoa(lc.A), strconv.Itoa(lc.B),
					strconv.Itoa(lc.Exact), csvNum(ep), csvNum(er), csvNum(ef), strconv.Itoa(lc.Overlap), csvNum(op), csvNum(or), csvNum(of),
					"", "", "", "", "", ""}
				if lc.Label == "all" {
					copy(row[15:], []string{strconv.Itoa(p.Entities.N), csvNum(p.Entities.Value()), csvNum(p.Temporal.Value()),
						strconv.Itoa(p.Timex.Matched), strconv.Itoa(p.Timex.SameValue), csvNum(p.Timex.ValueAgreement())})
				}
				cw.Write(row)
			}
		}
	}
	for _, r := range reports {
		write(r.Doc.SHA256, strings.TrimSpace(r.Doc.Title), r.Pairs)
	}
	if len(reports) > 1 {
		write("*", fmt.Sprintf("library (%d documents)", len(reports)), Library(reports))
	}
	cw.Flush()
	return cw.Error()
}
