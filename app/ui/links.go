package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/session"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Links between annotations in the editor (annotation.Link, kept by
// app/session, undoable): select an annotation and press L (or the side
// panel's ربط button); then pick the target by a click on it, or J/K to
// step through the annotations and Enter; then the type, by its key 1–5,
// its button, or Enter for the type proposed from the two labels. Esc
// cancels. The links of the selected annotation are listed in the side
// panel (go to the other end, delete), and drawn over the text as arcs
// (linkoverlay.go).

// linking is the page's state while a link is being made.
type linking struct {
	from   string // id of the annotation the link starts at ("" when not linking)
	to     string // id of the target: the candidate while picking, the chosen one while typing
	typing bool   // the target is chosen: choose the type
}

// linkTypeAr names the proposed link types in Arabic, read "From … To".
var linkTypeAr = map[annotation.LinkType]string{
	annotation.DateOf:    "وقع في تاريخ",
	annotation.LocatedIn: "يقع في / في مكان",
	annotation.SameAs:    "هو نفسه",
	annotation.MemberOf:  "عضو في",
	annotation.PartOf:    "جزء من",
}

// linkTypeName returns the Arabic name of t, or t itself for a type of
// the project's own.
func linkTypeName(t annotation.LinkType) string { return linkTypeIn(i18n.AR, t) }

// linkTypeIn names link type t in the interface language l (the type
// itself for a type of the person's own).
func linkTypeIn(l i18n.Lang, t annotation.LinkType) string {
	if _, ok := linkTypeAr[t]; ok {
		return l.T("link.type." + string(t))
	}
	return string(t)
}

// proposeLinkType returns the type a link from a to b most likely has:
// to a date or time, date-of; to a place, located-in (part-of from a
// place); between mentions of one label, same-as; from a person to an
// organization, member-of; from an organization to one, part-of.
func proposeLinkType(a, b annotation.Annotation) annotation.LinkType {
	switch {
	case b.Label.IsTemporal():
		return annotation.DateOf
	case b.Label == annotation.LOC && a.Label == annotation.LOC:
		return annotation.PartOf
	case b.Label == annotation.LOC:
		return annotation.LocatedIn
	case a.Label == b.Label:
		return annotation.SameAs
	case a.Label == annotation.PER && b.Label == annotation.ORG:
		return annotation.MemberOf
	case b.Label == annotation.ORG:
		return annotation.PartOf
	}
	return annotation.SameAs
}

// startLink begins a link from the selected annotation.
func (p *page) startLink(ctx app.Context) {
	if _, ok := p.sess.Get(p.selected); !ok {
		p.warn(p.uiLang().T("link.msg.first"), "Select an annotation first, then press L to link it.")
		ctx.Update()
		return
	}
	p.lk = linking{from: p.selected}
	p.info(p.uiLang().T("link.msg.target"), "Linking: click the target annotation, or J/K then Enter; Esc cancels.")
	p.redraw(ctx)
	ctx.Update()
}

// cancelLink leaves linking, back to the annotation it started from.
func (p *page) cancelLink(ctx app.Context) {
	if p.lk.from != "" {
		if _, ok := p.sess.Get(p.lk.from); ok {
			p.selected = p.lk.from
		}
	}
	p.lk = linking{}
	p.clearMsg()
	p.redraw(ctx)
	ctx.Update()
}

// pickTarget chooses the target of the link being made.
func (p *page) pickTarget(ctx app.Context, id string) {
	if id == "" || id == p.lk.from {
		return
	}
	if _, ok := p.sess.Get(id); !ok {
		return
	}
	p.lk.to, p.lk.typing = id, true
	p.selected = id
	p.info(p.uiLang().T("link.msg.type"), "Choose the link type: 1–5, or Enter for the proposed one.")
	p.redraw(ctx)
	ctx.Update()
}

// makeLink creates the link being made with the type t.
func (p *page) makeLink(ctx app.Context, t annotation.LinkType) {
	from, to := p.lk.from, p.lk.to
	p.lk = linking{}
	p.selected = from
	_, err := p.sess.AddLink(from, to, t)
	p.change(ctx, err)
	if err == nil {
		a, _ := p.sess.Get(from)
		b, _ := p.sess.Get(to)
		L := p.uiLang()
		p.info(fmt.Sprintf(L.T("link.msg.made"), isolate(session.Quote(a)), linkTypeIn(L, t), isolate(session.Quote(b))),
			fmt.Sprintf("Linked %s -%s-> %s", a.ID, t, b.ID))
	}
	ctx.Update()
}

