package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// docRow is a row of the document library screen.
type docRow struct {
	SHA        string `json:"sha"`
	Title      string `json:"title"`
	Export     string `json:"export"`
	Unexported int    `json:"unexported"`
	Suggested  int    `json:"suggested"`
	Accepted   int    `json:"accepted"`
	Rejected   int    `json:"rejected"`
}

// openDocs opens the document library screen and returns its rows.
func openDocs(t *testing.T, ctx context.Context) []docRow {
	t.Helper()
	if !eval[bool](t, ctx, `!!document.getElementById("hx-docscreen")`) {
		clickJS(t, ctx, `document.getElementById("hx-docs-btn")`)
	}
	poll(t, ctx, `document.getElementById("hx-docscreen")`)
	return docRows(t, ctx)
}

func docRows(t *testing.T, ctx context.Context) []docRow {
	t.Helper()
	return eval[[]docRow](t, ctx, `[...document.querySelectorAll("#hx-docs-table tbody tr")].map(r => ({
		sha: r.dataset.sha, title: (r.querySelector(".hx-docs-open") || {}).textContent || "",
		export: r.dataset.export, unexported: +r.dataset.unexported,
		suggested: +r.dataset.suggested, accepted: +r.dataset.accepted, rejected: +r.dataset.rejected}))`)
}

