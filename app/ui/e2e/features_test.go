package e2e

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// keyMod presses a key with modifiers (chromedp.ModifierCtrl, …Shift, …Alt).
func keyMod(t *testing.T, ctx context.Context, k string, mods chromedp.Modifier) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.KeyEvent(k, chromedp.KeyModifiers(mods))); err != nil {
		t.Fatalf("key %q (modifiers %d): %v", k, mods, err)
	}
}

const (
	ctrl  = chromedp.ModifierCtrl
	shift = chromedp.ModifierShift
)

// spans returns the stored annotations as "label start end" strings, sorted.
func spans(t *testing.T, ctx context.Context) []string {
	t.Helper()
	var out []string
	for _, a := range storedAnns(t, ctx) {
		out = append(out, fmt.Sprintf("%s %d %d %s", a.Label, a.Start, a.End, a.Status))
	}
	slices.Sort(out)
	return out
}

func waitSpans(t *testing.T, ctx context.Context, want ...string) {
	t.Helper()
	slices.Sort(want)
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := spans(t, ctx)
		if slices.Equal(got, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("stored annotations %q, want %q", got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func openList(t *testing.T, ctx context.Context) {
	t.Helper()
	if !eval[bool](t, ctx, `!!document.getElementById("hx-list-body")`) {
		clickJS(t, ctx, `document.getElementById("hx-list-toggle")`)
	}
	poll(t, ctx, `document.getElementById("hx-list-body")`)
}

// C5 with undo: two overlapping spans stay two records; deleting one leaves
// the other painted over all its code points; Ctrl+Z brings the deleted
// one back unchanged, Ctrl+Shift+Z and Ctrl+Y redo, the buttons do the
// same, and the history survives a reload.
func TestUndoRedoC5(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "التقى وزير الخارجية المصري سامح شكري نظيره الأردني"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 6, 26, false)
	key(t, ctx, "4") // MISC (the title)
	waitLabelled(t, ctx, "MISC")
	selectCP(t, ctx, 20, 36, true)
	key(t, ctx, "1") // PER
	waitLabelled(t, ctx, "PER")
	base := spans(t, ctx)
	if !slices.Contains(base, "MISC 6 26 accepted") || !slices.Contains(base, "PER 20 36 accepted") {
		t.Fatalf("overlapping spans stored as %q", base)
	}
	hl := highlightTexts(t, ctx)
	if !contains(hl["hx-MISC"], "وزير الخارجية المصري") || !contains(hl["hx-PER"], "المصري سامح شكري") {
		t.Fatalf("both spans not painted: %v", hl)
	}
	// Delete A through the annotation list.
	openList(t, ctx)
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-list-rows .hx-list-row")].find(b => b.querySelector(".hx-list-quote").textContent === "وزير الخارجية المصري")`)
	poll(t, ctx, `document.querySelector("#hx-panel .hx-quote") && document.querySelector("#hx-panel .hx-quote").textContent === "وزير الخارجية المصري"`)
	eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
	key(t, ctx, kb.Delete)
	without := slices.DeleteFunc(slices.Clone(base), func(s string) bool { return s == "MISC 6 26 accepted" })
	waitSpans(t, ctx, without...)
	pollHighlight(t, ctx, func(hl map[string][]string) bool {
		return contains(hl["hx-PER"], "المصري سامح شكري") && !contains(hl["hx-MISC"], "وزير الخارجية المصري")
	})
	// Undo, redo with both shortcuts, then the buttons.
	keyMod(t, ctx, "z", ctrl)
	waitSpans(t, ctx, base...)
	pollHighlight(t, ctx, func(hl map[string][]string) bool {
		return contains(hl["hx-MISC"], "وزير الخارجية المصري")
	})
	keyMod(t, ctx, "Z", ctrl|shift)
	waitSpans(t, ctx, without...)
	keyMod(t, ctx, "z", ctrl)
	waitSpans(t, ctx, base...)
	keyMod(t, ctx, "y", ctrl)
	waitSpans(t, ctx, without...)
	clickJS(t, ctx, `document.getElementById("hx-undo")`)
	waitSpans(t, ctx, base...)
	poll(t, ctx, `!document.getElementById("hx-redo").disabled`)
	clickJS(t, ctx, `document.getElementById("hx-redo")`)
	waitSpans(t, ctx, without...)
	// After a reload the history is still there.
	open(t, ctx, ts.URL)
	poll(t, ctx, `!document.getElementById("hx-undo").disabled`)
	keyMod(t, ctx, "z", ctrl)
	waitSpans(t, ctx, base...)
	// Undo again: the PER span goes, then the MISC one, back to the start.
	keyMod(t, ctx, "z", ctrl)
	keyMod(t, ctx, "z", ctrl)
	poll(t, ctx, `document.getElementById("hx-undo").disabled`)
	screenshot(t, ctx, "undo")
}

// A9 and A6 by keyboard only: Tab to the article, a caret, Ctrl+Shift+←
// by words and Shift+→ by characters make the selection, a digit labels
// it; J/K step through suggestions, A accepts.
func TestKeyboardOnly(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "رئيس الوزراء التقى وزير الدفاع"
	pasteDocument(t, ctx, text)
	before := spans(t, ctx)
	// The article can take the focus with the keyboard.
	focused := false
	for range 60 {
		key(t, ctx, kb.Tab)
		if eval[bool](t, ctx, `document.activeElement && document.activeElement.id === "hx-text"`) {
			focused = true
			break
		}
	}
	if !focused {
		t.Fatal("the article cannot be reached with Tab")
	}
	// Home, then two words forward (← in right-to-left text).
	key(t, ctx, kb.Home)
	keyMod(t, ctx, kb.ArrowLeft, ctrl|shift)
	keyMod(t, ctx, kb.ArrowLeft, ctrl|shift)
	poll(t, ctx, `getSelection().toString() === "رئيس الوزراء"`)
	key(t, ctx, "3") // ORG
	waitLabelled(t, ctx, "ORG")
	// A9: the second span, by keyboard from the end of the line backwards.
	eval[chromedp.Void](t, ctx, `document.getElementById("hx-text").focus()`)
	key(t, ctx, kb.End)
	keyMod(t, ctx, kb.ArrowRight, ctrl|shift)
	keyMod(t, ctx, kb.ArrowRight, ctrl|shift)
	// One character too far and back: Shift+→ then Shift+←.
	keyMod(t, ctx, kb.ArrowRight, shift)
	keyMod(t, ctx, kb.ArrowLeft, shift)
	poll(t, ctx, `getSelection().toString() === "وزير الدفاع"`)
	key(t, ctx, "1")
	a := waitLabelled(t, ctx, "PER")
	if a.Start != 19 || a.End != 30 || a.Quote != "وزير الدفاع" {
		t.Fatalf("keyboard span = [%d,%d) %q, want [19,30) وزير الدفاع", a.Start, a.End, a.Quote)
	}
	want := append(slices.Clone(before), "ORG 0 12 accepted", "PER 19 30 accepted")
	got := spans(t, ctx)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Fatalf("stored %q, want %q among them", got, w)
		}
	}
	// Esc closes the panel; J and K step through the annotations.
	key(t, ctx, kb.Escape)
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.querySelector("#hx-panel[data-id]")`)
	key(t, ctx, "j")
	poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
	first := eval[string](t, ctx, `document.querySelector("#hx-panel .hx-quote").textContent`)
	key(t, ctx, "j")
	poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel .hx-quote").textContent !== %s`, js(first)))
	key(t, ctx, "k")
	poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel .hx-quote").textContent === %s`, js(first)))
	// ↓ and ↑ (outside the article) step too; R, A and Delete review the
	// span the panel shows. (In the article ↓ and ↑ scroll the text.)
	eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
	key(t, ctx, kb.ArrowDown)
	poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel .hx-quote").textContent !== %s`, js(first)))
	key(t, ctx, kb.ArrowUp)
	poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel .hx-quote").textContent === %s`, js(first)))
	id := eval[string](t, ctx, `document.getElementById("hx-panel").dataset.id`)
	status := func() string {
		for _, a := range storedAnns(t, ctx) {
			if a.ID == id {
				return a.Status
			}
		}
		return "gone"
	}
	waitStatus := func(want string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for status() != want {
			if time.Now().After(deadline) {
				t.Fatalf("annotation %s is %s, want %s", id, status(), want)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	key(t, ctx, "r")
	waitStatus("rejected")
	key(t, ctx, "a")
	waitStatus("accepted")
	key(t, ctx, kb.Delete)
	waitStatus("gone")
}

// A press on the left half of a word-initial proclitic keeps it in the
// word; the toggle leaves it out on purpose.
func TestProcliticSnapping(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "وصل الوفد وبالقاهرة أمس")
	selectCP(t, ctx, 11, 19, false) // after و: the browser's offset for a press on its left half
	key(t, ctx, "2")
	if a := waitLabelled(t, ctx, "LOC"); a.Start != 10 || a.End != 19 {
		t.Fatalf("span [%d,%d) %q, want [10,19) وبالقاهرة", a.Start, a.End, a.Quote)
	}
	clickJS(t, ctx, `document.getElementById("hx-leave-proclitic")`)
	poll(t, ctx, `document.getElementById("hx-leave-proclitic").checked`)
	eval[chromedp.Void](t, ctx, `document.getElementById("hx-text").focus()`) // as a press in the article does
	selectCP(t, ctx, 12, 19, false)                                           // after و ب
	key(t, ctx, "4")
	if a := waitLabelled(t, ctx, "MISC"); a.Start != 12 || a.End != 19 || a.Quote != "القاهرة" {
		t.Fatalf("span [%d,%d) %q, want [12,19) القاهرة", a.Start, a.End, a.Quote)
	}
}

// Search ignores tashkeel, hamza forms, ة/ه and digit scripts; hits are
// highlighted and stepped through; "label all hits" is one undo step;
// whole-word mode leaves out وحكومة (A18).
func TestSearchAndLabelAll(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "حكومة جديدة. وحكومة الظل ترفض، والحكومةُ رأيها، وحكومه ٢٠١٦"
	pasteDocument(t, ctx, text)
	before := spans(t, ctx)
	c, cancel := timeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Click(chromedp.ID("hx-search"))); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(c, chromedp.SendKeys(chromedp.ID("hx-search"), "حكومَة")); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, `document.body.dataset.hits === "4"`)
	hl := highlightTexts(t, ctx)
	all := append(slices.Clone(hl["hx-search"]), hl["hx-search-cur"]...)
	slices.Sort(all)
	if want := []string{"حكومة", "حكومة", "حكومةُ", "حكومه"}; !slices.Equal(all, want) {
		t.Fatalf("hit highlights %q, want %q", all, want)
	}
	if cur := hl["hx-search-cur"]; len(cur) != 1 {
		t.Fatalf("current hit %q", cur)
	}
	poll(t, ctx, `document.getElementById("hx-search-count").textContent === "1 / 4"`)
	key(t, ctx, kb.Enter)
	poll(t, ctx, `document.getElementById("hx-search-count").textContent === "2 / 4"`)
	keyMod(t, ctx, kb.Enter, shift)
	keyMod(t, ctx, kb.Enter, shift)
	poll(t, ctx, `document.getElementById("hx-search-count").textContent === "4 / 4"`)
	// Whole words only.
	clickJS(t, ctx, `document.getElementById("hx-search-whole")`)
	poll(t, ctx, `document.body.dataset.hits === "1"`)
	// Label all (one hit) as ORG, then undo it in one step.
	eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-search-label"); s.value = "ORG"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	clickJS(t, ctx, `document.getElementById("hx-search-label-all")`)
	waitSpans(t, ctx, append(slices.Clone(before), "ORG 0 5 accepted")...)
	// Digits in another script.
	eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-search"); s.value = "2016"; s.dispatchEvent(new Event("input", {bubbles: true})); })()`)
	poll(t, ctx, `document.body.dataset.hits === "1"`)
	if hl := highlightTexts(t, ctx); !contains(hl["hx-search-cur"], "٢٠١٦") {
		t.Fatalf("2016 does not find ٢٠١٦: %v", hl)
	}
	screenshot(t, ctx, "search")
	eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
	keyMod(t, ctx, "z", ctrl)
	waitSpans(t, ctx, before...)
	// Hamza forms, ى/ي and tatweel (A22), each hit over the original
	// characters.
	pasteDocument(t, ctx, "زار أحمد الـــقـــاهـــرة ثم إحمد والمستشفى، ومستشفي احمد آخر")
	eval[chromedp.Void](t, ctx, `document.getElementById("hx-search-whole").checked && document.getElementById("hx-search-whole").click()`)
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"احمد", []string{"أحمد", "إحمد", "احمد"}},
		{"القاهرة", []string{"الـــقـــاهـــرة"}},
		{"مستشفى", []string{"مستشفى", "مستشفي"}},
	} {
		eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => { const s = document.getElementById("hx-search"); s.value = %s; s.dispatchEvent(new Event("input", {bubbles: true})); })()`, js(c.query)))
		poll(t, ctx, fmt.Sprintf(`document.body.dataset.hits === "%d"`, len(c.want)))
		hl := highlightTexts(t, ctx)
		got := append(slices.Clone(hl["hx-search"]), hl["hx-search-cur"]...)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("search %q highlights %q, want %q", c.query, got, want)
		}
	}
}

// The annotation list filters by label, status and source, and accepts
// all DATE suggestions at once; one undo takes it back. Rows are rendered
// a page at a time.
func TestAnnotationListBulk(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL) // the sample
	openList(t, ctx)
	total := len(storedAnns(t, ctx))
	rows := eval[int](t, ctx, `document.querySelectorAll("#hx-list-rows li").length`)
	if rows != min(total, 100) {
		t.Fatalf("%d rows for %d annotations", rows, total)
	}
	setSelect := func(id, v string) {
		eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => { const s = document.getElementById(%s); s.value = %s; s.dispatchEvent(new Event("change", {bubbles: true})); })()`, js(id), js(v)))
	}
	setSelect("hx-list-label", "DATE")
	setSelect("hx-list-status", "suggested")
	setSelect("hx-list-source", "auto")
	poll(t, ctx, `[...document.querySelectorAll("#hx-list-rows .hx-list-label")].every(s => s.textContent === "DATE") && [...document.querySelectorAll("#hx-list-rows .hx-list-row")].every(b => b.dataset.status === "suggested")`)
	n := eval[int](t, ctx, `document.querySelectorAll("#hx-list-rows li").length`)
	if n == 0 {
		t.Fatal("the sample has no DATE suggestion")
	}
	countDates := func(status string) int {
		c := 0
		for _, a := range storedAnns(t, ctx) {
			if a.Label == "DATE" && a.Status == status && a.Source == "auto" {
				c++
			}
		}
		return c
	}
	sugg := countDates("suggested")
	if sugg != n {
		t.Fatalf("list shows %d DATE suggestions, storage has %d", n, sugg)
	}
	clickJS(t, ctx, `document.getElementById("hx-list-accept")`)
	poll(t, ctx, `document.querySelectorAll("#hx-list-rows li").length === 0`)
	if countDates("suggested") != 0 || countDates("accepted") < n {
		t.Fatalf("after accept all: %d suggested, %d accepted", countDates("suggested"), countDates("accepted"))
	}
	keyMod(t, ctx, "z", ctrl)
	poll(t, ctx, fmt.Sprintf(`document.querySelectorAll("#hx-list-rows li").length === %d`, n))
	if countDates("suggested") != n {
		t.Fatalf("undo of accept all: %d suggested, want %d", countDates("suggested"), n)
	}
	// Each row shows the quote and the normalized value as stored.
	want := map[string]string{}
	for _, a := range storedAnns(t, ctx) {
		want[a.ID] = a.Quote + "|" + a.Value
	}
	rowsShown := eval[[][]string](t, ctx, `[...document.querySelectorAll("#hx-list-rows .hx-list-row")].map(b => [b.dataset.id, b.querySelector(".hx-list-quote").textContent, b.textContent])`)
	for _, r := range rowsShown {
		w := strings.SplitN(want[r[0]], "|", 2)
		if len(w) != 2 || r[1] != w[0] || !strings.Contains(r[2], w[1]) {
			t.Errorf("row %s shows %q / %q, stored %q", r[0], r[1], r[2], want[r[0]])
		}
	}
	// Reject all the filter shows, in one step too.
	clickJS(t, ctx, `document.getElementById("hx-list-reject")`)
	poll(t, ctx, `document.querySelectorAll("#hx-list-rows li").length === 0`)
	if countDates("suggested") != 0 || countDates("rejected") < n {
		t.Fatalf("after reject all: %d suggested, %d rejected", countDates("suggested"), countDates("rejected"))
	}
	setSelect("hx-list-status", "rejected")
	poll(t, ctx, fmt.Sprintf(`document.querySelectorAll("#hx-list-rows li").length === %d`, countDates("rejected")))
	keyMod(t, ctx, "z", ctrl)
	waitFor := time.Now().Add(10 * time.Second)
	for countDates("suggested") != n && time.Now().Before(waitFor) {
		time.Sleep(100 * time.Millisecond)
	}
	if countDates("suggested") != n {
		t.Fatalf("undo of reject all: %d suggested, want %d", countDates("suggested"), n)
	}
	screenshot(t, ctx, "annotation-list")
}

