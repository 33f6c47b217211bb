package e2e

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// The label set travels in exports: a library's added label (name,
// colour, key), a renamed and recoloured PER and a hidden SET are written
// into the native file; a colleague with the default set who imports it
// onto the same text gets EVENT with its name and colour (painted in it),
// while their own PER keeps their name; one who opens the file as another
// document gets it too.
func TestLabelSetTravelsInExports(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	clickJS(t, ctx, `document.getElementById("hx-labels-btn")`)
	poll(t, ctx, `document.getElementById("hx-ls-new-code")`)
	setField(t, ctx, "hx-ls-new-code", "EVENT", "value", "input")
	setField(t, ctx, "hx-ls-new-name", "حدث", "value", "input")
	setField(t, ctx, "hx-ls-new-colour", "#aa0044", "value", "input")
	setField(t, ctx, "hx-ls-new-key", "9", "value", "change")
	clickJS(t, ctx, `document.getElementById("hx-ls-add")`)
	poll(t, ctx, `document.getElementById("hx-ls-name-EVENT")`)
	setField(t, ctx, "hx-ls-name-PER", "فرد", "value", "input")
	setField(t, ctx, "hx-ls-colour-PER", "#ff0000", "value", "input")
	setField(t, ctx, "hx-ls-hidden-SET", true, "checked", "change")
	clickJS(t, ctx, `document.getElementById("hx-ls-save")`)
	poll(t, ctx, `!document.getElementById("hx-labelset")`)

	text := "انطلقت القمة العربية في الرياض"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 7, 20, false)
	key(t, ctx, "9")
	if a := waitLabelled(t, ctx, "EVENT"); a.Start != 7 || a.End != 20 {
		t.Fatalf("EVENT span [%d,%d) %q, want [7,20)", a.Start, a.End, a.Quote)
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Labels []struct {
			Code, Name, Colour, Key string
			Hidden                  bool
		} `json:"labels"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range f.Labels {
		got[l.Code] = l.Name + " " + l.Colour + " " + l.Key
		if l.Hidden {
			got[l.Code] += " hidden"
		}
	}
	for code, want := range map[string]string{"EVENT": "حدث #aa0044 9", "PER": "فرد #ff0000 1", "SET": "تكرار #c4b59a 8 hidden", "LOC": "مكان #8fd694 2"} {
		if got[code] != want {
			t.Errorf("exported label %s = %q, want %q (all: %v)", code, got[code], want, got)
		}
	}

	legend := func(ctx context.Context) string {
		return eval[string](t, ctx, `(() => { const b = document.querySelector('.hx-article > .hx-legend button[data-label="EVENT"]'); const per = document.querySelector('.hx-article > .hx-legend button[data-label="PER"]');
			return (b ? b.textContent : "no EVENT chip") + "|" + getComputedStyle(document.documentElement).getPropertyValue("--EVENT").trim() + "|" + per.textContent; })()`)
	}
	// A colleague on the same text.
	same := browser(t, t.TempDir())
	open(t, same, ts.URL)
	pasteDocument(t, same, text)
	upload(t, same, "hx-import-file", file)
	if kind, msg := message(t, same); kind != "info" || !strings.Contains(msg, "EVENT") {
		t.Errorf("import message %s %q does not name the label joining the set", kind, msg)
	}
	poll(t, same, `CSS.highlights.has("hx-EVENT")`)
	if l := legend(same); !strings.Contains(l, "حدث") || !strings.Contains(l, "|#aa0044|") || !strings.Contains(l, "شخص") || strings.Contains(l, "فرد") {
		t.Errorf("after the import the legend reads %q: want EVENT named حدث in #aa0044, and PER still named شخص", l)
	}
	if bg := eval[string](t, same, `getComputedStyle(document.documentElement).getPropertyValue("--PER").trim()`); bg == "#ff0000" {
		t.Error("the import recoloured the colleague's own PER")
	}
	screenshot(t, same, "labels-imported")
	// A colleague who opens it as another document (the sample is open).
	other := browser(t, t.TempDir())
	open(t, other, ts.URL)
	upload(t, other, "hx-import-file", file)
	if kind, _ := message(t, other); kind != "warn" {
		t.Fatalf("import of another document: message %q", kind)
	}
	clickJS(t, other, `document.getElementById("hx-msg-action")`)
	poll(t, other, `document.querySelector("#hx-text p").textContent === `+js(text))
	poll(t, other, `!!document.querySelector('.hx-article > .hx-legend button[data-label="EVENT"]')`)
	if l := legend(other); !strings.Contains(l, "حدث") || !strings.Contains(l, "|#aa0044|") {
		t.Errorf("after opening the file the legend reads %q", l)
	}
}