func currentSHA(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current || ""`)
}

// The document library: every stored document with counts by status and
// export state, search by title and by text (folded), rename, and delete
// with undo that takes the undo history along.
func TestDocumentLibrary(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	sample := currentSHA(t, ctx)
	pasteDocument(t, ctx, "مرحبا بالعالم من المكتبة")
	selectCP(t, ctx, 6, 13, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
	other := currentSHA(t, ctx)
	if !eval[bool](t, ctx, `!!localStorage.getItem("hashiya/ui/v1/history/`+other+`")`) {
		t.Fatal("no undo history stored for the pasted document")
	}
	clickJS(t, ctx, `document.getElementById("hx-sample")`)
	poll(t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current === `+js(sample))
	waitReady(t, ctx)

	rows := openDocs(t, ctx)
	if len(rows) != 2 {
		t.Fatalf("rows %+v", rows)
	}
	var row docRow
	for _, r := range rows {
		if r.SHA == other {
			row = r
		}
	}
	if row.Accepted < 1 || row.Export != "never" || row.Unexported != row.Suggested+row.Accepted+row.Rejected {
		t.Errorf("pasted document's row %+v", row)
	}
	poll(t, ctx, `document.getElementById("hx-quota").dataset.answered === "true"`) // the estimate is asynchronous: "…" until then
	if !eval[bool](t, ctx, `document.getElementById("hx-quota").textContent.length > 10`) {
		t.Error("no storage figures shown")
	}
	// The localStorage line: a figure in Ki or Mi, never a format error,
	// and the units counted (the sum of every key's and value's length),
	// once the browser's estimate (asynchronous) has come back.
	poll(t, ctx, `(() => { const l = document.getElementById("hx-quota").dataset.local; return !!l && l !== "0"; })()`)
	quota := eval[map[string]string](t, ctx, `(() => { let n = 0; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); n += k.length + localStorage.getItem(k).length; } const q = document.getElementById("hx-quota"); return {text: q.textContent, local: q.dataset.local, want: String(n)}; })()`)
	if strings.Contains(quota["text"], "%!") || !strings.Contains(quota["text"], " Ki") || quota["local"] == "0" || quota["local"] == "" {
		t.Errorf("storage line %q (local units %s, localStorage holds %s)", quota["text"], quota["local"], quota["want"])
	}
	screenshot(t, ctx, "docs-library")

	search := func(q string, want int) {
		t.Helper()
		eval[chromedp.Void](t, ctx, `(() => { const i = document.getElementById("hx-docs-search"); i.value = `+js(q)+`; i.dispatchEvent(new Event("input", {bubbles: true})); })()`)
		for i := 0; i < 50 && len(docRows(t, ctx)) != want; i++ {
			time.Sleep(50 * time.Millisecond)
		}
		if got := len(docRows(t, ctx)); got != want {
			t.Errorf("search %q: %d rows, want %d", q, got, want)
		}
	}
	search("بالعالم", 1) // text
	search("المكتبه", 1) // ة/ه folded, text
	search("xyzzy", 0)
	search("", 2)

	// Rename through the ✎ button and Enter.
	clickJS(t, ctx, `document.querySelector('tr[data-sha="`+other+`"] .hx-docs-rename-btn')`)
	poll(t, ctx, `document.querySelector(".hx-docs-rename")`)
	eval[chromedp.Void](t, ctx, `(() => { const i = document.querySelector(".hx-docs-rename"); i.value = "وثيقة التجربة"; i.focus(); })()`)
	key(t, ctx, "\r")
	poll(t, ctx, `[...document.querySelectorAll(".hx-docs-open")].some(b => b.textContent === "وثيقة التجربة")`)
	if !eval[bool](t, ctx, `localStorage.getItem("hashiya/v1/doc/`+other+`").includes("وثيقة التجربة")`) {
		t.Error("the new title is not stored")
	}
	search("التجربه", 1) // title

	search("", 2)
	before := storageSnapshot(t, ctx)
	annsBefore := eval[string](t, ctx, `JSON.stringify(`+storedJS+`(`+js(other)+`))`)
	clickJS(t, ctx, `document.querySelector('tr[data-sha="`+other+`"] .hx-docs-delete')`)
	poll(t, ctx, `!document.querySelector('tr[data-sha="`+other+`"]')`)
	left := eval[[]string](t, ctx, `Object.keys(localStorage).filter(k => k.includes(`+js(other)+`))`)
	if len(left) != 0 {
		t.Errorf("keys of the deleted document left: %v", left)
	}
	if kind, text := message(t, ctx); kind != "info" || !strings.Contains(text, "سجلّ تراجعها") {
		t.Errorf("delete message %s %q", kind, text)
	}
	poll(t, ctx, `document.getElementById("hx-docs-deleted")`)
	clickJS(t, ctx, `document.getElementById("hx-docs-undo")`)
	poll(t, ctx, `!!document.querySelector('tr[data-sha="`+other+`"]')`)
	after := storageSnapshot(t, ctx)
	if got := eval[string](t, ctx, `JSON.stringify(`+storedJS+`(`+js(other)+`))`); got != annsBefore {
		t.Errorf("annotations not restored as they were:\n%s\nwant\n%s", got, annsBefore)
	}
	for k, v := range before {
		if !strings.Contains(k, other) || !strings.HasPrefix(k, "hashiya/ui/") {
			continue // the store's records carry a new save time
		}
		if after[k] != v {
			t.Errorf("%s not restored as it was", k)
		}
	}
	if _, ok := after["hashiya/ui/v1/history/"+other]; !ok {
		t.Error("the undo history was not restored")
	}
	// Open it from the library: its annotation is back.
	clickJS(t, ctx, `document.querySelector('tr[data-sha="`+other+`"] .hx-docs-open')`)
	poll(t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current === `+js(other))
	poll(t, ctx, `document.getElementById("hx-title").textContent === "وثيقة التجربة"`)
	if got := storedAnns(t, ctx); len(got) == 0 {
		t.Error("the restored document has no annotations")
	}
}

// Case C25: persist() asked once with its answer shown, "1 annotation not
// exported" after an export and one more change; after all site data is
// cleared the app starts clean and the export imports back exactly.
func TestClearedSiteDataC25(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "قال محمد إن القاهرة ستستضيف القمة"
	pasteDocument(t, ctx, text)
	for _, s := range [][3]int{{0, 3, 4}, {9, 11, 4}, {28, 33, 4}} {
		selectCP(t, ctx, s[0], s[1], false)
		key(t, ctx, "4")
		waitLabelled(t, ctx, "MISC")
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	exported, err := os.ReadFile(waitDownload(t, downloads))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Annotations []stored `json:"annotations"`
	}
	if err := json.Unmarshal(exported, &file); err != nil {
		t.Fatal(err)
	}
	rows := openDocs(t, ctx)
	sha := currentSHA(t, ctx)
	for _, r := range rows {
		if r.SHA == sha && (r.Export != "exported" || r.Unexported != 0) {
			t.Errorf("just exported: %+v", r)
		}
	}
	clickJS(t, ctx, `document.getElementById("hx-docscreen-close")`)
	selectCP(t, ctx, 4, 8, false)
	key(t, ctx, "1")
	waitLabelled(t, ctx, "PER")
	rows = openDocs(t, ctx)
	for _, r := range rows {
		if r.SHA == sha && (r.Export != "changed" || r.Unexported != 1) {
			t.Errorf("one more annotation: %+v", r)
		}
	}
	if text := eval[string](t, ctx, `document.querySelector('tr[data-sha="`+sha+`"] .hx-docs-export').textContent`); !strings.Contains(text, "1 توسيم غير مصدَّر") && !strings.Contains(text, "1 annotation(s) not exported") {
		t.Errorf("export state %q", text)
	}
	poll(t, ctx, `(() => { const q = document.getElementById("hx-quota"); return q && q.dataset.answered === "true" && !!q.dataset.persist && !!document.getElementById("hx-quota-persist"); })()`) // the estimate is asynchronous: "…" until then
	persist := eval[string](t, ctx, `localStorage.getItem("hashiya/ui/v1/persist")`)
	shown := eval[string](t, ctx, `document.getElementById("hx-quota-persist").textContent`)
	if persist != "granted" && persist != "denied" || !strings.Contains(shown, "دائم") && !strings.Contains(shown, "persistent") {
		t.Errorf("persist answer %q, shown %q", persist, shown)
	}
	screenshot(t, ctx, "docs-c25-unexported")

	// Clear all site data, as ITP would.
	c, cancel := timeout(ctx, 20*time.Second)
	if _, err := chromedp.Call(c, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: ts.URL, StorageTypes: "all"}); err != nil {
		t.Fatal(err)
	}
	cancel()
	open(t, ctx, ts.URL)
	rows = openDocs(t, ctx)
	if len(rows) != 1 {
		t.Errorf("after clearing, the library holds %d documents, want the sample only", len(rows))
	}
	poll(t, ctx, `navigator.serviceWorker.ready.then(r => !!r.active)`)
	clickJS(t, ctx, `document.getElementById("hx-docscreen-close")`)
	path := filepath.Join(t.TempDir(), "export.json")
	os.WriteFile(path, exported, 0o644)
	upload(t, ctx, "hx-import-file", path)
	if kind, _ := message(t, ctx); kind == "warn" {
		clickJS(t, ctx, `document.getElementById("hx-msg-action")`)
	}
	poll(t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current === `+js(sha))
	poll(t, ctx, `document.body.dataset.highlights === "`+strconv.Itoa(len(file.Annotations))+`"`)
	got := map[string]stored{}
	for _, a := range storedAnns(t, ctx) {
		got[a.ID] = a
	}
	if len(got) != len(file.Annotations) {
		t.Errorf("%d annotations after the import, want the %d exported", len(got), len(file.Annotations))
	}
	for _, a := range file.Annotations {
		if g, ok := got[a.ID]; !ok || g.Start != a.Start || g.End != a.End || g.Label != a.Label {
			t.Errorf("exported %+v, imported %+v", a, g)
		}
	}
}