// deleteLink removes a link (undoable).
func (p *page) deleteLink(ctx app.Context, id string) {
	p.change(ctx, p.sess.DeleteLink(id))
	ctx.Update()
}

// stepTarget moves the candidate target to the next (dir > 0) or previous
// annotation in the text, skipping the annotation the link starts at.
func (p *page) stepTarget(ctx app.Context, dir int) {
	all := p.sess.Anns()
	all = slices.DeleteFunc(all, func(a annotation.Annotation) bool { return a.ID == p.lk.from })
	if len(all) == 0 {
		return
	}
	i := slices.IndexFunc(all, func(a annotation.Annotation) bool { return a.ID == p.lk.to })
	if i < 0 {
		from, _ := p.sess.Get(p.lk.from)
		i = slices.IndexFunc(all, func(a annotation.Annotation) bool { return a.Start >= from.Start })
		if dir < 0 || i < 0 {
			if i < 0 {
				i = 0
			}
			i = (i - 1 + len(all)) % len(all)
		}
	} else {
		i = (i + dir + len(all)) % len(all)
	}
	p.lk.to = all[i].ID
	p.selected = all[i].ID
	scrollToSpan(p.tm, all[i].Start, all[i].End)
	p.redraw(ctx)
	ctx.Update()
}

// linkKey handles the keys of linking inside the keydown listener (so
// that preventDefault works); it reports whether it took the key. L starts
// a link from the selected annotation; while linking, J/K (↓/↑) step
// through the targets, Enter picks one or takes the proposed type, 1–5
// choose a type, Esc cancels, and every other key is left alone.
func (p *page) linkKey(ctx app.Context, e app.Value) bool {
	if p.sess == nil || p.loading {
		return false
	}
	t := jsField(e, "target")
	if tag := strings.ToUpper(jsStr(t, "tagName")); tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" || jsBool(t, "isContentEditable") {
		return false
	}
	if jsBool(e, "ctrlKey") || jsBool(e, "metaKey") || jsBool(e, "altKey") {
		return false
	}
	key, code := jsStr(e, "key"), jsStr(e, "code")
	var do func(ctx app.Context)
	switch {
	case p.lk.from == "":
		if (code == "KeyL" || key == "l" || key == "L") && p.selected != "" {
			do = p.startLink
		}
	case key == "Escape":
		do = p.cancelLink
	case !p.lk.typing && (code == "KeyJ" || key == "j" || key == "J" || key == "ArrowDown"):
		do = func(ctx app.Context) { p.stepTarget(ctx, 1) }
	case !p.lk.typing && (code == "KeyK" || key == "k" || key == "K" || key == "ArrowUp"):
		do = func(ctx app.Context) { p.stepTarget(ctx, -1) }
	case !p.lk.typing && key == "Enter" && p.lk.to != "":
		to := p.lk.to
		do = func(ctx app.Context) { p.pickTarget(ctx, to) }
	case p.lk.typing && key == "Enter":
		do = func(ctx app.Context) { p.makeLink(ctx, p.proposedType()) }
	case p.lk.typing:
		d := strings.TrimLeft(code, "DigitNumpad")
		if len(key) == 1 && key[0] >= '1' && key[0] <= '9' {
			d = key
		}
		if len(d) == 1 && d[0] >= '1' && int(d[0]-'1') < len(annotation.LinkTypes) {
			lt := annotation.LinkTypes[d[0]-'1']
			do = func(ctx app.Context) { p.makeLink(ctx, lt) }
		}
	}
	if do == nil {
		// While linking, the labelling and review keys would act on the
		// candidate: keep them out.
		return p.lk.from != "" && key != "Tab" && key != "?" && !strings.HasPrefix(key, "Arrow")
	}
	if pd := jsField(e, "preventDefault"); pd.Type() == app.TypeFunction {
		e.Call("preventDefault")
	}
	ctx.Dispatch(func(ctx app.Context) { guard("link key "+key, func() { do(ctx) }) })
	return true
}

