package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Two tabs on one document label different words at the same moment (both
// key presses sent together, four trials, all in the same stored chunk):
// no edit is lost, in either tab, in storage, or after a reload. (Issue 10
// measured one edit lost in 3 of 4 such trials before the per-chunk
// read-modify-write and the storage-event merge.)
func TestTwoTabsSimultaneous(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	a := browser(t, t.TempDir())
	open(t, a, ts.URL)
	text := "قال محمد إن القاهرة ستستضيف القمة العربية في شهر مارس المقبل بحضور الوفود"
	pasteDocument(t, a, text)
	b := newTab(t, a)
	open(t, b, ts.URL)
	poll(t, b, `document.querySelector("#hx-text p") && document.querySelector("#hx-text p").textContent === `+js(text))

	type span struct{ start, end int }
	var words []span
	cp := 0
	for _, w := range strings.Split(text, " ") {
		n := len([]rune(w))
		words = append(words, span{cp, cp + n})
		cp += n + 1
	}
	want := map[span]bool{}
	for trial := 0; trial < 4; trial++ {
		wa, wb := words[2*trial+1], words[2*trial+2]
		selectCP(t, a, wa.start, wa.end, false)
		selectCP(t, b, wb.start, wb.end, false)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, tab := range []context.Context{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, cancel := timeout(tab, 10*time.Second)
				defer cancel()
				errs[i] = chromedp.Do(c, chromedp.KeyEvent("4")) // MISC
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		want[wa], want[wb] = true, true
	}
	has := func(s []stored) string {
		var missing []string
		for w := range want {
			if !hasSpan(s, "MISC", w.start, w.end, "") {
				missing = append(missing, fmt.Sprintf("[%d,%d)", w.start, w.end))
			}
		}
		return strings.Join(missing, " ")
	}
	// Storage converges with all eight, seen from either tab.
	deadline := time.Now().Add(20 * time.Second)
	for {
		sa, sb := storedAnns(t, a), storedAnns(t, b)
		ma, mb := has(sa), has(sb)
		if ma == "" && mb == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("edits lost in storage: missing from tab A's view %s, from tab B's %s (A shows %v, B shows %v)", ma, mb, highlightTexts(t, a)["hx-MISC"], highlightTexts(t, b)["hx-MISC"])
		}
		time.Sleep(200 * time.Millisecond)
	}
	// Each tab shows all eight (merged on the storage events), and so does
	// each after a reload.
	for round := 0; round < 2; round++ {
		for i, tab := range []context.Context{a, b} {
			if round == 1 {
				if err := chromedp.Do(tab, chromedp.Reload()); err != nil {
					t.Fatal(err)
				}
				waitReady(t, tab)
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				n := len(highlightTexts(t, tab)["hx-MISC"])
				if n == len(want) {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("round %d: tab %d shows %d of the %d annotations: %v", round, i, n, len(want), highlightTexts(t, tab))
				}
				time.Sleep(200 * time.Millisecond)
			}
		}
	}
}

// One tab deletes the last annotation of a chunk while the other adds one
// to the same chunk, at the same moment (both keys sent together; six
// trials, the tabs taking turns): the deleted annotation never comes back
// and the added one is never lost, in storage, in either tab, or after a
// reload. (A patch that empties a chunk used to remove its key; a removal
// carries no record of what it was computed from, so the other tab could
// not tell it had been made blind and one of the two edits was lost.)
func TestTwoTabsDeleteLastWhileAdding(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	a := browser(t, t.TempDir())
	open(t, a, ts.URL)
	text := "كتب الولد على اللوح كلمات كثيرة ثم ذهب الى البيت مسرورا"
	pasteDocument(t, a, text)
	b := newTab(t, a)
	open(t, b, ts.URL)
	poll(t, b, `document.querySelector("#hx-text p") && document.querySelector("#hx-text p").textContent === `+js(text))
	type span struct {
		start, end int
		quote      string
	}
	var words []span
	cp := 0
	for _, w := range strings.Split(text, " ") {
		n := len([]rune(w))
		words = append(words, span{cp, cp + n, w})
		cp += n + 1
	}
	tabs := []context.Context{a, b}
	// converge waits until storage (seen from both tabs) and both tabs'
	// highlights hold exactly the annotation w.
	converge := func(trial int, w span) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			ok := true
			var seen []string
			for _, tab := range tabs {
				s := storedAnns(t, tab)
				hl := highlightTexts(t, tab)
				seen = append(seen, fmt.Sprintf("stored %v, shown %v", s, hl))
				if len(s) != 1 || !hasSpan(s, "MISC", w.start, w.end, "") || len(hl["hx-MISC"]) != 1 || hl["hx-MISC"][0] != w.quote {
					ok = false
				}
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("trial %d: want only MISC [%d,%d) %s; tab A: %s; tab B: %s", trial, w.start, w.end, w.quote, seen[0], seen[1])
			}
			time.Sleep(200 * time.Millisecond)
		}
	}
	if s := storedAnns(t, a); len(s) != 0 {
		t.Fatalf("the text got suggestions %v; the test needs a chunk with one annotation", s)
	}
	selectCP(t, a, words[0].start, words[0].end, false)
	key(t, a, "4")
	converge(0, words[0])
	for trial := 1; trial <= 6; trial++ {
		del, add := tabs[trial%2], tabs[1-trial%2]
		last, next := words[trial-1], words[trial]
		clickHighlight(t, del, "hx-MISC", last.quote)
		selectCP(t, add, next.start, next.end, false)
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, k := range []struct {
			tab context.Context
			key string
		}{{del, kb.Delete}, {add, "4"}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, cancel := timeout(k.tab, 10*time.Second)
				defer cancel()
				errs[i] = chromedp.Do(c, chromedp.KeyEvent(k.key))
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		converge(trial, next)
		key(t, del, kb.Escape)
	}
	for _, tab := range tabs {
		if err := chromedp.Do(tab, chromedp.Reload()); err != nil {
			t.Fatal(err)
		}
		waitReady(t, tab)
	}
	converge(7, words[6])
}
