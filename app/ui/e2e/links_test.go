package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/brat"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

const linkText = "اجتمع لافروف وحفتر في موسكو يوم الثلاثاء"

// storedLinks returns the links localStorage holds for the open document
// as "FROM-QUOTE type TO-QUOTE" strings.
func storedLinks(t *testing.T, ctx context.Context) []string {
	t.Helper()
	raw := eval[string](t, ctx, `(() => {
		const s = JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current;
		const anns = `+storedJS+`(s), q = {};
		for (const a of anns) q[a.id] = a.quote;
		const rec = JSON.parse(localStorage.getItem("hashiya/v1/links/" + s) || '{"links":[]}');
		return JSON.stringify(rec.links.map(l => q[l.from] + " " + l.type + " " + q[l.to]).sort());
	})()`)
	var out []string
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatalf("stored links: %v (%s)", err, raw)
	}
	return out
}

func waitLinks(t *testing.T, ctx context.Context, want ...string) {
	t.Helper()
	w, _ := json.Marshal(append([]string{}, want...))
	poll(t, ctx, `(() => {
		const s = JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current;
		const anns = `+storedJS+`(s), q = {};
		for (const a of anns) q[a.id] = a.quote;
		const rec = JSON.parse(localStorage.getItem("hashiya/v1/links/" + s) || '{"links":[]}');
		return JSON.stringify(rec.links.map(l => q[l.from] + " " + l.type + " " + q[l.to]).sort()) === `+js(string(w))+`;
	})()`)
}

// A link made with the mouse and with the keyboard, drawn, listed, undone
// and redone, deleted; exported and imported into another profile; and
// through brat (.ann R lines) into a third one.
func TestLinks(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, linkText)
	selectCP(t, ctx, 6, 12, false) // لافروف
	key(t, ctx, "1")
	waitLabelled(t, ctx, "PER")
	selectCP(t, ctx, 22, 27, false) // موسكو
	key(t, ctx, "2")
	waitLabelled(t, ctx, "LOC")

	// Mouse: select لافروف, L, click موسكو, Enter takes the proposed type.
	clickHighlight(t, ctx, "", "لافروف")
	key(t, ctx, "l")
	poll(t, ctx, `document.querySelector("#hx-links[data-linking]")`)
	clickHighlight(t, ctx, "", "موسكو")
	poll(t, ctx, `document.querySelector("#hx-link-types [data-linktype='located-in'].active")`)
	key(t, ctx, "\r")
	waitLinks(t, ctx, "لافروف located-in موسكو")
	poll(t, ctx, `document.getElementById("hx-link-overlay") && document.getElementById("hx-link-overlay").dataset.drawn === "1"`)
	// The arc goes from لافروف to موسكو: right to left in this RTL line.
	xs := eval[[]float64](t, ctx, `(() => {
		const p = document.querySelector("#hx-link-overlay .hx-arc path").getAttribute("d").match(/-?[\d.]+/g).map(Number);
		return [p[0], p[p.length-2]];
	})()`)
	if len(xs) != 2 || xs[0] <= xs[1] {
		t.Errorf("arc x from %v: want it to start right of where it ends (RTL)", xs)
	}
	// The side panel re-renders on go-app's next update, after the save
	// waitLinks saw: wait for it rather than read it at once.
	if !pollOK(ctx, `document.querySelectorAll("#hx-link-list li").length === 1`, 10*time.Second) {
		t.Errorf("side panel lists %d links, want 1", eval[int](t, ctx, `document.querySelectorAll("#hx-link-list li").length`))
	}
	screenshot(t, ctx, "link-arc")

	// Undo and redo.
	keyMod(t, ctx, "z", ctrl)
	waitLinks(t, ctx)
	keyMod(t, ctx, "z", ctrl|shift)
	waitLinks(t, ctx, "لافروف located-in موسكو")

	// Keyboard: from موسكو, L, K steps back through the annotations before
	// it (suggestions of the recognizers may be among them) to لافروف,
	// Enter picks it, 5 chooses part-of.
	clickHighlight(t, ctx, "", "موسكو")
	key(t, ctx, "l")
	poll(t, ctx, `document.querySelector("#hx-links[data-linking]")`)
	target := `(document.querySelector("#hx-link-target .ar") || {textContent: ""}).textContent`
	for i := 0; i < 8 && !strings.Contains(eval[string](t, ctx, target), "لافروف"); i++ {
		before := eval[string](t, ctx, target)
		key(t, ctx, "k")
		poll(t, ctx, target+` !== `+js(before))
	}
	if !strings.Contains(eval[string](t, ctx, target), "لافروف") {
		t.Fatalf("K never reached لافروف: %q", eval[string](t, ctx, target))
	}
	key(t, ctx, "\r")
	poll(t, ctx, `document.querySelector("#hx-link-types")`)
	key(t, ctx, "5")
	waitLinks(t, ctx, "لافروف located-in موسكو", "موسكو part-of لافروف")
	// Delete it from the side panel.
	if !pollOK(ctx, `document.querySelectorAll("#hx-link-list [data-unlink]").length === 2`, 10*time.Second) {
		t.Errorf("side panel of موسكو lists %d links, want 2", eval[int](t, ctx, `document.querySelectorAll("#hx-link-list li").length`))
	}
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-link-list li")].find(li => li.dataset.type === "part-of").querySelector("[data-unlink]")`)
	waitLinks(t, ctx, "لافروف located-in موسكو")

	// Export → import into a fresh profile (the document is new there).
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), `"links"`) {
		t.Fatalf("export without links: %v\n%.400s", err, data)
	}
	fresh := browser(t, t.TempDir())
	open(t, fresh, ts.URL)
	upload(t, fresh, "hx-import-file", file)
	message(t, fresh)
	clickJS(t, fresh, `document.getElementById("hx-msg-action")`)
	poll(t, fresh, `document.querySelector("#hx-text p").textContent === `+js(linkText))
	waitLinks(t, fresh, "لافروف located-in موسكو")
	clickHighlight(t, fresh, "", "لافروف")
	poll(t, fresh, `document.querySelectorAll("#hx-link-list li").length === 1`)
	poll(t, fresh, `document.getElementById("hx-link-overlay") && document.getElementById("hx-link-overlay").dataset.drawn === "1"`)

	// brat: the export converted as `hashiya convert --to brat` does, its
	// .ann imported onto the same text in a third profile.
	f, err := hashiyajson.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	_, ann, err := brat.EncodeLinks(f.Document, f.Annotations, f.Links)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ann), "\tlocated-in Arg1:T") {
		t.Fatalf("brat .ann without the relation:\n%s", ann)
	}
	annFile := filepath.Join(t.TempDir(), "article.ann")
	if err := os.WriteFile(annFile, ann, 0o644); err != nil {
		t.Fatal(err)
	}
	third := browser(t, t.TempDir())
	open(t, third, ts.URL)
	pasteDocument(t, third, linkText)
	upload(t, third, "hx-import-file", annFile)
	message(t, third)
	waitLinks(t, third, "لافروف located-in موسكو")
	screenshot(t, third, "link-from-brat")
}

