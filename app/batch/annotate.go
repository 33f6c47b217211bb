package batch

import (
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/pipeline"
)

// Options configures Annotate.
type Options struct {
	// DCT is the reference date of the records that have no "dct" of
	// their own. Zero: each article's dateline, else Now.
	DCT time.Time
	// Now is the clock for articles with neither; nil means time.Now.
	Now func() time.Time
}

// Doc is what one annotated record adds to the corpus tables.
type Doc struct {
	Labels   [8]int        // annotations per label, in the order of annotation.Labels
	Entities []EntityCount // one per entity group of the document
	Months   []MonthCount  // one per month the document's dates fall in
}

// EntityCount is one entity of one document: the mentions of an entity
// group (annotation.Annotation.Entity) of the recognizer.
type EntityCount struct {
	Key      string // Fold(Name): the table's key with Label
	Name     string // the longest mention of the group, as written
	Label    annotation.Label
	Mentions int
}

// MonthCount is one month of one document: how many DATE and TIME
// annotations have a value in it.
type MonthCount struct {
	Month    string // YYYY-MM (Gregorian, from the TIMEX3 value)
	Mentions int
}

// Annotate annotates one record and appends its export line to dst
// (hashiyajson.AppendLine, with the record's id). The DCT is the record's
// "dct", else opt.DCT, else the dateline, else today. It returns the
// extended buffer and the document's counts, or dst unchanged and an
// *Error: the record's read error, a bad "dct", or a failure of the
// pipeline (the entity model could not be loaded) or of the export check.
func Annotate(dst []byte, rec Record, opt Options) ([]byte, Doc, *Error) {
	if rec.Err != nil {
		if e, ok := rec.Err.(*Error); ok {
			return dst, Doc{}, e
		}
		return dst, Doc{}, recordError(&rec, CodeRead, "%v", rec.Err)
	}
	popt := pipeline.Options{DCT: opt.DCT, Now: opt.Now}
	if rec.DCT != "" {
		t, err := pipeline.ParseDCT(rec.DCT)
		if err != nil {
			return dst, Doc{}, recordError(&rec, CodeDCT, "%v", err)
		}
		popt.DCT = t
	}
	doc := annotation.NewDocument(rec.Title, rec.Text)
	res, err := pipeline.Annotate(doc, popt)
	if err != nil {
		return dst, Doc{}, recordError(&rec, CodeAnnotate, "%v", err)
	}
	doc.DCT = pipeline.FormatDCT(res.DCT)
	out, err := hashiyajson.AppendLine(dst, rec.ID, doc, res.Annotations)
	if err != nil {
		return dst, Doc{}, recordError(&rec, CodeAnnotate, "%s", annotation.ErrorMessage(err))
	}
	return out, count(res.Annotations), nil
}

// labelIndex is the position of each label in annotation.Labels.
var labelIndex = func() map[annotation.Label]int {
	m := make(map[annotation.Label]int, len(annotation.Labels))
	for i, l := range annotation.Labels {
		m[l] = i
	}
	return m
}()

// count gathers the corpus counts of one document's annotations.
func count(anns []annotation.Annotation) Doc {
	var d Doc
	groups := map[string]int{} // entity group id → index in d.Entities
	months := map[string]int{}
	for i := range anns {
		a := &anns[i]
		d.Labels[labelIndex[a.Label]]++
		switch {
		case !a.Label.IsTemporal():
			g := a.Entity
			if g == "" {
				g = "\x00" + a.Quote // a mention outside any group is its own entity
			}
			j, ok := groups[g]
			if !ok {
				j = len(d.Entities)
				groups[g] = j
				d.Entities = append(d.Entities, EntityCount{Label: a.Label})
			}
			e := &d.Entities[j]
			e.Mentions++
			if n := len([]rune(a.Quote)); n > len([]rune(e.Name)) || (n == len([]rune(e.Name)) && a.Quote < e.Name) {
				e.Name = a.Quote
			}
		case a.Label == annotation.DATE || a.Label == annotation.TIME:
			if m, ok := month(a.Value); ok {
				j, seen := months[m]
				if !seen {
					j = len(d.Months)
					months[m] = j
					d.Months = append(d.Months, MonthCount{Month: m})
				}
				d.Months[j].Mentions++
			}
		}
	}
	for i := range d.Entities {
		d.Entities[i].Key = EntityKey(d.Entities[i].Name)
	}
	return d
}

// EntityKey is the form under which the entity table counts a name: folded
// as app/arabic.Fold does (tashkeel, tatweel, hamza forms of alef, ta
// marbuta, alef maqsura, digits), with runs of white space made one space,
// so «الأمم المتحدة» and «الامم المتحده» count as one entity.
func EntityKey(name string) string {
	return strings.Join(strings.Fields(arabic.FoldString(name)), " ")
}

// month returns the YYYY-MM of a TIMEX3 date or time value that names a
// specific month or a day in it (2016-11, 2016-11-29, 2016-11-29T06:11);
// not for years, weeks, seasons, unknown years (XXXX-03) or references
// (PAST_REF).
func month(v string) (string, bool) {
	if len(v) < 7 || v[4] != '-' {
		return "", false
	}
	for i, c := range []byte(v[:7]) {
		if i != 4 && (c < '0' || c > '9') {
			return "", false
		}
	}
	if m := v[5:7]; m < "01" || m > "12" {
		return "", false
	}
	if len(v) > 7 && v[7] != '-' && v[7] != 'T' {
		return "", false
	}
	return v[:7], true
}
