package ui

import (
	"fmt"
	"strings"

	"github.com/hashiya/hashiya/app/agree"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LibraryAgreement is the agreement between annotators over several
// documents (app/agree): the library totals of every pair of annotators
// (counts summed over the documents they share, agree.Library), one line
// per document, the report as CSV (agree.WriteCSV: every document, then
// the totals), and a document's own comparison and adjudication
// (Agreement) when it is chosen. Build it with NewLibraryAgreement from
// the exports grouped by document (agree.ByDocument).
type LibraryAgreement struct {
	app.Compo

	IGroups [][]agree.Annotator
	ILang   i18n.Lang

	built   [][]agree.Annotator
	reports []*agree.Report
	groupOf []int    // report index → group index
	alone   []string // documents with one export, by title
	errs    []string
	open    int // group shown in detail; -1 none
}

// NewLibraryAgreement returns an empty view.
func NewLibraryAgreement() *LibraryAgreement { return &LibraryAgreement{open: -1} }

// Groups sets the exports, grouped by document.
func (v *LibraryAgreement) Groups(g [][]agree.Annotator) *LibraryAgreement { v.IGroups = g; return v }

// Lang sets the interface language.
func (v *LibraryAgreement) Lang(l i18n.Lang) *LibraryAgreement { v.ILang = l; return v }

func (v *LibraryAgreement) compute() {
	if len(v.built) == len(v.IGroups) && (len(v.built) == 0 || &v.built[0] == &v.IGroups[0]) {
		return
	}
	v.built, v.reports, v.groupOf, v.alone, v.errs, v.open = v.IGroups, nil, nil, nil, nil, -1
	for i, g := range v.IGroups {
		title := strings.TrimSpace(g[0].Doc.Title)
		if len(g) < 2 {
			v.alone = append(v.alone, fmt.Sprintf("%s (%s)", title, g[0].Name))
			continue
		}
		r, err := agree.Compare(g, agree.Options{})
		if err != nil {
			v.errs = append(v.errs, title+": "+annotation.ErrorMessage(err))
			continue
		}
		v.reports = append(v.reports, r)
		v.groupOf = append(v.groupOf, i)
	}
}

// csv returns the report as CSV.
func (v *LibraryAgreement) csv() string {
	var b strings.Builder
	agree.WriteCSV(&b, v.reports)
	return b.String()
}

// Render draws the totals, the documents and the chosen document.
func (v *LibraryAgreement) Render() app.UI {
	v.compute()
	T := v.ILang.T
	totals := agree.Library(v.reports)
	return app.Section().Class("hx-card").ID("hx-agree-library").Dir(v.ILang.Dir()).Lang(string(v.ILang)).Body(
		app.H2().Text(fmt.Sprintf(T("lib.agree.lib"), len(v.reports))),
		app.A().ID("hx-agree-csv").Href("#").Attr("download", "agreement.csv").Text(T("lib.agree.csv")).
			OnClick(func(ctx app.Context, e app.Event) { ctx.JSSrc().Set("href", dataHref("text/csv", v.csv())) }),
		app.Div().ID("hx-agree-totals").Body(app.Range(totals).Slice(func(i int) app.UI { return pairTable(v.ILang, totals[i]) })),
		app.H3().Text(T("lib.agree.docs")),
		app.Ul().Class("hx-list").ID("hx-agree-docs").Body(app.Range(v.reports).Slice(func(i int) app.UI {
			r, g := v.reports[i], v.groupOf[i]
			var names []string
			for _, a := range v.IGroups[g] {
				names = append(names, a.Name)
			}
			f1 := ""
			if len(r.Pairs) > 0 {
				_, _, f := r.Pairs[0].All.PRF(r.Pairs[0].All.Exact)
				f1 = fmtRatio(f)
			}
			return app.Li().DataSet("doc", r.Doc.SHA256).Body(
				app.Button().Class("hx-link").Dir("auto").Text(strings.TrimSpace(r.Doc.Title)).
					OnClick(func(ctx app.Context, e app.Event) { v.open = g }, app.EventScope(g)),
				app.Span().Class("hx-muted").Text(fmt.Sprintf(T("lib.agree.doc"), strings.Join(names, "، "), f1)),
			)
		})),
		app.If(len(v.alone) > 0, func() app.UI {
			return app.P().Class("hx-muted").ID("hx-agree-alone").Dir("auto").Text(T("lib.agree.alone") + strings.Join(v.alone, "؛ "))
		}),
		app.If(len(v.errs) > 0, func() app.UI {
			return app.P().Class("hx-msg error").Role("alert").Dir("auto").Text(strings.Join(v.errs, "؛ "))
		}),
		app.If(v.open >= 0 && v.open < len(v.IGroups), func() app.UI {
			return NewAgreement().Annotators(v.IGroups[v.open]).Lang(v.ILang)
		}),
	)
}
