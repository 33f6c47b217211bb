package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/labelset"
	"github.com/hashiya/hashiya/app/search"
	"github.com/hashiya/hashiya/app/session"
	"github.com/hashiya/hashiya/app/store"
	"github.com/hashiya/hashiya/app/ui/textmap"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// features is the page's state for working fast: the undo history, the
// keyboard caret in the article, search, the annotation list and the help
// sheet. The page holds one; its methods on *page are in this file so that
// page.go only calls them.
type features struct {
	undo *session.Undo

	// Keyboard selection in the article (code points); caretOn once the
	// person moved the caret with the keyboard.
	caret   textmap.Selection
	caretOn bool
	// leaveProclitic: a selection starting after a word-initial و ب ف ل ك
	// keeps the proclitic out (the toggle in the edit bar).
	leaveProclitic bool

	help bool // the help sheet is open

	lang i18n.Lang // interface language

	labels     labelset.Set // the library's label set
	labelsOpen bool         // the label set editor is open
	// fileLabels is the label set of the file being imported, opened or
	// applied, for adoptLabels (which clears it).
	fileLabels []labelset.Label

	query    string
	whole    bool
	hits     []search.Hit
	hit      int // current hit, -1 for none
	index    *search.Index
	indexSHA string

	annsPtr  *[]annotation.Annotation // all annotations, for the list; new pointer per version
	annsVer  int
	listOpen bool

	sheetFor string // the selection keepSelectedVisible last saw (sheet.go)

	dblFn app.Func // the dblclick listener (dblclick.go)
}

// Highlight names of the features.
const (
	hlSearch    = "hx-search"     // search hits
	hlSearchCur = "hx-search-cur" // the current hit
	hlCaret     = "hx-caret"      // the keyboard caret (the character after it)
)

// maxHits bounds the hits drawn and labelled at once.
const maxHits = 5000

func (p *page) mountFeatures() {
	p.f.undo = session.NewUndo(p.sess)
	p.f.hit = -1
	p.f.lang = chooseLang(p.sess.Meta)
	p.f.labels = loadLabelSet(p.sess.Meta)
	applyLabelSet(p.f.labels)
	p.sess.Labels = p.f.labels.Labels
}

// langKey is the localStorage key of the chosen interface language.
const langKey = "hashiya/ui/v1/lang"

// chooseLang returns the stored interface language, else the best match
// of the browser's languages (navigator.languages).
func chooseLang(kv store.KV) i18n.Lang {
	if kv != nil {
		if v, ok, err := kv.Get(langKey); err == nil && ok {
			if l, ok := i18n.Parse(v); ok {
				return l
			}
		}
	}
	return i18n.Match(browserLanguages())
}

// uiLang is the interface language (Arabic before mounting).
func (p *page) uiLang() i18n.Lang {
	if p.f.lang == "" {
		return i18n.AR
	}
	return p.f.lang
}

// switchLang switches the interface language and remembers the choice.
func (p *page) switchLang(ctx app.Context) {
	p.f.lang = p.uiLang().Other()
	if p.sess != nil && p.sess.Meta != nil {
		_ = p.sess.Meta.Set(langKey, string(p.f.lang)) // a preference: best effort
	}
	document().Get("documentElement").Call("setAttribute", "lang", string(p.f.lang))
	document().Get("documentElement").Call("setAttribute", "dir", p.f.lang.Dir())
	if c := textContainer(); c.Truthy() {
		c.Call("setAttribute", "aria-label", p.f.lang.T("article.aria"))
	}
}

// undoKindAr names the kinds of transactions (session.Tx.Kind).
var undoKindAr = map[string]string{
	"add": "إضافة", "accept": "قبول", "reject": "رفض", "status": "تغيير الحالة",
	"relabel": "تغيير الوسم", "note": "الملاحظة", "delete": "الحذف", "dct": "تغيير تاريخ الوثيقة",
	"import": "الاستيراد", "apply-file": "تطبيق ملف", "apply-all": "التطبيق على كل المواضع",
	"bulk-accept": "القبول الجماعي", "bulk-reject": "الرفض الجماعي", "bulk-status": "تغيير الحالات",
	"label-hits": "وسم نتائج البحث",
}

