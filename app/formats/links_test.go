package formats_test

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/formats"
)

// Links travel through the native format, W3C and brat and back onto the
// open document; the formats that cannot carry them say so.
func TestLinksThroughFormats(t *testing.T) {
	doc := annotation.NewDocument("روابط", "وصل حفتر إلى موسكو يوم الثلاثاء.")
	per, loc, date := ann(t, doc, "حفتر", 0, annotation.PER), ann(t, doc, "موسكو", 0, annotation.LOC), ann(t, doc, "الثلاثاء", 0, annotation.DATE)
	date.Type = "DATE"
	anns := []annotation.Annotation{per, loc, date}
	links := []annotation.Link{
		{ID: "a", From: per.ID, To: loc.ID, Type: annotation.LocatedIn},
		{ID: "b", From: per.ID, To: date.ID, Type: annotation.DateOf, Note: "الوصول"},
	}
	quoted := func(r formats.Result) map[string]string {
		q := map[string]string{}
		for _, a := range r.Annotations {
			q[a.ID] = a.Quote
		}
		out := map[string]string{}
		for _, l := range r.Links {
			out[q[l.From]+" "+string(l.Type)+" "+q[l.To]] = l.Note
		}
		return out
	}
	for _, f := range []formats.Format{formats.Native, formats.W3C, formats.Brat} {
		files, warnings, err := formats.ExportLinks(f, "doc", doc, anns, links, nil)
		if err != nil || len(warnings) > 0 {
			t.Fatalf("%s: %v %v", f, err, warnings)
		}
		var in []formats.File
		for _, fl := range files {
			if fl.Name != "annotation.conf" {
				in = append(in, fl)
			}
		}
		r, err := formats.ImportFiles(in, &doc, formats.Options{})
		if err != nil {
			t.Fatalf("%s import: %v", f, err)
		}
		got := quoted(r)
		if len(got) != 2 || got["حفتر located-in موسكو"] != "" || got["حفتر date-of الثلاثاء"] != "الوصول" {
			t.Errorf("%s: links %v", f, got)
		}
	}
	for _, f := range []formats.Format{formats.CoNLL, formats.Doccano, formats.LabelStudio} {
		_, warnings, err := formats.ExportLinks(f, "doc", doc, anns, links, nil)
		if err != nil || !strings.Contains(strings.Join(warnings, " "), "2 links") {
			t.Errorf("%s: %v, warnings %v; want the links said to be left out", f, err, warnings)
		}
	}
}