// Dialogs are modal: aria-modal, the focus goes to their first field and
// stays inside on Tab, Esc closes them and the focus goes back.
func TestModalDialogs(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	key(t, ctx, "?")
	poll(t, ctx, `document.getElementById("hx-help") && document.getElementById("hx-help").contains(document.activeElement)`)
	if m := eval[string](t, ctx, `document.getElementById("hx-help").getAttribute("aria-modal")`); m != "true" {
		t.Fatalf("help aria-modal = %q", m)
	}
	for range 5 {
		key(t, ctx, kb.Tab)
		if !eval[bool](t, ctx, `document.getElementById("hx-help").contains(document.activeElement)`) {
			t.Fatal("Tab left the help sheet")
		}
	}
	keyMod(t, ctx, kb.Tab, shift)
	if !eval[bool](t, ctx, `document.getElementById("hx-help").contains(document.activeElement)`) {
		t.Fatal("Shift+Tab left the help sheet")
	}
	keys := eval[string](t, ctx, `document.getElementById("hx-help").textContent`)
	for _, k := range []string{"Ctrl+Z", "J", "K", "Delete", "Esc", "Ctrl + Shift"} {
		if !containsStr(keys, k) {
			t.Errorf("the help sheet does not list %q", k)
		}
	}
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.getElementById("hx-help")`)
	// The paste dialog: focus inside at once, Esc closes, focus back on its button.
	clickJS(t, ctx, `document.getElementById("hx-paste-btn")`)
	poll(t, ctx, `document.getElementById("hx-paste") && document.getElementById("hx-paste").contains(document.activeElement)`)
	if m := eval[string](t, ctx, `document.getElementById("hx-paste").getAttribute("aria-modal")`); m != "true" {
		t.Fatalf("paste aria-modal = %q", m)
	}
	for range 8 {
		key(t, ctx, kb.Tab)
		if !eval[bool](t, ctx, `document.getElementById("hx-paste").contains(document.activeElement)`) {
			t.Fatal("Tab left the paste dialog")
		}
	}
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.getElementById("hx-paste") && document.activeElement && document.activeElement.id === "hx-paste-btn"`)
}

