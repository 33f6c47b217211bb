package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// tapGesture taps (x, y) with an emulated finger (touch and pointer events
// of pointerType "touch").
func tapGesture(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	ms := int64(50)
	if err := chromedp.Do(c, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.SynthesizeTapGesture, input.SynthesizeTapGestureParams{X: x, Y: y, Duration: &ms, TapCount: 1, GestureSourceType: input.GestureSourceTypeTouch})
		return err
	})); err != nil {
		t.Fatalf("tap: %v", err)
	}
}

// On a phone (touch emulated, 390×844): the legend stays on screen while
// the article scrolls; a word selected with the system's handles (set as
// they would) is labelled by a chip tapped with a finger even when the tap
// dismisses the selection first (as on Android); the review panel opens as
// a bottom sheet on screen. Headless Chromium on Linux makes no selection
// from a long press and no click from a tap gesture, so the handles and the
// tap's click are done as the phone would deliver them.
func TestTouchLabelling(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	viewport(t, ctx, 390, 844, true)
	pasteDocument(t, ctx, "قال الرئيس إن الحكومة ستستقيل")
	if !eval[bool](t, ctx, `matchMedia("(pointer: coarse)").matches || navigator.maxTouchPoints > 0`) {
		t.Fatal("touch is not emulated")
	}
	selectCP(t, ctx, 4, 10, false)
	chip := `document.querySelector('.hx-legend button[data-label="PER"]')`
	r := eval[[]float64](t, ctx, `(() => { const b = `+chip+`.getBoundingClientRect(); return [b.left + b.width/2, b.top + b.height/2, innerHeight]; })()`)
	if r[1] < 0 || r[1] > r[2] {
		t.Fatalf("the PER chip is off screen at y=%.0f (viewport %0.f)", r[1], r[2])
	}
	tapGesture(t, ctx, r[0], r[1])
	// The tap dismisses the selection, then its click reaches the chip.
	eval[chromedp.Void](t, ctx, `getSelection().removeAllRanges(), `+chip+`.click()`)
	a := waitLabelled(t, ctx, "PER")
	if a.Start != 4 || a.End != 10 || a.Quote != "الرئيس" {
		t.Errorf("touch labelling stored [%d,%d) %q, want [4,10) الرئيس", a.Start, a.End, a.Quote)
	}
	p := eval[[]float64](t, ctx, `(() => { const b = document.getElementById("hx-panel").getBoundingClientRect(); return [b.top, b.bottom, innerHeight]; })()`)
	if p[0] < 0 || p[1] > p[2]+1 || p[0] > p[2]-80 {
		t.Errorf("the review panel is at %v (top, bottom, viewport height), not a bottom sheet on screen", p)
	}
	// A remembered selection is not used once something was edited: a
	// second tap with no selection labels nothing new.
	key(t, ctx, "Escape")
	n := len(storedAnns(t, ctx))
	tapGesture(t, ctx, r[0], r[1])
	eval[chromedp.Void](t, ctx, chip+`.click()`)
	time.Sleep(300 * time.Millisecond)
	if got := len(storedAnns(t, ctx)); got != n {
		t.Errorf("a tap with no selection added %d annotations", got-n)
	}
	viewShot(t, ctx, "touch")
}
