package agree

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// Item is one claim as the annotators made it: a span, label and (for
// temporal labels) TIMEX3 value, with the annotators who made it.
type Item struct {
	Ann annotation.Annotation // as in the export of the first annotator in By
	By  []int                 // indices of the annotators who made it, ascending
	ids map[int]string        // annotator index → the id in that export
}

// Disagreement is a run of overlapping items that not every annotator made
// alike: one side's span, label or value against another's (or nothing).
type Disagreement struct {
	Start, End int // extent of its items, code points
	Items      []Item
	keep       []int // decision: annotators whose items are kept; nil undecided
	decided    bool
}

// Side returns the items annotator i made in d.
func (d Disagreement) Side(i int) []Item {
	var out []Item
	for _, it := range d.Items {
		if slices.Contains(it.By, i) {
			out = append(out, it)
		}
	}
	return out
}

// Decided reports whether Decide was called for d.
func (d Disagreement) Decided() bool { return d.decided }

// Adjudication holds the items every annotator agrees on and the
// disagreements left to decide, for one document.
type Adjudication struct {
	Doc           annotation.Document
	Annotators    []string
	Agreed        []Item
	Disagreements []Disagreement
	links         [][]annotation.Link
}

type itemKey struct {
	start, end int
	label      annotation.Label
	value      string
}

// Adjudicate groups the claims of the annotators (see Options) into items
// and splits them into agreed items (made alike by all) and disagreements
// (overlapping runs of the other items), in text order. Errors as Compare.
func Adjudicate(ans []Annotator, opt Options) (*Adjudication, error) {
	if err := sameDocument(ans); err != nil {
		return nil, err
	}
	adj := &Adjudication{Doc: ans[0].Doc}
	var items []Item
	at := map[itemKey]int{}
	for i, a := range ans {
		adj.Annotators = append(adj.Annotators, a.Name)
		adj.links = append(adj.links, a.Links)
		for _, c := range claims(a.Anns, opt) {
			k := itemKey{c.Start, c.End, c.Label, ""}
			if c.Label.IsTemporal() {
				k.value = c.Value
			}
			j, ok := at[k]
			if !ok {
				j = len(items)
				at[k] = j
				items = append(items, Item{Ann: c, ids: map[int]string{}})
			}
			if !slices.Contains(items[j].By, i) {
				items[j].By = append(items[j].By, i)
				items[j].ids[i] = c.ID
			}
		}
	}
	slices.SortStableFunc(items, func(a, b Item) int {
		return cmp.Or(a.Ann.Start-b.Ann.Start, a.Ann.End-b.Ann.End, cmp.Compare(a.Ann.Label, b.Ann.Label))
	})
	for _, it := range items {
		if len(it.By) == len(ans) {
			adj.Agreed = append(adj.Agreed, it)
			continue
		}
		n := len(adj.Disagreements)
		if n > 0 && it.Ann.Start < adj.Disagreements[n-1].End {
			d := &adj.Disagreements[n-1]
			d.Items = append(d.Items, it)
			d.End = max(d.End, it.Ann.End)
			continue
		}
		adj.Disagreements = append(adj.Disagreements, Disagreement{Start: it.Ann.Start, End: it.Ann.End, Items: []Item{it}})
	}
	return adj, nil
}

// Decide settles disagreement d: the items made by any of the annotators
// keep (indices into Annotators) are kept, the others dropped. One index
// keeps one side, all of them keep both, none keeps neither. It returns
// EINVALID for an index out of range.
func (a *Adjudication) Decide(d int, keep ...int) error {
	if d < 0 || d >= len(a.Disagreements) {
		return annotation.Errorf(annotation.EINVALID, "There is no disagreement #%d (there are %d).", d+1, len(a.Disagreements))
	}
	for _, k := range keep {
		if k < 0 || k >= len(a.Annotators) {
			return annotation.Errorf(annotation.EINVALID, "There is no annotator #%d (there are %d).", k+1, len(a.Annotators))
		}
	}
	a.Disagreements[d].keep, a.Disagreements[d].decided = slices.Clone(keep), true
	return nil
}

// Undecided returns the number of disagreements not yet decided.
func (a *Adjudication) Undecided() int {
	n := 0
	for _, d := range a.Disagreements {
		if !d.decided {
			n++
		}
	}
	return n
}

// Decision values of Record.
const (
	DecisionAgreed  = "agreed"  // made alike by every annotator
	DecisionKept    = "kept"    // a disagreement settled by keeping it
	DecisionDropped = "dropped" // a disagreement settled by dropping it (status rejected)
)

// Record says, for each annotation of a gold file, who made it and how it
// got there; it travels in the gold export as "adjudication".
type Record struct {
	Annotators  []string      `json:"annotators"`
	Annotations []RecordEntry `json:"annotations"`
}

