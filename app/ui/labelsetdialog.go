package ui

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/labelset"
	"github.com/hashiya/hashiya/app/store"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// labelSetKey is the localStorage key of the library's label set
// (app/labelset JSON).
const labelSetKey = "hashiya/ui/v1/labelset"

// labelCSSID is the <style> element holding labelCSS.
const labelCSSID = "hx-labels-css"

// loadLabelSet returns the stored label set, or the default one.
func loadLabelSet(kv store.KV) labelset.Set {
	if kv != nil {
		if v, ok, err := kv.Get(labelSetKey); err == nil && ok {
			if s, err := labelset.Parse([]byte(v)); err == nil {
				return s
			}
		}
	}
	return labelset.Default()
}

// applyLabelSet makes the interface use s: names, keys and hidden labels
// (labels), and the colours (labelCSS, in a <style> of its own).
func applyLabelSet(s labelset.Set) {
	labels = s
	defer recoverLog("label colours")
	if !app.IsClient {
		return
	}
	st := document().Call("getElementById", labelCSSID)
	if !st.Truthy() {
		st = document().Call("createElement", "style")
		st.Set("id", labelCSSID)
		document().Get("head").Call("appendChild", st)
	}
	st.Set("textContent", labelCSS(s))
}

// labelSetDialog edits the label set: add labels (code, name, colour,
// key), rename, recolour, rekey, hide.
type labelSetDialog struct {
	app.Compo

	ISet  labelset.Set
	ILang i18n.Lang

	OnSave   func(ctx app.Context, s labelset.Set)
	OnCancel func(ctx app.Context)

	edit   labelset.Set
	add    labelset.Label // the new label's fields
	err    string
	opener app.Value
}

const labelSetID = "hx-labelset"

func (d *labelSetDialog) OnMount(ctx app.Context) {
	d.edit = labelset.Set{Labels: append([]labelset.Label(nil), d.ISet.Labels...)}
	d.resetAdd()
	d.opener = modalOpened(ctx, labelSetID)
}
func (d *labelSetDialog) OnDismount() { modalClosed(d.opener) }

func (d *labelSetDialog) resetAdd() {
	d.add = labelset.Label{Colour: d.edit.FreeColour(), Key: d.edit.FreeKey()}
}

func (d *labelSetDialog) cancel(ctx app.Context) {
	if d.OnCancel != nil {
		d.OnCancel(ctx)
	}
}

func (d *labelSetDialog) save(ctx app.Context) {
	for i, l := range d.edit.Labels {
		d.edit.Labels[i].Name = storedName(l.Code, strings.TrimSpace(l.Name))
	}
	if err := d.edit.Validate(); err != nil {
		d.err = labelSetError(d.ILang, err)
		d.showErr(ctx)
		return
	}
	if d.OnSave != nil {
		d.OnSave(ctx, d.edit)
	}
}

// check shows at once what is wrong with the edited set (a key given to
// two labels), or clears the message once it is right.
func (d *labelSetDialog) check(ctx app.Context) {
	d.err = labelSetError(d.ILang, d.edit.Validate())
	d.showErr(ctx)
}

// showErr brings the message into view once it is drawn (the dialog
// scrolls on a small screen; the message is below the table).
func (d *labelSetDialog) showErr(ctx app.Context) {
	if d.err == "" {
		return
	}
	ctx.Defer(func(ctx app.Context) {
		defer recoverLog("label set message")
		if el := document().Call("getElementById", "hx-ls-err"); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "nearest"})
		}
	})
}

// labelSetError says err (from app/labelset) in the interface language:
// the rule broken (labelset.Error's Reason) and the labels at fault; any
// other error by its own sentence; "" for nil.
func labelSetError(lang i18n.Lang, err error) string {
	if err == nil {
		return ""
	}
	var le *labelset.Error
	if !errors.As(err, &le) {
		return annotation.ErrorMessage(err)
	}
	msg := fmt.Sprintf(lang.T("ls.err."+string(le.Reason)), le.Label, le.Value, le.Other)
	if le.Reason == labelset.BadCode {
		msg += " " + lang.T("ls.rule")
	}
	return msg
}

// editedName is the name the editor shows for l: a standard label still
// bearing its default name is named in the interface language (as
// labelName does).
func editedName(lang i18n.Lang, l labelset.Label) string {
	if d := defaultLabels.Find(l.Code); d >= 0 && defaultLabels.Labels[d].Name == l.Name {
		return lang.T("label." + string(l.Code))
	}
	return l.Name
}

// storedName is the name kept for a label named name in the editor: a
// standard label given its default name in either language keeps the
// default (so that it follows the interface language), any other name is
// kept as typed.
func storedName(code annotation.Label, name string) string {
	if d := defaultLabels.Find(code); d >= 0 {
		for _, lang := range i18n.Langs {
			if name == lang.T("label."+string(code)) {
				return defaultLabels.Labels[d].Name
			}
		}
	}
	return name
}