// kindName names a kind of transaction in the interface language.
func kindName(l i18n.Lang, k string) string {
	if l == i18n.EN {
		return strings.ReplaceAll(k, "-", " ")
	}
	if s, ok := undoKindAr[k]; ok {
		return s
	}
	return k
}

func (p *page) undoStep(ctx app.Context) {
	if p.f.undo == nil || p.loading {
		return
	}
	kind := p.f.undo.UndoKind()
	_, ok, err := p.f.undo.Undo()
	if !ok {
		p.info("لا شيء للتراجع عنه.", "Nothing to undo.")
		ctx.Update()
		return
	}
	p.afterHistory(ctx, err)
	if err == nil {
		p.info("تراجعتَ عن: "+kindName(i18n.AR, kind)+".", "Undone: "+kindName(i18n.EN, kind)+".")
	}
}

func (p *page) redoStep(ctx app.Context) {
	if p.f.undo == nil || p.loading {
		return
	}
	kind := p.f.undo.RedoKind()
	_, ok, err := p.f.undo.Redo()
	if !ok {
		p.info("لا شيء لإعادته.", "Nothing to redo.")
		ctx.Update()
		return
	}
	p.afterHistory(ctx, err)
	if err == nil {
		p.info("أُعيد: "+kindName(i18n.AR, kind)+".", "Redone: "+kindName(i18n.EN, kind)+".")
	}
}

func (p *page) afterHistory(ctx app.Context, err error) {
	if _, ok := p.sess.Get(p.selected); !ok {
		p.selected = ""
	}
	p.refreshSearch()
	p.change(ctx, err)
	p.ctx.Update() // the page, not only the edit bar whose button was pressed
}

// featureKey handles the keys of the features, synchronously inside the
// keydown listener (so that preventDefault works); it reports whether the
// key was taken. Keys typed in form fields are left to them (their own
// undo, their own caret).
func (p *page) featureKey(ctx app.Context, e app.Value) bool {
	if p.sess == nil || p.loading {
		return false
	}
	t := jsField(e, "target")
	tag := strings.ToUpper(jsStr(t, "tagName"))
	if tag == "INPUT" || tag == "TEXTAREA" || tag == "SELECT" || jsBool(t, "isContentEditable") {
		return false
	}
	ctrl := jsBool(e, "ctrlKey") || jsBool(e, "metaKey")
	shift, alt := jsBool(e, "shiftKey"), jsBool(e, "altKey")
	key, code := jsStr(e, "key"), jsStr(e, "code")
	inArticle := jsStr(t, "id") == textID
	var do func(ctx app.Context)
	switch {
	case inArticle && (key == "ArrowLeft" || key == "ArrowRight" || key == "Home" || key == "End"):
		k := textmap.Key{Name: key, Shift: shift, Word: ctrl || alt}
		do = func(ctx app.Context) { p.moveCaret(ctx, k) }
	case ctrl && !alt && (code == "KeyZ" || strings.EqualFold(key, "z")):
		if shift {
			do = p.redoStep
		} else {
			do = p.undoStep
		}
	case ctrl && !alt && !shift && (code == "KeyY" || strings.EqualFold(key, "y")):
		do = p.redoStep
	case ctrl || alt:
		return false
	case key == "?" || shift && code == "Slash":
		do = func(ctx app.Context) { p.f.help = !p.f.help; ctx.Update() }
	case key == "/":
		do = func(ctx app.Context) { focusID("hx-search") }
	case code == "KeyJ" || key == "j" || key == "J" || key == "ArrowDown" && !inArticle:
		do = func(ctx app.Context) { p.stepSuggestion(ctx, 1) }
	case code == "KeyK" || key == "k" || key == "K" || key == "ArrowUp" && !inArticle:
		do = func(ctx app.Context) { p.stepSuggestion(ctx, -1) }
	case key == "Escape" && p.f.caretOn:
		do = func(ctx app.Context) {
			p.f.caretOn = false
			clearSelection()
			drawCaret(p.tm, p.f.caret, false)
			p.selected = ""
			p.redraw(ctx)
		}
	default:
		return false
	}
	if pd := jsField(e, "preventDefault"); pd.Type() == app.TypeFunction {
		e.Call("preventDefault")
	}
	ctx.Dispatch(func(ctx app.Context) { guard("key "+key, func() { do(ctx) }) })
	return true
}

