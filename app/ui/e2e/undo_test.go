package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// undoStateJS is a JavaScript expression for what one undo step must give
// back: every stored annotation of the open document with the fields a
// change touches, and the stored DCT, as a JSON string.
const undoStateJS = `(() => {
	const sha = JSON.parse(localStorage.getItem("hashiya/v1/settings")).current;
	const anns = ` + storedJS + `(sha).map(a => [a.id, a.start, a.end, a.label, a.source, a.status, a.value, a.note || ""].join("|"));
	anns.sort();
	const doc = JSON.parse(localStorage.getItem("hashiya/v1/doc/" + sha)).document;
	return JSON.stringify({dct: doc.dct || "", anns});
})()`

func undoState(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, undoStateJS)
}

// Every kind of change (add, relabel, accept, reject, note, delete, apply
// to all, import, DCT change) is undone one step at a time after a reload,
// each undo giving back exactly the stored state before that change, and
// redone in order afterwards.
func TestUndoEveryKindAfterReload(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "وصل الرئيس محمد إلى القاهرة يوم 29 نوفمبر 2016، ثم غادر أمس إلى عمّان. وقال إن الوفد سيعود، وإن الوفد مستعد."
	pasteDocument(t, ctx, text)
	rs := []rune(text)
	at := func(word string, nth int) (int, int) {
		t.Helper()
		from := 0
		for range nth + 1 {
			i := strings.Index(string(rs[from:]), word)
			if i < 0 {
				t.Fatalf("%q not in the text", word)
			}
			from += len([]rune(string(rs[from:])[:i])) + 1
		}
		s := from - 1
		return s, s + len([]rune(word))
	}
	var states []string
	var kinds []string
	step := func(kind string) {
		t.Helper()
		st := undoState(t, ctx)
		if len(states) > 0 && st == states[len(states)-1] {
			t.Fatalf("%s changed nothing in storage", kind)
		}
		poll(t, ctx, `!document.getElementById("hx-undo").disabled`)
		states, kinds = append(states, st), append(kinds, kind)
	}
	states = append(states, undoState(t, ctx))
	kinds = append(kinds, "start")
	// Suggestions to review.
	var sugg []stored
	for _, a := range storedAnns(t, ctx) {
		if a.Source == "auto" && a.Status == "suggested" {
			sugg = append(sugg, a)
		}
	}
	if len(sugg) < 2 {
		t.Fatalf("the text gives %d suggestions, want at least 2: %v", len(sugg), storedAnns(t, ctx))
	}
	pick := func(a stored) {
		t.Helper()
		openList(t, ctx)
		clickJS(t, ctx, fmt.Sprintf(`[...document.querySelectorAll("#hx-list-rows .hx-list-row")].find(b => b.dataset.id === %s || b.querySelector(".hx-list-quote").textContent === %s)`, js(a.ID), js(a.Quote)))
		poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel .hx-quote") && document.querySelector("#hx-panel .hx-quote").textContent === %s`, js(a.Quote)))
		eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
	}
	settle := func(kind string) {
		t.Helper()
		prev := states[len(states)-1]
		poll(t, ctx, fmt.Sprintf(`(() => { try { return (%s) !== %s; } catch (e) { return false; } })()`, undoStateJS, js(prev)))
		step(kind)
	}

	// add
	s, e := at("الرئيس", 0)
	selectCP(t, ctx, s, e, false)
	key(t, ctx, "2") // LOC
	settle("add")
	// relabel (the new span is selected; no text selection)
	key(t, ctx, "1") // PER
	settle("relabel")
	// note
	eval[chromedp.Void](t, ctx, `(() => { const ta = document.getElementById("hx-note"); ta.focus(); ta.value = "راجع المصدر"; ta.dispatchEvent(new Event("change", {bubbles: true})); ta.blur(); })()`)
	settle("note")
	// accept, reject
	pick(sugg[0])
	key(t, ctx, "a")
	settle("accept")
	pick(sugg[1])
	key(t, ctx, "r")
	settle("reject")
	// delete (the span added first)
	pick(stored{Quote: "الرئيس"})
	key(t, ctx, kb.Delete)
	settle("delete")
	// apply to all: label the first الوفد, then all its whole-word occurrences
	s, e = at("الوفد", 0)
	selectCP(t, ctx, s, e, false)
	key(t, ctx, "3") // ORG
	settle("add")
	// The side panel is rendered in the task after the frame that shows the
	// edit (page.deferRender): wait for it rather than racing it.
	poll(t, ctx, `document.getElementById("hx-apply-all") !== null`)
	clickJS(t, ctx, `document.getElementById("hx-apply-all")`)
	settle("apply-all")
	// import: a native file for this document with one annotation on مستعد
	sha := eval[string](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current`)
	s, e = at("مستعد", 0)
	file, err := json.Marshal(map[string]any{
		"format": "hashiya", "version": 1, "offsets": "unicode-code-points",
		"document":    map[string]any{"sha256": sha, "text": text},
		"annotations": []map[string]any{{"id": "imported-1", "start": s, "end": e, "quote": "مستعد", "label": "MISC", "source": "manual", "status": "accepted"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "import.json")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		t.Fatal(err)
	}
	upload(t, ctx, "hx-import-file", path)
	settle("import")
	// DCT change
	eval[chromedp.Void](t, ctx, `(() => { const i = document.getElementById("hx-dct-input"); i.focus(); i.select(); })()`)
	key(t, ctx, "2020-03-15"+kb.Enter)
	settle("dct")
	if st := undoState(t, ctx); !strings.Contains(st, `"dct":"2020-03-15`) {
		t.Fatalf("the DCT is not stored: %s", st)
	}
	eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)

	// Reload: each undo gives back the state before its step.
	open(t, ctx, ts.URL)
	poll(t, ctx, `!document.getElementById("hx-undo").disabled`)
	if got := undoState(t, ctx); got != states[len(states)-1] {
		t.Fatalf("state after the reload:\n%s\nwant\n%s", got, states[len(states)-1])
	}
	for i := len(states) - 1; i > 0; i-- {
		keyMod(t, ctx, "z", ctrl)
		if !pollOK(ctx, fmt.Sprintf(`(%s) === %s`, undoStateJS, js(states[i-1])), 10*time.Second) {
			t.Fatalf("undo of %s after a reload: state\n%s\nwant\n%s", kinds[i], undoState(t, ctx), states[i-1])
		}
	}
	poll(t, ctx, `document.getElementById("hx-undo").disabled`)
	// And redo, in order, after another reload.
	open(t, ctx, ts.URL)
	poll(t, ctx, `!document.getElementById("hx-redo").disabled`)
	for i := 1; i < len(states); i++ {
		keyMod(t, ctx, "y", ctrl)
		if !pollOK(ctx, fmt.Sprintf(`(%s) === %s`, undoStateJS, js(states[i])), 10*time.Second) {
			t.Fatalf("redo of %s: state\n%s\nwant\n%s", kinds[i], undoState(t, ctx), states[i])
		}
	}
	t.Logf("steps undone and redone after reloads: %v", kinds[1:])
	if !slices.Contains(kinds, "dct") {
		t.Fatal("no DCT step")
	}
}