// The storage line shows "…" (never "0.0 Ki" or a zero quota) until
// navigator.storage.estimate() answers, then the figures; a refused
// estimate ends the wait with "unknown".
func TestStorageLineWaitsForEstimate(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	// estimate() answers only when the test says so.
	eval[bool](t, ctx, `(() => {
		const real = navigator.storage.estimate.bind(navigator.storage);
		navigator.storage.estimate = () => new Promise((ok, fail) => { window.hxRelease = () => real().then(ok); window.hxRefuse = () => fail(new Error("refused")); });
		return true;
	})()`)
	openDocs(t, ctx)
	time.Sleep(300 * time.Millisecond) // several frames: the line must still wait
	line := eval[string](t, ctx, `document.getElementById("hx-quota").textContent`)
	if strings.Contains(line, "0.0") || strings.Contains(line, "Ki") || !strings.Contains(line, "…") {
		t.Errorf("before the estimate the storage line says %q, want only …", line)
	}
	eval[bool](t, ctx, `(window.hxRelease(), true)`)
	poll(t, ctx, `document.getElementById("hx-quota").dataset.answered === "true"`)
	if line := eval[string](t, ctx, `document.getElementById("hx-quota").textContent`); !strings.Contains(line, "Ki") && !strings.Contains(line, "Mi") || strings.Contains(line, "…") {
		t.Errorf("after the estimate the storage line says %q", line)
	}
	// Reopened with an estimate that is refused: the wait ends.
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.getElementById("hx-docscreen")`)
	openDocs(t, ctx)
	poll(t, ctx, `document.getElementById("hx-quota").dataset.answered === "false"`)
	eval[bool](t, ctx, `(window.hxRefuse(), true)`)
	poll(t, ctx, `document.getElementById("hx-quota").dataset.answered === "true"`)
}