// addLabel adds the label of the "new label" row to the edited set.
func (d *labelSetDialog) addLabel(ctx app.Context) {
	l := d.add
	l.Code = annotation.Label(strings.TrimSpace(string(l.Code)))
	l.Name = strings.TrimSpace(l.Name)
	if l.Name == "" {
		l.Name = string(l.Code)
	}
	T := d.ILang.T
	switch {
	case l.Code == "":
		d.err = T("ls.err.nocode")
		d.showErr(ctx)
	case d.edit.Find(l.Code) >= 0:
		d.err = T("ls.err.exists") + " " + string(l.Code)
		d.showErr(ctx)
	default:
		s, err := d.edit.Put(l)
		if err != nil {
			d.err = labelSetError(d.ILang, err)
			d.showErr(ctx)
			return
		}
		d.edit, d.err = s, ""
		d.resetAdd()
		focusID("hx-ls-new-code")
	}
}

// keyOptions are the hotkey choices of the label self ("" for the new
// label): none, or a digit 1–9 (labelset.KeyAllowed), each naming the
// label of s that has it already, so that a key is not given twice by
// mistake.
func keyOptions(lang i18n.Lang, s labelset.Set, self annotation.Label, cur string) []app.UI {
	opts := []app.UI{app.Option().Value("").Selected(cur == "").Text(lang.T("ls.nokey"))}
	for k := 1; k <= 9; k++ {
		v := strconv.Itoa(k)
		text := v
		for _, l := range s.Labels {
			if l.Key == v && l.Code != self {
				text = v + " · " + editedName(lang, l)
			}
		}
		opts = append(opts, app.Option().Value(v).Selected(cur == v).Text(text))
	}
	return opts
}

func (d *labelSetDialog) Render() app.UI {
	T := d.ILang.T
	labels := d.edit.Labels
	if labels == nil {
		labels = d.ISet.Labels
	}
	return app.Div().Class("hx-dialog-back").Body(
		app.Div().Class("hx-dialog hx-labelset").ID(labelSetID).Role("dialog").Aria("modal", "true").Aria("labelledby", "hx-labelset-h").
			OnKeyDown(func(ctx app.Context, e app.Event) { modalKeys(ctx, e, labelSetID, d.cancel) }).
			Body(
				app.H2().ID("hx-labelset-h").Text(T("ls.title")),
				app.P().Class("hx-muted").Text(T("ls.intro")),
				app.Table().Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Text(T("ls.code")), app.Th().Text(T("ls.name")), app.Th().Text(T("ls.colour")),
						app.Th().Text(T("ls.key")), app.Th().Text(T("ls.hidden")),
					)),
					app.TBody().Body(app.Range(labels).Slice(func(i int) app.UI {
						l := labels[i]
						code, id := string(l.Code), labelIdent(l.Code)
						return app.Tr().Body(
							app.Td().Body(app.Code().Dir("auto").Text(code)),
							app.Td().Body(app.Input().Type("text").ID("hx-ls-name-"+id).Dir("auto").Value(editedName(d.ILang, l)).MaxLength(40).
								Aria("label", T("ls.name.of")+code).
								OnInput(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Name = jsStr(ctx.JSSrc(), "value") })),
							app.Td().Body(app.Input().Type("color").ID("hx-ls-colour-"+id).Value(l.Colour).
								Aria("label", T("ls.colour.of")+code).
								OnInput(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Colour = jsStr(ctx.JSSrc(), "value") })),
							app.Td().Body(app.Select().ID("hx-ls-key-"+id).Aria("label", T("ls.key.of")+code).
								OnChange(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Key = jsStr(ctx.JSSrc(), "value"); d.check(ctx) }).
								Body(keyOptions(d.ILang, d.edit, l.Code, l.Key)...)),
							app.Td().Body(app.Input().Type("checkbox").ID("hx-ls-hidden-"+id).Checked(l.Hidden).
								Aria("label", T("ls.hidden.of")+code).
								OnChange(func(ctx app.Context, e app.Event) { d.edit.Labels[i].Hidden = jsBool(ctx.JSSrc(), "checked") })),
						)
					})),
				),
				app.H3().ID("hx-ls-new-h").Text(T("ls.add.title")),
				app.Div().Class("hx-ls-new").Role("group").Aria("labelledby", "hx-ls-new-h").Body(
					app.Label().Body(app.Text(T("ls.code")+" "),
						app.Input().Type("text").ID("hx-ls-new-code").Dir("auto").Value(string(d.add.Code)).MaxLength(annotation.MaxLabelLen).
							Placeholder("EVENT").Aria("describedby", "hx-ls-new-rule").
							OnInput(func(ctx app.Context, e app.Event) { d.add.Code = annotation.Label(jsStr(ctx.JSSrc(), "value")) })),
					app.Label().Body(app.Text(T("ls.name")+" "),
						app.Input().Type("text").ID("hx-ls-new-name").Dir("auto").Value(d.add.Name).MaxLength(40).
							OnInput(func(ctx app.Context, e app.Event) { d.add.Name = jsStr(ctx.JSSrc(), "value") })),
					app.Label().Body(app.Text(T("ls.colour")+" "),
						app.Input().Type("color").ID("hx-ls-new-colour").Value(d.add.Colour).
							OnInput(func(ctx app.Context, e app.Event) { d.add.Colour = jsStr(ctx.JSSrc(), "value") })),
					app.Label().Body(app.Text(T("ls.key")+" "),
						app.Select().ID("hx-ls-new-key").
							OnChange(func(ctx app.Context, e app.Event) { d.add.Key = jsStr(ctx.JSSrc(), "value") }).
							Body(keyOptions(d.ILang, d.edit, "", d.add.Key)...)),
					app.Button().ID("hx-ls-add").OnClick(func(ctx app.Context, e app.Event) { d.addLabel(ctx) }).Text(T("ls.add")),
					app.P().Class("hx-muted").ID("hx-ls-new-rule").Text(T("ls.rule")),
				),
				app.If(d.err != "", func() app.UI {
					return app.P().Class("hx-msg error").ID("hx-ls-err").Role("alert").Text(d.err)
				}),
				app.Div().Class("hx-actions").Body(
					app.Button().ID("hx-ls-reset").Title(T("ls.reset.title")).OnClick(func(ctx app.Context, e app.Event) {
						d.edit = resetLabels(d.edit)
						d.resetAdd()
					}).Text(T("ls.reset")),
					app.Button().ID("hx-ls-cancel").OnClick(func(ctx app.Context, e app.Event) { d.cancel(ctx) }).Text(T("cancel")),
					app.Button().Class("accept").ID("hx-ls-save").OnClick(func(ctx app.Context, e app.Event) { d.save(ctx) }).Text(T("save")),
				),
			),
	)
}