// proposedType is the type proposed for the link being made.
func (p *page) proposedType() annotation.LinkType {
	a, _ := p.sess.Get(p.lk.from)
	b, _ := p.sess.Get(p.lk.to)
	return proposeLinkType(a, b)
}

// linkClick handles a click on the article while linking: the annotation
// under it becomes the target.
func (p *page) linkClick(ctx app.Context, x, y float64) {
	p.clickAt(ctx, x, y)
	if p.selected != "" && p.selected != p.lk.from {
		p.pickTarget(ctx, p.selected)
		return
	}
	p.selected = p.lk.to
	p.redraw(ctx)
}

// linkRow is one link of the selected annotation, as the side panel lists it.
type linkRow struct {
	ID       string
	Type     annotation.LinkType
	Outgoing bool // the selected annotation is the link's From
	Other    annotation.Annotation
}

// linkRows returns the links of the annotation id, with their other ends.
func (p *page) linkRows(id string) []linkRow {
	var out []linkRow
	for _, l := range p.sess.LinksOf(id) {
		other := l.To
		if l.To == id {
			other = l.From
		}
		o, ok := p.sess.Get(other)
		if !ok {
			continue
		}
		out = append(out, linkRow{ID: l.ID, Type: l.Type, Outgoing: l.From == id, Other: o})
	}
	return out
}

// renderLinks is the links card of the side panel: while linking, what is
// being linked and the type buttons; else the links of the selected
// annotation.
func (p *page) renderLinks(sel annotation.Annotation) app.UI {
	lp := &linkPanel{
		ILang:    p.uiLang(),
		OnStart:  p.startLink,
		OnCancel: p.cancelLink,
		OnType:   p.makeLink,
		OnSelect: p.selectID,
		OnDelete: p.deleteLink,
	}
	if p.lk.from != "" {
		from, _ := p.sess.Get(p.lk.from)
		to, _ := p.sess.Get(p.lk.to)
		lp.IFrom, lp.ITo, lp.ITyping = from, to, p.lk.typing
		if p.lk.typing {
			lp.IProposed = proposeLinkType(from, to)
		}
		return lp
	}
	if sel.ID == "" {
		return app.Text("")
	}
	lp.ISel, lp.IRows = sel, p.linkRows(sel.ID)
	return lp
}

// linkPanel is the side panel's card of links (id hx-links).
type linkPanel struct {
	app.Compo

	ILang i18n.Lang // interface language

	ISel      annotation.Annotation // the selected annotation (not linking)
	IRows     []linkRow
	IFrom     annotation.Annotation // linking: the link's start
	ITo       annotation.Annotation // linking: the candidate or chosen target
	ITyping   bool
	IProposed annotation.LinkType

	OnStart  func(ctx app.Context)
	OnCancel func(ctx app.Context)
	OnType   func(ctx app.Context, t annotation.LinkType)
	OnSelect func(ctx app.Context, id string)
	OnDelete func(ctx app.Context, id string)
}

func quoteSpan(a annotation.Annotation) app.UI {
	return app.Span().Class("ar").Lang("ar").Dir("rtl").Body(
		app.Span().Class("hx-sw sw-"+string(a.Label)),
		app.Text(" «"+session.Quote(a)+"»"),
	)
}

