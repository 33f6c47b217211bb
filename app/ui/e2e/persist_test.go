package e2e

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// review accepts one suggested person, rejects one suggested place and adds
// a manual annotation in the sample, and returns the highlights after that.
func review(t *testing.T, ctx context.Context) map[string][]string {
	t.Helper()
	hl := highlightTexts(t, ctx)
	if len(hl["hx-s-PER"]) == 0 || len(hl["hx-s-LOC"]) == 0 {
		t.Fatalf("the sample has no suggested PER/LOC to review: %v", keys(hl))
	}
	per, loc := hl["hx-s-PER"][0], hl["hx-s-LOC"][0]
	clickHighlight(t, ctx, "hx-s-PER", per)
	clickJS(t, ctx, `document.getElementById("hx-accept")`)
	poll(t, ctx, `document.getElementById("hx-status").dataset.status === "accepted"`)
	clickHighlight(t, ctx, "hx-s-LOC", loc)
	// The button (not the key), so that a stale handler still bound to the
	// previous span would show.
	clickJS(t, ctx, `document.getElementById("hx-reject")`)
	poll(t, ctx, `document.getElementById("hx-status").dataset.status === "rejected"`)
	// A manual span on the title's first words.
	selectCP(t, ctx, 9, 15, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.querySelector("#hx-panel[data-id]")`)
	after := highlightTexts(t, ctx)
	if !contains(after["hx-PER"], per) || !contains(after["hx-rejected"], loc) {
		t.Fatalf("review not shown: %v", after)
	}
	return after
}

// Work survives a reload.
func TestReloadKeepsWork(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	want := review(t, ctx)
	stored := storedAnns(t, ctx)

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	if got := highlightTexts(t, ctx); !reflect.DeepEqual(got, want) {
		t.Errorf("highlights after reload:\n%v\nwant\n%v", got, want)
	}
	if got := storedAnns(t, ctx); !reflect.DeepEqual(got, stored) {
		t.Errorf("stored annotations changed by a reload")
	}
}

// Export, then import into a fresh profile: the same highlights.
func TestExportImportFreshProfile(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	want := review(t, ctx)

	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), `"offsets": "unicode-code-points"`) {
		t.Fatalf("export %s: %v\n%.300s", file, err, data)
	}

	fresh := browser(t, t.TempDir())
	open(t, fresh, ts.URL)
	upload(t, fresh, "hx-import-file", file)
	if kind, text := message(t, fresh); kind != "info" {
		t.Fatalf("import: %s %q", kind, text)
	}
	if got := highlightTexts(t, fresh); !reflect.DeepEqual(got, want) {
		t.Errorf("highlights in the fresh profile:\n%v\nwant\n%v", got, want)
	}
	screenshot(t, fresh, "imported-fresh-profile")
}

// Importing the export of another document offers to open it (the export
// carries the text); after that the document shows the exported work.
func TestImportOtherDocument(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "🔴 عاجل: وزير الخارجية يصل إلى عمّان"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 30, 35, false)
	key(t, ctx, "2")
	waitLabelled(t, ctx, "LOC")
	want := highlightTexts(t, ctx)
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)

	fresh := browser(t, t.TempDir())
	open(t, fresh, ts.URL) // the sample is open
	before := storageSnapshot(t, fresh)
	upload(t, fresh, "hx-import-file", file)
	kind, msg := message(t, fresh)
	if kind != "warn" || !strings.Contains(msg, "another document") {
		t.Fatalf("conflict message: %s %q", kind, msg)
	}
	if got := storageSnapshot(t, fresh); !reflect.DeepEqual(got, before) {
		t.Error("a conflicting import changed the storage")
	}
	clickJS(t, fresh, `document.getElementById("hx-msg-action")`)
	poll(t, fresh, `document.querySelector("#hx-text p").textContent === `+js(text))
	poll(t, fresh, `CSS.highlights.has("hx-LOC")`)
	if got := highlightTexts(t, fresh); !reflect.DeepEqual(got["hx-LOC"], want["hx-LOC"]) {
		t.Errorf("highlights of the opened document: %v, want %v", got, want)
	}
	a := storedAnns(t, fresh)
	found := false
	for _, x := range a {
		if x.Label == "LOC" && x.Start == 30 && x.End == 35 && x.Status == "accepted" {
			found = true
		}
	}
	if !found {
		t.Errorf("A1 span [30,35) not stored in the fresh profile: %+v", a)
	}
	// Both documents are listed.
	if n := eval[int](t, fresh, `document.querySelectorAll("#hx-docs li").length`); n != 2 {
		t.Errorf("%d documents listed, want 2", n)
	}
}

// A malformed file, or one with offsets out of range, gives a clear message
// and changes nothing.
func TestMalformedImport(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	review(t, ctx)
	before := storageSnapshot(t, ctx)
	hl := highlightTexts(t, ctx)

	tmp := t.TempDir()
	bad := filepath.Join(tmp, "bad.json")
	os.WriteFile(bad, []byte(`{"format": "hashiya", "version": 1, "annotations": [`), 0o644)
	upload(t, ctx, "hx-import-file", bad)
	kind, msg := message(t, ctx)
	if kind != "error" || !strings.Contains(msg, "bad.json") || !strings.Contains(msg, "Nothing was changed") {
		t.Errorf("malformed import message: %s %q", kind, msg)
	}

	// A valid export whose offsets point past the end of the text.
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)
	data, _ := os.ReadFile(file)
	out := strings.Replace(string(data), `"end": `, `"end": 99999`, 1)
	oob := filepath.Join(tmp, "out-of-range.json")
	os.WriteFile(oob, []byte(out), 0o644)
	clickJS(t, ctx, `document.getElementById("hx-msg-close")`)
	poll(t, ctx, `!document.getElementById("hx-msg")`)
	upload(t, ctx, "hx-import-file", oob)
	kind, msg = message(t, ctx)
	if kind != "error" || !strings.Contains(msg, "out-of-range.json") {
		t.Errorf("out-of-range import message: %s %q", kind, msg)
	}
	t.Logf("messages: %q", msg)
	got := storageSnapshot(t, ctx)
	for k := range got { // the export above left its mark (doclib.ExportPrefix)
		if strings.HasPrefix(k, "hashiya/ui/v1/exported/") {
			delete(got, k)
		}
	}
	if !reflect.DeepEqual(got, before) {
		t.Error("a failed import changed the storage")
	}
	if got := highlightTexts(t, ctx); !reflect.DeepEqual(got, hl) {
		t.Error("a failed import changed the highlights")
	}
	screenshot(t, ctx, "malformed-import")
}

// Another tab saving the open document (simulated: the record is changed
// in localStorage and the browser's storage event is sent): this tab shows
// the saved state and later changes keep the other tab's work.
func TestOtherTabChange(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	eval[any](t, ctx, `(() => {
		const sha = JSON.parse(localStorage.getItem("hashiya/v1/settings")).current;
		const key = "hashiya/v1/ann/" + sha + "/0"; // the chunk of code points [0, 4096)
		// A line of a version 3 chunk (app/store/chunkline.go): start, end,
		// id, label, source, status, 7 empty fields, and quote, prefix and
		// suffix empty (the text's own).
		localStorage.setItem(key, localStorage.getItem(key) + "\n9\t15\tothertab1\tMISC\tmanual\taccepted" + "\t".repeat(10));
		window.dispatchEvent(new StorageEvent("storage", {key, newValue: localStorage.getItem(key)}));
	})()`)
	poll(t, ctx, `CSS.highlights.has("hx-MISC")`)
	if kind, msg := message(t, ctx); kind != "info" || !strings.Contains(msg, "another tab") {
		t.Errorf("message: %s %q", kind, msg)
	}
	selectCP(t, ctx, 1, 7, false)
	key(t, ctx, "3")
	waitLabelled(t, ctx, "ORG")
	found := false
	for _, x := range storedAnns(t, ctx) {
		found = found || x.ID == "othertab1"
	}
	if !found {
		t.Error("a change in this tab overwrote the other tab's annotation")
	}
}