// resetLabels gives the standard labels their default names, colours and
// keys and keeps the labels added (their annotations still need them),
// each keeping its key unless a standard label took it.
func resetLabels(s labelset.Set) labelset.Set {
	out := labelset.Default()
	for _, l := range s.Labels {
		if l.Code.IsStandard() {
			continue
		}
		if _, taken := out.ForKey(l.Key); taken {
			l.Key = out.FreeKey()
		}
		out.Labels = append(out.Labels, l)
	}
	return out
}

// saveLabelSet stores and applies s; the message offers to undo it.
func (p *page) saveLabelSet(ctx app.Context, s labelset.Set) {
	old := p.f.labels
	p.setLabelSet(ctx, s)
	if p.msgKind == "error" {
		return
	}
	p.info(T(p, "ls.saved"), "")
	p.msgAction, p.onAction = T(p, "undo"), func(ctx app.Context) {
		p.setLabelSet(ctx, old)
		if p.msgKind != "error" {
			p.info(T(p, "ls.restored"), "")
		}
	}
}

// setLabelSet stores and applies s.
func (p *page) setLabelSet(ctx app.Context, s labelset.Set) {
	p.f.labels, p.f.labelsOpen = s, false
	applyLabelSet(s)
	p.sess.Labels = s.Labels
	if data, err := json.Marshal(s); err == nil && p.sess.Meta != nil {
		if err := p.sess.Meta.Set(labelSetKey, string(data)); err != nil {
			p.showErr(err)
		}
	}
	p.version++ // highlights and lists show the new names
	p.redraw(ctx)
}

// reloadLabelSet applies the label set another tab stored.
func (p *page) reloadLabelSet(ctx app.Context) {
	p.f.labels = loadLabelSet(p.sess.Meta)
	applyLabelSet(p.f.labels)
	p.sess.Labels = p.f.labels.Labels
	p.version++
	p.redraw(ctx)
	ctx.Update()
}

// adoptLabels adds to the label set the labels it lacks of the file just
// imported, opened or applied (p.f.fileLabels, a colleague's label set:
// with their names and colours, labelset.Set.Adopt) and of the open
// document's annotations (an import of another tool's file, a stored
// document from another library: named by their code, with a palette
// colour) and says which; it is the one place where a file's unknown
// labels join the set.
func (p *page) adoptLabels(ctx app.Context) {
	from := p.f.fileLabels
	p.f.fileLabels = nil
	if p.sess == nil {
		return
	}
	s, added := p.f.labels.Adopt(from)
	if missing := s.Missing(p.sess.Anns()); len(missing) > 0 {
		var more []annotation.Label
		s, more = s.AddMissing(missing)
		added = append(added, more...)
	}
	if len(added) == 0 {
		return
	}
	names := make([]string, len(added))
	for i, l := range added {
		names[i] = string(l)
	}
	p.setLabelSet(ctx, s)
	note := T(p, "ls.adopted") + " " + strings.Join(names, "، ")
	if p.uiLang() == i18n.EN {
		note = T(p, "ls.adopted") + " " + strings.Join(names, ", ")
	}
	if p.msgText != "" {
		p.msgText += " " + note
	} else {
		p.info(note, "")
	}
}

func (p *page) renderLabelSet() app.UI {
	return app.If(p.f.labelsOpen, func() app.UI {
		return &labelSetDialog{ISet: p.f.labels, ILang: p.uiLang(), OnSave: p.saveLabelSet,
			OnCancel: func(ctx app.Context) { p.f.labelsOpen = false }}
	})
}

// T is the interface string key in the page's language.
func T(p *page, key string) string { return p.uiLang().T(key) }