// moveCaret applies a caret key to the keyboard selection in the article,
// starting from the browser's selection when the person clicked or
// dragged since.
func (p *page) moveCaret(ctx app.Context, k textmap.Key) {
	// The browser's selection has no direction once set from a range, so
	// it replaces the keyboard selection only when it covers another span
	// (the person clicked or dragged since).
	if sel, ok := domSelection(p.tm); ok {
		ds, de := sel.Span()
		cs, ce := p.f.caret.Span()
		if !p.f.caretOn || ds != cs || de != ce {
			p.f.caret = sel
		}
	}
	p.f.caret, _ = textmap.Move(p.runes, p.f.caret, k)
	p.f.caretOn = true
	showSelection(p.tm, p.f.caret)
	drawCaret(p.tm, p.f.caret, true)
	scrollToSpan(p.tm, p.f.caret.Head, p.f.caret.Head)
}

// stepSuggestion selects the next (dir > 0) or previous unreviewed
// suggestion after the selected span (or the caret), wrapping around.
func (p *page) stepSuggestion(ctx app.Context, dir int) {
	from := -1
	if a, ok := p.sess.Get(p.selected); ok {
		from = a.Start
	} else if p.f.caretOn {
		from = p.f.caret.Head
		if dir < 0 {
			from++
		}
	}
	all := p.sess.Anns()
	var cands []annotation.Annotation
	for _, a := range all {
		if a.Status == annotation.Suggested {
			cands = append(cands, a)
		}
	}
	if len(cands) == 0 {
		cands = all // nothing left to review: step through everything
	}
	if len(cands) == 0 {
		return
	}
	i := slices.IndexFunc(cands, func(a annotation.Annotation) bool { return a.ID == p.selected })
	switch {
	case i >= 0:
		i = (i + dir + len(cands)) % len(cands)
	case dir > 0:
		i = slices.IndexFunc(cands, func(a annotation.Annotation) bool { return a.Start > from })
		if i < 0 {
			i = 0
		}
	default:
		i = len(cands) - 1
		for j := len(cands) - 1; j >= 0; j-- {
			if cands[j].Start < from {
				i = j
				break
			}
		}
	}
	p.selectID(ctx, cands[i].ID)
	ctx.Update()
}

// search runs a query over the open document.
func (p *page) search(ctx app.Context, q string, whole bool) {
	p.f.query, p.f.whole = q, whole
	p.refreshSearch()
	if len(p.f.hits) > 0 {
		p.f.hit = 0
		h := p.f.hits[0]
		scrollToSpan(p.tm, h.Start, h.End)
	}
	drawSearch(p.tm, p.f.hits, p.f.hit)
}

// refreshSearch recomputes the hits (the document or the query changed).
func (p *page) refreshSearch() {
	if strings.TrimSpace(p.f.query) == "" {
		p.f.hits, p.f.hit = nil, -1
		drawSearch(p.tm, nil, -1)
		return
	}
	if p.f.index == nil || p.f.indexSHA != p.sess.Doc.SHA256 {
		p.f.index, p.f.indexSHA = search.New(p.sess.Doc.Text), p.sess.Doc.SHA256
	}
	p.f.hits = p.f.index.Find(p.f.query, search.Options{WholeWord: p.f.whole, Limit: maxHits})
	if p.f.hit >= len(p.f.hits) {
		p.f.hit = len(p.f.hits) - 1
	}
}

func (p *page) stepHit(ctx app.Context, dir int) {
	if len(p.f.hits) == 0 {
		return
	}
	p.f.hit = (p.f.hit + dir + len(p.f.hits)) % len(p.f.hits)
	h := p.f.hits[p.f.hit]
	scrollToSpan(p.tm, h.Start, h.End)
	drawSearch(p.tm, p.f.hits, p.f.hit)
}

// labelHits labels every hit with l, in one undoable step.
func (p *page) labelHits(ctx app.Context, l annotation.Label) {
	if len(p.f.hits) == 0 {
		return
	}
	spans := make([][2]int, len(p.f.hits))
	for i, h := range p.f.hits {
		spans[i] = [2]int{h.Start, h.End}
	}
	n, err := p.sess.LabelSpans(spans, l)
	p.change(ctx, err)
	if err == nil {
		p.info(fmt.Sprintf("وُسمت نتائج البحث بوسم %s: %d.", labelName(i18n.AR, l), n), fmt.Sprintf("Labelled %d hits %s.", n, l))
	}
}