func containsStr(s, sub string) bool {
	return len(sub) == 0 || len(s) >= len(sub) && (func() bool {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return true
			}
		}
		return false
	})()
}

// The interface language follows navigator.languages (a profile that
// prefers en-US: English) and switches to Arabic and back; the layout mirrors
// (RTL for Arabic, LTR for English) while the article stays right to left
// in the bundled Naskh; the choice survives a reload.
func TestLanguageSwitch(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browserLang(t, t.TempDir(), "en-US")
	open(t, ctx, ts.URL)
	dirs := func() []string {
		return eval[[]string](t, ctx, `[getComputedStyle(document.querySelector(".hx-app")).direction, document.querySelector(".hx-app").lang,
			getComputedStyle(document.getElementById("hx-text")).direction, getComputedStyle(document.querySelector("#hx-text p")).fontFamily,
			document.getElementById("hx-export").textContent, navigator.languages[0]]`)
	}
	d := dirs()
	if d[5] != "en-US" || d[0] != "ltr" || d[1] != "en" || d[2] != "rtl" || d[4] != "Export" {
		t.Fatalf("interface for %s: %q (want ltr en, article rtl, Export)", d[5], d)
	}
	if !strings.HasPrefix(d[3], `"Noto Naskh Arabic"`) {
		t.Fatalf("article font-family %q does not start with the bundled Naskh", d[3])
	}
	// The bundled face is the one loaded and used for the article's Arabic.
	poll(t, ctx, `document.fonts.status === "loaded"`)
	if !eval[bool](t, ctx, `[...document.fonts].some(f => f.family.replace(/"/g, "") === "Noto Naskh Arabic" && f.status === "loaded") && document.fonts.check('18px "Noto Naskh Arabic"', "عربي")`) {
		t.Fatal("the bundled Noto Naskh Arabic is not loaded")
	}
	axeCheck(t, ctx, "English main")
	screenshot(t, ctx, "english")
	clickJS(t, ctx, `document.getElementById("hx-lang")`)
	poll(t, ctx, `document.querySelector(".hx-app").lang === "ar"`)
	if d := dirs(); d[0] != "rtl" || d[2] != "rtl" || d[4] != "تصدير" || !strings.HasPrefix(d[3], `"Noto Naskh Arabic"`) {
		t.Fatalf("Arabic interface: %q", d)
	}
	open(t, ctx, ts.URL)
	poll(t, ctx, `document.querySelector(".hx-app").lang === "ar"`)
	clickJS(t, ctx, `document.getElementById("hx-lang")`)
	poll(t, ctx, `document.querySelector(".hx-app").lang === "en" && getComputedStyle(document.querySelector(".hx-app")).direction === "ltr"`)
}

