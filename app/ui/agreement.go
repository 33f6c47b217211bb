package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/agree"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Agreement shows the agreement between exports of one document by
// different annotators (app/agree): per label P/R/F1 exact and overlap for
// each pair, token kappa, TIMEX value agreement; then the disagreements
// side by side, each settled by keeping one side, all or none, and the gold
// export to download once all are settled. Build it with NewAgreement from
// the decoded exports:
//
//	ui.NewAgreement().Annotators([]agree.Annotator{{Name: "أ", Doc: f1.Document, Anns: f1.Annotations, Links: f1.Links}, …})
type Agreement struct {
	app.Compo

	IAnnotators []agree.Annotator
	ILang       i18n.Lang // interface language

	report *agree.Report
	adj    *agree.Adjudication
	err    string
	built  []agree.Annotator // the slice report and adj were built from
}

// NewAgreement returns an empty agreement view.
func NewAgreement() *Agreement { return &Agreement{} }

// Lang sets the interface language.
func (v *Agreement) Lang(l i18n.Lang) *Agreement { v.ILang = l; return v }

// Annotators sets the exports compared (two or more, same document).
func (v *Agreement) Annotators(a []agree.Annotator) *Agreement { v.IAnnotators = a; return v }

func (v *Agreement) compute() {
	if len(v.IAnnotators) == len(v.built) && (len(v.built) == 0 || &v.built[0] == &v.IAnnotators[0]) {
		return
	}
	v.built, v.err, v.report, v.adj = v.IAnnotators, "", nil, nil
	r, err := agree.Compare(v.IAnnotators, agree.Options{})
	if err == nil {
		v.report = r
		v.adj, err = agree.Adjudicate(v.IAnnotators, agree.Options{})
	}
	if err != nil {
		v.err = annotation.ErrorMessage(err)
	}
}

func fmtRatio(f float64) string {
	if math.IsNaN(f) {
		return "—"
	}
	return strconv.FormatFloat(f, 'f', 3, 64)
}

// Render draws the tables and the disagreements.
func (v *Agreement) Render() app.UI {
	v.compute()
	T := v.ILang.T
	sec := app.Section().Class("hx-card").ID("hx-agreement").Dir(v.ILang.Dir()).Lang(string(v.ILang))
	if len(v.IAnnotators) < 2 {
		return sec.Body(app.H2().Text(T("lib.tab.agreement")), app.P().Class("hx-muted").Text(T("lib.agree.import")))
	}
	if v.err != "" {
		return sec.Body(app.H2().Text(T("lib.tab.agreement")), app.P().Class("hx-error").ID("hx-agree-error").Text(v.err))
	}
	return sec.Body(
		app.H2().Text(T("lib.tab.agreement")),
		app.Range(v.report.Pairs).Slice(func(i int) app.UI { return pairTable(v.ILang, v.report.Pairs[i]) }),
		app.H3().Text(fmt.Sprintf(T("lib.agree.dis"), len(v.adj.Disagreements), v.adj.Undecided())),
		app.Ol().Class("hx-disagreements").Body(app.Range(v.adj.Disagreements).Slice(func(d int) app.UI { return v.disagreement(d) })),
		app.If(v.adj.Undecided() == 0, func() app.UI {
			return app.A().ID("hx-agree-gold").Href("#").Attr("download", "gold.json").Text(T("lib.agree.gold")).OnClick(func(ctx app.Context, e app.Event) {
				data, err := v.adj.EncodeGold()
				if err != nil {
					v.err = annotation.ErrorMessage(err)
					return
				}
				ctx.JSSrc().Set("href", dataHref("application/json", string(data)))
			})
		}),
	)
}

// pairTable is the table of one pair of annotators: per label counts and
// P/R/F1 exact and overlap, then the token kappas and TIMEX agreement.
func pairTable(lang i18n.Lang, p agree.Pair) app.UI {
	rows := append(append([]agree.LabelCounts{}, p.Labels...), agree.LabelCounts{Label: "all", Counts: p.All})
	return app.Div().Class("hx-agree-pair").Body(
		app.H3().Text(fmt.Sprintf(lang.T("lib.agree.vs"), p.A, p.B)),
		app.Table().Dir("ltr").Body(
			app.THead().Body(app.Tr().Body(app.Th().Text("label"), app.Th().Text(p.A), app.Th().Text(p.B),
				app.Th().Text("exact P"), app.Th().Text("R"), app.Th().Text("F1"),
				app.Th().Text("overlap P"), app.Th().Text("R"), app.Th().Text("F1"))),
			app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
				lc := rows[i]
				ep, er, ef := lc.PRF(lc.Exact)
				op, or, of := lc.PRF(lc.Overlap)
				return app.Tr().DataSet("label", string(lc.Label)).Body(app.Td().Text(string(lc.Label)), app.Td().Text(strconv.Itoa(lc.A)), app.Td().Text(strconv.Itoa(lc.B)),
					app.Td().Text(fmtRatio(ep)), app.Td().Text(fmtRatio(er)), app.Td().Text(fmtRatio(ef)),
					app.Td().Text(fmtRatio(op)), app.Td().Text(fmtRatio(or)), app.Td().Text(fmtRatio(of)))
			})),
		),
		app.P().Class("hx-agree-kappa").Text(fmt.Sprintf(lang.T("lib.agree.kappa"), fmtRatio(p.Entities.Value()), fmtRatio(p.Temporal.Value()), p.Timex.SameValue, p.Timex.Matched)),
	)
}

func (v *Agreement) disagreement(d int) app.UI {
	dis := v.adj.Disagreements[d]
	n := len(v.adj.Annotators)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	decide := func(keep ...int) app.EventHandler {
		return func(ctx app.Context, e app.Event) { v.adj.Decide(d, keep...) }
	}
	cls := "hx-dis"
	if dis.Decided() {
		cls += " decided"
	}
	return app.Li().Class(cls).DataSet("dis", strconv.Itoa(d)).Body(
		app.Div().Class("hx-dis-sides").Body(app.Range(v.adj.Annotators).Slice(func(i int) app.UI {
			var parts []string
			for _, it := range dis.Side(i) {
				s := "«" + it.Ann.Quote + "» " + string(it.Ann.Label)
				if it.Ann.Value != "" {
					s += " " + it.Ann.Value
				}
				parts = append(parts, s)
			}
			if len(parts) == 0 {
				parts = []string{"—"}
			}
			return app.Div().Class("hx-dis-side").Body(
				app.Strong().Text(v.adj.Annotators[i]+": "), app.Span().Text(strings.Join(parts, "، ")),
				app.Button().Class("hx-dis-keep").Text(v.ILang.T("lib.agree.keep")).OnClick(decide(i)),
			)
		})),
		app.Button().Class("hx-dis-all").Text(v.ILang.T("lib.agree.all")).OnClick(decide(all...)),
		app.Button().Class("hx-dis-none").Text(v.ILang.T("lib.agree.none")).OnClick(decide()),
	)
}