// bulk sets the status of the annotations the list's filter shows.
func (p *page) bulk(ctx app.Context, ids []string, st annotation.Status) {
	n, err := p.sess.SetStatusAll(ids, st)
	p.change(ctx, err)
	if err == nil {
		p.info(fmt.Sprintf("%s: %d.", map[annotation.Status]string{annotation.Accepted: "قُبلت", annotation.Rejected: "رُفضت"}[st], n),
			fmt.Sprintf("%s: %d annotations.", map[annotation.Status]string{annotation.Accepted: "Accepted", annotation.Rejected: "Rejected"}[st], n))
	}
}

// listAnns returns the annotations for the list, as a pointer that changes
// only when the annotations do (go-app compares the list's fields).
func (p *page) listAnns() *[]annotation.Annotation {
	if p.f.annsPtr == nil || p.f.annsVer != p.version {
		all := p.sess.Anns()
		p.f.annsPtr, p.f.annsVer = &all, p.version
	}
	return p.f.annsPtr
}

// afterDraw runs after the highlights are drawn: the article is focusable
// (keyboard selection), and the search hits are drawn over the new DOM.
func (p *page) afterDraw() {
	if p.f.indexSHA != p.sess.Doc.SHA256 { // another document: its own hits, no caret
		p.f.caretOn, p.f.caret = false, textmap.Selection{}
		drawCaret(p.tm, p.f.caret, false)
		p.f.indexSHA = p.sess.Doc.SHA256
		p.f.index = nil
		p.refreshSearch()
	}
	if c := textContainer(); c.Truthy() && !c.Call("hasAttribute", "tabindex").Bool() {
		c.Call("setAttribute", "tabindex", "0")
		c.Call("setAttribute", "role", "document")
		c.Call("setAttribute", "aria-label", p.uiLang().T("article.aria"))
	}
	drawSearch(p.tm, p.f.hits, p.f.hit)
	p.keepSelectedVisible()
}

func (p *page) renderEditBar() app.UI {
	u := p.f.undo
	canUndo, canRedo := u != nil && u.CanUndo(), u != nil && u.CanRedo()
	undoKind, redoKind := "", ""
	if u != nil {
		undoKind, redoKind = u.UndoKind(), u.RedoKind()
	}
	cur := p.f.hit
	return (&editBar{
		OnUndo:     p.undoStep,
		OnRedo:     p.redoStep,
		OnQuery:    p.search,
		OnStep:     p.stepHit,
		OnLabelAll: p.labelHits,
		OnHelp:     func(ctx app.Context) { p.f.help = true },
		OnLabels:   func(ctx app.Context) { p.f.labelsOpen = true },
		OnProclitic: func(ctx app.Context, leave bool) {
			p.f.leaveProclitic = leave
		},
	}).Undo(canUndo, kindName(p.uiLang(), undoKind)).Redo(canRedo, kindName(p.uiLang(), redoKind)).
		Hits(len(p.f.hits), cur, len(p.f.hits) >= maxHits).Proclitic(p.f.leaveProclitic).Lang(p.uiLang())
}

func (p *page) renderHelp() app.UI {
	return app.Div().Body(
		app.If(p.f.help, func() app.UI {
			return &helpSheet{ILang: p.uiLang(), OnClose: func(ctx app.Context) { p.f.help = false }}
		}),
		p.renderLabelSet(),
	)
}

func (p *page) renderList() app.UI {
	l := &annList{OnSelect: p.selectID, OnBulk: p.bulk, OnToggle: func(ctx app.Context, open bool) { p.f.listOpen = open },
		ITotal: p.sess.Len(), IOpen: p.f.listOpen}
	var anns *[]annotation.Annotation
	if p.f.listOpen { // copy the annotations only for an open list
		anns = p.listAnns()
	}
	return l.Anns(anns, p.version).Selected(p.selected).Lang(p.uiLang())
}

// snapOptions are the snapping options of a mouse or keyboard selection.
func (p *page) snapOptions() textmap.Options {
	return textmap.Options{LeaveProclitic: p.f.leaveProclitic}
}