// RecordEntry is the record of one gold annotation.
type RecordEntry struct {
	ID       string   `json:"id"`
	Agreed   []string `json:"agreed"`   // annotators who made it
	Decision string   `json:"decision"` // DecisionAgreed, DecisionKept or DecisionDropped
}

// Gold returns the adjudicated annotations: agreed items and kept ones
// accepted, dropped ones rejected (so they are not suggested again), all
// source manual, with new ids "gold-START-END-LABEL" (plus "-N" when
// taken); entity groups of the first annotator who made the item
// (prefixed by its index) and calendar links and typed links of every
// annotator whose two ends are kept. It returns EINVALID while a
// disagreement is undecided.
func (a *Adjudication) Gold() ([]annotation.Annotation, []annotation.Link, Record, error) {
	if n := a.Undecided(); n > 0 {
		return nil, nil, Record{}, annotation.Errorf(annotation.EINVALID, "%d of %d disagreements are not decided yet: keep one side, both or neither for each.", n, len(a.Disagreements))
	}
	rec := Record{Annotators: slices.Clone(a.Annotators)}
	var anns []annotation.Annotation
	var kept []bool
	gid := map[[2]string]string{} // (annotator index, export id) → gold id
	used := map[string]bool{}
	add := func(it Item, decision string) {
		g := it.Ann
		id := "gold-" + strconv.Itoa(g.Start) + "-" + strconv.Itoa(g.End) + "-" + string(g.Label)
		for n := 2; used[id]; n++ {
			id = "gold-" + strconv.Itoa(g.Start) + "-" + strconv.Itoa(g.End) + "-" + string(g.Label) + "-" + strconv.Itoa(n)
		}
		used[id] = true
		g.ID, g.Source, g.Status, g.Link = id, annotation.Manual, annotation.Accepted, it.Ann.Link
		if decision == DecisionDropped {
			g.Status = annotation.Rejected
		}
		if g.Entity != "" {
			g.Entity = "a" + strconv.Itoa(it.By[0]) + ":" + g.Entity
		}
		for i, eid := range it.ids {
			gid[[2]string{strconv.Itoa(i), eid}] = id
		}
		e := RecordEntry{ID: id, Decision: decision}
		for _, i := range it.By {
			e.Agreed = append(e.Agreed, a.Annotators[i])
		}
		anns = append(anns, g)
		kept = append(kept, decision != DecisionDropped)
		rec.Annotations = append(rec.Annotations, e)
	}
	for _, it := range a.Agreed {
		add(it, DecisionAgreed)
	}
	for _, d := range a.Disagreements {
		for _, it := range d.Items {
			dec := DecisionDropped
			for _, i := range it.By {
				if slices.Contains(d.keep, i) {
					dec = DecisionKept
				}
			}
			add(it, dec)
		}
	}
	keptID := map[string]bool{}
	for i, g := range anns {
		if kept[i] {
			keptID[g.ID] = true
		}
	}
	// Calendar links: ids of the first annotator's export → gold ids.
	items := append(slices.Clone(a.Agreed), allItems(a.Disagreements)...)
	for i := range anns {
		if anns[i].Link == "" {
			continue
		}
		to, ok := gid[[2]string{strconv.Itoa(items[i].By[0]), anns[i].Link}]
		if !ok || !kept[i] || !keptID[to] {
			to = ""
		}
		anns[i].Link = to
	}
	var links []annotation.Link
	for i, ls := range a.links {
		for _, l := range ls {
			from, okf := gid[[2]string{strconv.Itoa(i), l.From}]
			to, okt := gid[[2]string{strconv.Itoa(i), l.To}]
			if !okf || !okt || from == to || !keptID[from] || !keptID[to] {
				continue
			}
			l.ID, l.From, l.To = "gl-"+strconv.Itoa(len(links)+1), from, to
			if annotation.ValidateLinks(anns, append(slices.Clip(links), l)) == nil {
				links = append(links, l)
			}
		}
	}
	return anns, links, rec, nil
}

func allItems(ds []Disagreement) []Item {
	var out []Item
	for _, d := range ds {
		out = append(out, d.Items...)
	}
	return out
}

// EncodeGold returns the gold export: a native Hashiya file (see
// hashiyajson.EncodeWithLinks; any Hashiya imports it) with the Record
// under "adjudication". Errors as Gold and the encoder's.
func (a *Adjudication) EncodeGold() ([]byte, error) {
	anns, links, rec, err := a.Gold()
	if err != nil {
		return nil, err
	}
	data, err := hashiyajson.EncodeWithLinks(a.Doc, anns, links)
	if err != nil {
		return nil, err
	}
	var f hashiyajson.File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("agree: re-reading the gold export: %w", err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err = enc.Encode(struct {
		*hashiyajson.File
		Adjudication Record `json:"adjudication"`
	}{&f, rec})
	return buf.Bytes(), err
}
