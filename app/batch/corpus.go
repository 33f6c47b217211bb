package batch

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"github.com/hashiya/hashiya/app/annotation"
)

// EntityStat is the row of one entity (key and label) in the entity table.
// Its merge (Add) is associative and commutative, so partial tables can be
// combined in any order (the Beam pipeline's combine does so).
type EntityStat struct {
	Mentions  int
	Documents int
	// Names counts the documents in which each written form was the
	// entity's name; the table shows the most frequent (ties: the
	// lexically smallest).
	Names map[string]int
}

// Add merges o into s.
func (s *EntityStat) Add(o EntityStat) {
	s.Mentions += o.Mentions
	s.Documents += o.Documents
	if s.Names == nil {
		s.Names = make(map[string]int, len(o.Names))
	}
	for n, c := range o.Names {
		s.Names[n] += c
	}
}

// Name is the form shown in the table.
func (s EntityStat) Name() string {
	best, bc := "", 0
	for n, c := range s.Names {
		if c > bc || (c == bc && n < best) {
			best, bc = n, c
		}
	}
	return best
}

// Stat is the EntityStat of e in one document.
func (e EntityCount) Stat() EntityStat {
	return EntityStat{Mentions: e.Mentions, Documents: 1, Names: map[string]int{e.Name: 1}}
}

// MonthStat is the row of one month in the date histogram.
type MonthStat struct {
	Mentions  int // DATE and TIME annotations whose value falls in the month
	Documents int // documents with at least one
}

// Add merges o into s.
func (s *MonthStat) Add(o MonthStat) {
	s.Mentions += o.Mentions
	s.Documents += o.Documents
}

type entityKey struct {
	key   string
	label annotation.Label
}

// Corpus accumulates the corpus tables and the summary of a run. Its size
// grows with the number of distinct entities and months, not with the
// number of documents.
type Corpus struct {
	Documents   int            // documents annotated
	Annotations int            // annotations written
	Labels      map[string]int // annotations per label
	Bytes       int64          // text bytes of the documents annotated
	Errors      map[string]int // records not annotated, per Error.Code

	entities map[entityKey]*EntityStat
	months   map[string]*MonthStat
}

// NewCorpus returns an empty Corpus.
func NewCorpus() *Corpus {
	return &Corpus{Labels: map[string]int{}, Errors: map[string]int{}, entities: map[entityKey]*EntityStat{}, months: map[string]*MonthStat{}}
}

// Add counts one annotated document of size bytes.
func (c *Corpus) Add(d Doc, size int) {
	c.Documents++
	c.Bytes += int64(size)
	for i, n := range d.Labels {
		if n > 0 {
			c.Labels[string(annotation.Labels[i])] += n
			c.Annotations += n
		}
	}
	for _, e := range d.Entities {
		k := entityKey{e.Key, e.Label}
		s := c.entities[k]
		if s == nil {
			s = &EntityStat{Names: make(map[string]int, 1)}
			c.entities[k] = s
		}
		s.Add(e.Stat())
	}
	for _, m := range d.Months {
		s := c.months[m.Month]
		if s == nil {
			s = &MonthStat{}
			c.months[m.Month] = s
		}
		s.Add(MonthStat{Mentions: m.Mentions, Documents: 1})
	}
}

// AddError counts one record that was not annotated.
func (c *Corpus) AddError(e *Error) { c.Errors[e.Code]++ }

// ErrorCount is the number of records not annotated.
func (c *Corpus) ErrorCount() int {
	n := 0
	for _, v := range c.Errors {
		n += v
	}
	return n
}

// EntityHeader and MonthHeader are the header rows of the two CSV tables.
var (
	EntityHeader = []string{"entity", "label", "mentions", "documents"}
	MonthHeader  = []string{"month", "mentions", "documents"}
)

// EntityRow is one row of the entity table.
type EntityRow struct {
	Entity    string // the most frequent written form
	Label     annotation.Label
	Mentions  int
	Documents int
}

// EntityRowOf makes the row of an entity from its label and statistics.
func EntityRowOf(label annotation.Label, s EntityStat) EntityRow {
	return EntityRow{Entity: s.Name(), Label: label, Mentions: s.Mentions, Documents: s.Documents}
}

// Record is the row as CSV fields.
func (r EntityRow) Record() []string {
	return []string{r.Entity, string(r.Label), strconv.Itoa(r.Mentions), strconv.Itoa(r.Documents)}
}

// SortEntityRows sorts rows as the table is written: most mentions first,
// then most documents, then by label and entity.
func SortEntityRows(rows []EntityRow) {
	slices.SortFunc(rows, func(a, b EntityRow) int {
		return cmp.Or(b.Mentions-a.Mentions, b.Documents-a.Documents, cmp.Compare(a.Label, b.Label), cmp.Compare(a.Entity, b.Entity))
	})
}

// EntityRows returns the entity table, sorted (SortEntityRows).
func (c *Corpus) EntityRows() []EntityRow {
	rows := make([]EntityRow, 0, len(c.entities))
	for k, s := range c.entities {
		rows = append(rows, EntityRowOf(k.label, *s))
	}
	SortEntityRows(rows)
	return rows
}

// MonthRow is one row of the date histogram.
type MonthRow struct {
	Month string // YYYY-MM
	MonthStat
}

// Record is the row as CSV fields.
func (r MonthRow) Record() []string {
	return []string{r.Month, strconv.Itoa(r.Mentions), strconv.Itoa(r.Documents)}
}

// MonthRows returns the date histogram in chronological order.
func (c *Corpus) MonthRows() []MonthRow {
	rows := make([]MonthRow, 0, len(c.months))
	for m, s := range c.months {
		rows = append(rows, MonthRow{m, *s})
	}
	slices.SortFunc(rows, func(a, b MonthRow) int { return cmp.Compare(a.Month, b.Month) })
	return rows
}

// WriteCSV writes a header and rows as CSV (RFC 4180, as encoding/csv writes it).
func WriteCSV[R interface{ Record() []string }](w io.Writer, header []string, rows []R) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r.Record()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