// The label set editor renames, recolours and hides labels; the choice is
// applied at once (CSS variables, legend, keys) and survives a reload.
func TestLabelSetEditor(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	clickJS(t, ctx, `document.getElementById("hx-labels-btn")`)
	poll(t, ctx, `document.getElementById("hx-labelset") && document.getElementById("hx-labelset").contains(document.activeElement)`)
	axeCheck(t, ctx, "label set editor")
	eval[chromedp.Void](t, ctx, `(() => {
		const set = (id, prop, v, ev) => { const el = document.getElementById(id); el[prop] = v; el.dispatchEvent(new Event(ev, {bubbles: true})); };
		set("hx-ls-name-PER", "value", "فرد", "input");
		set("hx-ls-colour-PER", "value", "#ff0000", "input");
		set("hx-ls-hidden-MISC", "checked", true, "change");
	})()`)
	clickJS(t, ctx, `document.getElementById("hx-ls-save")`)
	poll(t, ctx, `!document.getElementById("hx-labelset")`)
	check := func(when string) {
		t.Helper()
		got := eval[[]string](t, ctx, `[getComputedStyle(document.documentElement).getPropertyValue("--PER").trim(),
			document.querySelector('.hx-legend button[data-label="PER"]').textContent,
			String(!!document.querySelector('.hx-legend button[data-label="MISC"]'))]`)
		if got[0] != "#ff0000" || !strings.Contains(got[1], "فرد") || got[2] != "false" {
			t.Fatalf("%s: --PER %q, PER chip %q, MISC chip shown %s", when, got[0], got[1], got[2])
		}
	}
	check("after saving")
	open(t, ctx, ts.URL)
	check("after a reload")
	// Key 4 (MISC, hidden) labels nothing.
	pasteDocument(t, ctx, "وصل الوفد")
	before := spans(t, ctx)
	selectCP(t, ctx, 4, 9, false)
	key(t, ctx, "4")
	time.Sleep(300 * time.Millisecond)
	if got := spans(t, ctx); !slices.Equal(got, before) {
		t.Fatalf("the hidden label's key labelled: %q", got)
	}
}

