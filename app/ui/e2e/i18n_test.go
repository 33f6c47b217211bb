package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// leakJS lists the interface strings of the page that are in the other
// language: text nodes and the title, aria-label, placeholder and alt
// attributes, outside the article (#hx-text) and outside what is marked
// as data (translate="no": quotes, titles, notes, document names). In the
// English interface (lang "en") a leak is an Arabic word of three letters
// or more (single letters and pairs such as و ب ف ل ك, ة/ه, ال are
// examples of Arabic spelling inside English sentences); in the Arabic
// interface it is a Latin word of three letters or more outside an element
// marked lang="en" (the English technical detail the Arabic interface shows
// on purpose: PER, TIMEX3, file names) and outside kbd and code, other than
// the field terms and key names in allowedLatin.
const leakJS = `((lang, allowed) => {
	const skip = el => el.closest('#hx-text, [translate="no"], script, style, #hx-library' + (lang === "ar" ? ', [lang="en"], kbd, code' : ''));
	const re = lang === "en" ? /[\u0600-\u06FF]{3,}/g : /[A-Za-z][A-Za-z0-9-]{2,}/g;
	const ok = new Set(allowed);
	const out = [];
	const check = (s, where) => {
		for (const m of s.match(re) || []) if (!ok.has(m)) out.push(where + ": " + m + " in «" + s.trim().slice(0, 80) + "»");
	};
	const walk = document.createTreeWalker(document.querySelector(".hx-app"), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
	for (let n = walk.currentNode; n; n = walk.nextNode()) {
		if (n.nodeType === Node.TEXT_NODE) {
			if (!skip(n.parentElement)) check(n.data, n.parentElement.id || n.parentElement.tagName);
			continue;
		}
		if (skip(n)) continue;
		for (const a of ["title", "aria-label", "placeholder", "alt"]) if (n.hasAttribute(a)) check(n.getAttribute(a), (n.id || n.tagName) + "@" + a);
	}
	return out;
})`

// allowedLatin are the Latin words the Arabic interface may show outside
// English isolates: label codes, field terms, formats and key names.
var allowedLatin = []string{"PER", "LOC", "ORG", "MISC", "DATE", "TIME", "DURATION", "SET", "TIMEX3", "DCT", "JSON", "Hashiya",
	"W3C", "Hypothesis", "jsonld", "brat", "ann", "CoNLL", "conll", "doccano", "jsonl", "Label", "Studio", "json", "txt", "UTF-16",
	"Ctrl", "Shift", "Enter", "Delete", "Home", "End", "Tab", "Esc", "Del", "YYYY-MM-DD", "THH", "EVENT"}

func leaks(t *testing.T, ctx context.Context, lang, screen string) {
	t.Helper()
	for _, l := range eval[[]string](t, ctx, leakJS+"("+js(lang)+", "+js(allowedLatin)+")") {
		t.Errorf("%s interface, %s: %s", lang, screen, l)
	}
}

// Every screen of the interface in English has no Arabic interface string
// and in Arabic no English one (the article, quotes and other data aside):
// the main screen with an annotation open in the side panel, the
// annotation list, a message, the help sheet, the label set editor and the
// paste dialog. The layout mirrors (ltr / rtl), the article stays rtl.
func TestInterfaceLanguagesPure(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	for _, lang := range []string{"en", "ar"} {
		ctx := browserLang(t, t.TempDir(), map[string]string{"en": "en-GB", "ar": "ar-EG"}[lang])
		open(t, ctx, ts.URL)
		poll(t, ctx, `document.querySelector(".hx-app").lang === `+js(lang))
		want := map[string]string{"en": "ltr", "ar": "rtl"}[lang]
		if d := eval[[]string](t, ctx, `[getComputedStyle(document.querySelector(".hx-app")).direction, getComputedStyle(document.getElementById("hx-text")).direction]`); d[0] != want || d[1] != "rtl" {
			t.Fatalf("%s: interface %s, article %s", lang, d[0], d[1])
		}
		leaks(t, ctx, lang, "main")
		openList(t, ctx)
		poll(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
		clickJS(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
		poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
		leaks(t, ctx, lang, "side panel and list")
		eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
		key(t, ctx, "a")                                             // accept: a message offers undo in the title of the button
		poll(t, ctx, `!document.getElementById("hx-undo").disabled`) // the toolbar renders after the edit's frame
		clickJS(t, ctx, `document.getElementById("hx-undo")`)
		poll(t, ctx, `!!document.getElementById("hx-msg")`)
		leaks(t, ctx, lang, "message")
		key(t, ctx, "?")
		poll(t, ctx, `document.getElementById("hx-help")`)
		leaks(t, ctx, lang, "help sheet")
		clickJS(t, ctx, `document.getElementById("hx-help-close")`)
		poll(t, ctx, `!document.getElementById("hx-help")`)
		clickJS(t, ctx, `document.getElementById("hx-labels-btn")`)
		poll(t, ctx, `document.getElementById("hx-labelset")`)
		leaks(t, ctx, lang, "label set editor")
		clickJS(t, ctx, `document.getElementById("hx-ls-cancel")`)
		poll(t, ctx, `!document.getElementById("hx-labelset")`)
		clickJS(t, ctx, `document.getElementById("hx-paste-btn")`)
		poll(t, ctx, `document.getElementById("hx-paste")`)
		leaks(t, ctx, lang, "paste dialog")
		screenshot(t, ctx, "i18n-"+lang)
		if lang == "en" && !strings.Contains(eval[string](t, ctx, `document.getElementById("hx-paste-h").textContent`), "Paste") {
			t.Error("paste dialog not in English")
		}
	}
}