func (lp *linkPanel) Render() app.UI {
	T := lp.ILang.T
	if lp.IFrom.ID != "" {
		return app.Section().Class("hx-card hx-links").ID("hx-links").DataSet("linking", "1").Body(
			app.H2().Text(T("link.making")),
			app.P().Body(app.Text(T("link.from")), quoteSpan(lp.IFrom)),
			app.P().ID("hx-link-target").Body(app.Text(T("link.to")), app.If(lp.ITo.ID != "", func() app.UI { return quoteSpan(lp.ITo) }).
				Else(func() app.UI {
					return app.Span().Class("hx-muted").Text(T("link.pick"))
				})),
			app.If(lp.ITyping, func() app.UI {
				return app.Div().Class("hx-legend").ID("hx-link-types").Body(
					app.Range(annotation.LinkTypes).Slice(func(i int) app.UI {
						t := annotation.LinkTypes[i]
						title := fmt.Sprintf("%s — %s (%d)", linkTypeIn(lp.ILang, t), t, i+1)
						if t == lp.IProposed {
							title += T("link.proposed")
						}
						return app.Button().Class(app.AppendClass("hx-chip", activeClass(t == lp.IProposed))).
							DataSet("linktype", string(t)).Title(title).
							OnClick(func(ctx app.Context, e app.Event) {
								if lp.OnType != nil {
									lp.OnType(ctx, t)
								}
							}, app.EventScope(string(t))).
							Body(app.Text(fmt.Sprintf("%d ", i+1)+linkTypeIn(lp.ILang, t)+" "), en(string(t)))
					}),
				)
			}),
			app.Div().Class("hx-actions").Body(
				app.Button().ID("hx-link-cancel").Title(T("link.cancel.title")).Text(T("link.cancel")).
					OnClick(func(ctx app.Context, e app.Event) {
						if lp.OnCancel != nil {
							lp.OnCancel(ctx)
						}
					}),
			),
		)
	}
	return app.Section().Class("hx-card hx-links").ID("hx-links").Body(
		app.H2().Text(T("link.title")),
		app.If(len(lp.IRows) == 0, func() app.UI {
			return app.P().Class("hx-muted").Text(T("link.none"))
		}).Else(func() app.UI {
			return app.Ul().Class("hx-list").ID("hx-link-list").Body(app.Range(lp.IRows).Slice(func(i int) app.UI {
				r := lp.IRows[i]
				arrow := "← "
				if !r.Outgoing {
					arrow = "→ "
				}
				return app.Li().DataSet("link", r.ID).DataSet("type", string(r.Type)).Body(
					app.Span().Class("hx-count").Text(arrow),
					app.Span().Text(linkTypeIn(lp.ILang, r.Type)+" "),
					en(string(r.Type)),
					app.Text(" "),
					app.Button().Class("hx-link").Title(T("link.goto")).
						OnClick(func(ctx app.Context, e app.Event) {
							if lp.OnSelect != nil {
								lp.OnSelect(ctx, r.Other.ID)
							}
						}, app.EventScope(r.ID)).Body(quoteSpan(r.Other)),
					app.Button().Class("hx-b delete").DataSet("unlink", r.ID).Title(T("link.delete")).Text("✕").
						OnClick(func(ctx app.Context, e app.Event) {
							if lp.OnDelete != nil {
								lp.OnDelete(ctx, r.ID)
							}
						}, app.EventScope(r.ID)),
				)
			}))
		}),
		app.Div().Class("hx-actions").Body(
			app.Button().ID("hx-link-start").Title(T("link.start.title")).Text(T("link.start")).
				OnClick(func(ctx app.Context, e app.Event) {
					if lp.OnStart != nil {
						lp.OnStart(ctx)
					}
				}),
		),
	)
}

// drawLinkOverlay draws the link arcs for the paragraphs the highlighter
// drew.
func (p *page) drawLinkOverlay() {
	if !app.IsClient || p.sess == nil {
		return
	}
	drawLinks(p.tm, p.sess, p.hl.lo, p.hl.hi, p.selected)
	var from []app.Value
	if a, ok := p.sess.Get(p.lk.from); ok {
		if r := newRange(p.tm, a.Start, a.End); r.Truthy() {
			from = append(from, r)
		}
	}
	setHighlight(hlLinkFrom, 25, from)
}

// hlLinkFrom marks the annotation a link being made starts at.
const hlLinkFrom = "hx-link-from"

// OnResize redraws the link arcs: the text was laid out again.
func (p *page) OnResize(ctx app.Context) { p.drawLinkOverlay() }

var _ app.Resizer = (*page)(nil)

// refreshLinks takes the links another tab stored for the open document.
func (p *page) refreshLinks(ctx app.Context) {
	n, err := p.sess.RefreshLinks()
	if err != nil {
		p.showErr(err)
	}
	if n > 0 {
		p.info(fmt.Sprintf("غُيِّرت روابط هذه الوثيقة في تبويب آخر (روابط: %d)، فأُخذ بها.", n), fmt.Sprintf("Links changed in another tab: %d.", n))
		p.change(ctx, nil)
	}
}
