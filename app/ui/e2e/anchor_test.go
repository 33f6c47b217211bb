package e2e

import (
	"encoding/json"
	"os"
	"slices"
	"strconv"
	"testing"
)

// Case A17 through the import flow: the export of one version of a text,
// imported while another version is open, is applied to the open document;
// the annotation on the word that changed is orphaned and listed, never
// moved to the other occurrence of its quote.
func TestApplyToOpenDocument(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "قال أحمد إن أحمد سيزور دمشق")
	selectCP(t, ctx, 12, 16, false)
	key(t, ctx, "1")
	second := waitLabelled(t, ctx, "PER")
	selectCP(t, ctx, 23, 27, false)
	key(t, ctx, "2")
	waitLabelled(t, ctx, "LOC")
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var exported struct{ Annotations []stored }
	if err := json.Unmarshal(data, &exported); err != nil {
		t.Fatal(err)
	}

	pasteDocument(t, ctx, "🔴 قال أحمد إن خالد سيزور دمشق")
	upload(t, ctx, "hx-import-file", file)
	poll(t, ctx, `document.querySelector("#hx-msg[data-code=conflict] #hx-msg-action2")`)
	screenshot(t, ctx, "import-conflict")
	clickJS(t, ctx, `document.getElementById("hx-msg-action2")`)
	poll(t, ctx, `document.getElementById("hx-orphans")`)
	// The exported suggestions that cover the changed word (the recognizer's
	// أحمد سيزور, say) are orphaned too; the person's second أحمد must be.
	orphans := eval[[]string](t, ctx, `[...document.querySelectorAll("#hx-orphan-list li")].map(li => li.dataset.id)`)
	if !slices.Contains(orphans, second.ID) {
		t.Errorf("orphans %v lack the second أحمد %s", orphans, second.ID)
	}
	if n := eval[string](t, ctx, `document.getElementById("hx-orphans").dataset.orphans`); n != strconv.Itoa(len(orphans)) || len(orphans) == 0 {
		t.Errorf("orphan count %s, listed %d", n, len(orphans))
	}
	if kind, _ := message(t, ctx); kind != "warn" {
		t.Errorf("message kind %s, want warn (orphans reported)", kind)
	}
	var placed bool
	for _, a := range storedAnns(t, ctx) {
		if a.ID == second.ID || (a.Source == "manual" && a.Label == "PER") {
			t.Errorf("the changed word's annotation was placed: %+v", a)
		}
		// The accepted دمشق, under its own id or under the id of this
		// document's suggestion for the same span, which took the decision.
		if a.Label == "LOC" && a.Start == 25 && a.End == 29 && a.Quote == "دمشق" && a.Status == "accepted" {
			placed = true
		}
	}
	if !placed {
		t.Errorf("دمشق not placed at [25,29): %+v", storedAnns(t, ctx))
	}
	screenshot(t, ctx, "apply-to-open-document")
}

// Case A18: "apply to all occurrences" adds the label to whole words only;
// the clitic-aware mode suggests the forms with a proclitic, the span
// without it.
func TestApplyToAllOccurrences(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي، وحكومةُ البلد حكومةٌ قوية")
	selectCP(t, ctx, 0, 5, false)
	key(t, ctx, "3")
	src := waitLabelled(t, ctx, "ORG")
	manual := func() map[[2]int]string {
		out := map[[2]int]string{}
		for _, a := range storedAnns(t, ctx) {
			if a.Label == "ORG" && a.Source == "manual" && a.ID != src.ID {
				out[[2]int{a.Start, a.End}] = a.Status
			}
		}
		return out
	}
	clickJS(t, ctx, `document.getElementById("hx-apply-all")`)
	waitApplyAll(t, ctx)
	// Only the whole word حكومةٌ [59,65), with its tanween.
	if got := manual(); len(got) != 1 || got[[2]int{59, 65}] != "accepted" {
		t.Fatalf("whole words: %v", got)
	}
	clickJS(t, ctx, `document.getElementById("hx-apply-clitic")`)
	poll(t, ctx, `(() => {
		const s = JSON.parse(localStorage.getItem("hashiya/v1/settings")).current;
		return `+storedJS+`(s).filter(a => a.source === "manual" && a.status === "suggested").length >= 3;
	})()`)
	want := map[[2]int]string{{59, 65}: "accepted", {14, 19}: "suggested", {34, 39}: "suggested", {46, 52}: "suggested"}
	got := manual()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("span %v: %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("spans %v, want %v", got, want)
	}
	screenshot(t, ctx, "apply-to-all")
}