// pollHighlight waits until the drawn highlights (highlightTexts) satisfy ok.
func pollHighlight(t *testing.T, ctx context.Context, ok func(map[string][]string) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		hl := highlightTexts(t, ctx)
		if ok(hl) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("highlights not as expected: %v", hl)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// A message or the unsaved banner coming and going never moves the
// article (no layout shift: they float over the page at the bottom of the
// window), their buttons still work, and on a phone a message sits above
// the open bottom sheet rather than over it.
func TestMessagesDoNotShiftArticle(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "مرحبا بالعالم")
	eval[chromedp.Void](t, ctx, `window.__shifts = []; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); }).observe({type: "layout-shift"})`)
	top := func() float64 {
		return eval[float64](t, ctx, `document.getElementById("hx-text").getBoundingClientRect().top + scrollY`)
	}
	t0 := top()
	clickJS(t, ctx, `document.getElementById("hx-undo")`) // nothing to undo: a message
	key(t, ctx, "5")                                      // nothing selected: a warning
	poll(t, ctx, `document.getElementById("hx-msg")`)
	if t1 := top(); t1 != t0 {
		t.Errorf("a message moved the article from %.1f to %.1f px", t0, t1)
	}
	m := eval[[]float64](t, ctx, `(() => { const r = document.getElementById("hx-msg").getBoundingClientRect(); return [r.bottom, innerHeight, r.width]; })()`)
	if m[0] > m[1] || m[0] < m[1]-40 || m[2] < 200 {
		t.Errorf("message box bottom %.0f in a window of %.0f, width %.0f: not at the bottom of the window", m[0], m[1], m[2])
	}
	screenshot(t, ctx, "message-overlay")
	clickJS(t, ctx, `document.getElementById("hx-msg-close")`)
	poll(t, ctx, `!document.getElementById("hx-msg")`)
	// The unsaved banner: storage refuses every write.
	eval[chromedp.Void](t, ctx, `Storage.prototype.setItem = function() { throw new DOMException("full", "QuotaExceededError"); }`)
	selectCP(t, ctx, 6, 13, false)
	key(t, ctx, "4")
	poll(t, ctx, `document.getElementById("hx-unsaved")`)
	if t2 := top(); t2 != t0 {
		t.Errorf("the unsaved banner moved the article from %.1f to %.1f px", t0, t2)
	}
	if shifts := eval[[]float64](t, ctx, `window.__shifts`); len(shifts) > 0 {
		sum := 0.0
		for _, s := range shifts {
			sum += s
		}
		if sum > 0.001 {
			t.Errorf("layout shifts %v (sum %.4f)", shifts, sum)
		}
	}
	if n := eval[int](t, ctx, `(() => { let bad = 0; for (const [, h] of CSS.highlights) for (const r of h) if (!document.getElementById("hx-text").contains(r.startContainer)) bad++; return bad; })()`); n != 0 {
		t.Errorf("%d highlight ranges point outside the article after the banner came", n)
	}
	screenshot(t, ctx, "unsaved-overlay")

	// A phone: the bottom sheet open, a message above it.
	phone := browser(t, t.TempDir())
	open(t, phone, ts.URL)
	viewport(t, phone, 390, 844, true)
	pasteDocument(t, phone, "مرحبا بالعالم")
	selectCP(t, phone, 6, 13, false)
	key(t, phone, "4")
	poll(t, phone, `document.querySelector("#hx-panel[data-id]")`)
	eval[chromedp.Void](t, phone, `document.activeElement.blur()`)
	key(t, phone, "r")
	poll(t, phone, `!document.getElementById("hx-undo").disabled`)
	clickJS(t, phone, `document.getElementById("hx-undo")`) // undo the rejection: a message says so
	poll(t, phone, `document.getElementById("hx-msg") && document.querySelector("#hx-panel[data-id]")`)
	geo := eval[[]float64](t, phone, `(() => { const m = document.getElementById("hx-msg").getBoundingClientRect(), p = document.querySelector("#hx-panel[data-id]").getBoundingClientRect(); return [m.bottom, p.top, m.top]; })()`)
	if geo[0] > geo[1]+1 || geo[2] < 0 {
		t.Errorf("phone: message [%.0f,%.0f] overlaps the sheet starting at %.0f", geo[2], geo[0], geo[1])
	}
	screenshot(t, phone, "message-phone")
}