// The entity index walks through an entity's mentions across documents:
// a click on its name opens the first, the walk bar the next (in another
// document) and back; the index filters by name.
func TestLibraryWalk(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	texts := []string{"وصل الوفد إلى تونس يوم 3 مارس 2016.", "غادر الوفد تونس في 5 يناير 2015."}
	for i, text := range texts {
		pasteDocument(t, ctx, text)
		start := []int{14, 11}[i]
		selectCP(t, ctx, start, start+4, false)
		key(t, ctx, "2")
		waitLabelled(t, ctx, "LOC")
	}
	clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
	poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)
	clickJS(t, ctx, `document.getElementById("hx-library-tab-entities")`)
	poll(t, ctx, `document.getElementById("hx-ent-filter")`)
	eval[bool](t, ctx, `(() => { const el = document.getElementById("hx-ent-filter"); el.value = "تونس"; el.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	row := `[...document.querySelectorAll("#hx-library-entities tbody tr .hx-link")].find(b => b.textContent === "تونس")`
	poll(t, ctx, `!!`+row+` && [...document.querySelectorAll("#hx-library-entities tbody tr .hx-link")].every(b => b.textContent.includes("تونس"))`)
	clickJS(t, ctx, row)
	poll(t, ctx, `!document.getElementById("hx-library") && document.getElementById("hx-walk")`)
	n := eval[int](t, ctx, `+document.getElementById("hx-walk").dataset.n`)
	if n < 2 {
		t.Fatalf("the walk has %d mentions, want the two pasted ones at least", n)
	}
	// Every step shows a mention of تونس in the side panel, in its document;
	// the two pasted documents are among those walked through.
	panel := `(document.querySelector("#hx-panel[data-id] .hx-quote") || {textContent: ""}).textContent`
	seen := map[string]bool{}
	for i := 0; i < n; i++ {
		poll(t, ctx, fmt.Sprintf(`+document.getElementById("hx-walk").dataset.i === %d && %s.includes("تونس")`, i, panel))
		seen[eval[string](t, ctx, `document.getElementById("hx-title").textContent`)] = true
		if i < n-1 {
			clickJS(t, ctx, `document.getElementById("hx-walk-next")`)
		}
	}
	if !seen[texts[0]] || !seen[texts[1]] {
		t.Errorf("the walk went through %v, want both pasted documents", seen)
	}
	last := eval[string](t, ctx, `document.getElementById("hx-title").textContent`)
	clickJS(t, ctx, `document.getElementById("hx-walk-next")`) // wraps around to the first
	poll(t, ctx, `+document.getElementById("hx-walk").dataset.i === 0`)
	clickJS(t, ctx, `document.getElementById("hx-walk-prev")`)
	poll(t, ctx, `document.getElementById("hx-title").textContent === `+js(last))
	screenshot(t, ctx, "library-walk")
}