// Every dialog is modal and works by keyboard alone: its button focused
// and Enter opens it (aria-modal), the focus goes to its first field
// (the one marked autofocus, else the first focusable), Tab and
// Shift+Tab keep it inside, Esc closes it and the focus goes back to the
// button.
func TestEveryDialogModal(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	for _, d := range []struct{ button, dialog string }{
		{"hx-paste-btn", "hx-paste"},
		{"hx-labels-btn", "hx-labelset"},
		{"hx-share", "hx-share-dialog"},
		{"hx-docs-btn", "hx-docscreen"},
		{"hx-library-btn", "hx-library"},
	} {
		eval[chromedp.Void](t, ctx, fmt.Sprintf(`document.getElementById(%s).focus()`, js(d.button)))
		key(t, ctx, kb.Enter)
		in := fmt.Sprintf(`(() => { const d = document.getElementById(%s); return !!d && d.contains(document.activeElement); })()`, js(d.dialog))
		poll(t, ctx, in)
		first := eval[bool](t, ctx, fmt.Sprintf(`(() => { const d = document.getElementById(%s);
			const f = d.querySelector("[autofocus]") || d.querySelector(%s);
			return document.activeElement === f; })()`, js(d.dialog), js(`input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])`)))
		if !first {
			t.Errorf("%s: the focus is on %s, not the dialog's first field", d.dialog, eval[string](t, ctx, `document.activeElement.id || document.activeElement.tagName`))
		}
		if m := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%s).getAttribute("aria-modal")`, js(d.dialog))); m != "true" {
			t.Errorf("%s: aria-modal = %q", d.dialog, m)
		}
		for i := range 12 {
			key(t, ctx, kb.Tab)
			if !eval[bool](t, ctx, in) {
				t.Fatalf("%s: Tab %d left the dialog (focus on %s)", d.dialog, i+1, eval[string](t, ctx, `document.activeElement.id || document.activeElement.tagName`))
			}
		}
		for i := range 3 {
			keyMod(t, ctx, kb.Tab, shift)
			if !eval[bool](t, ctx, in) {
				t.Fatalf("%s: Shift+Tab %d left the dialog", d.dialog, i+1)
			}
		}
		key(t, ctx, kb.Escape)
		poll(t, ctx, fmt.Sprintf(`!document.getElementById(%s) && document.activeElement && document.activeElement.id === %s`, js(d.dialog), js(d.button)))
	}
}
