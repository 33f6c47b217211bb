package e2e

import (
	"fmt"
	"testing"
)

// On a phone (390×844, touch): the article starts on the first screen;
// the sticky legend shows every chip on screen; a highlight tapped low on
// the screen opens the bottom sheet and is scrolled into the band between
// the legend and the sheet, with the review buttons on screen; the same in
// the dark theme and in English.
func TestPhoneSheetComesToSelection(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL) // the sample
	viewport(t, ctx, 390, 844, true)
	poll(t, ctx, `[...CSS.highlights.values()].some(h => h.size > 0)`)
	eval[any](t, ctx, `scrollTo(0, 0)`)
	if top := eval[float64](t, ctx, `document.querySelector("#hx-text p").getBoundingClientRect().top`); top > 844*0.75 {
		t.Errorf("the article starts at y=%.0f on an 844 px screen: the toolbars push it off the first screen", top)
	}
	chips := eval[[]float64](t, ctx, `[...document.querySelectorAll(".hx-article > .hx-legend .hx-chip")].flatMap(b => { const r = b.getBoundingClientRect(); return [r.left, r.right]; })`)
	if len(chips) < 16 {
		t.Fatalf("legend chips: %v", chips)
	}
	for i := 0; i < len(chips); i += 2 {
		if chips[i] < 0 || chips[i+1] > 390 {
			t.Errorf("legend chip %d is off screen horizontally: [%.0f, %.0f]", i/2, chips[i], chips[i+1])
		}
	}
	for _, run := range []struct{ scheme, lang string }{{"light", "ar"}, {"dark", "ar"}, {"light", "en"}} {
		colourScheme(t, ctx, run.scheme)
		if eval[string](t, ctx, `document.querySelector(".hx-app").lang`) != run.lang {
			clickJS(t, ctx, `document.getElementById("hx-lang")`)
			poll(t, ctx, fmt.Sprintf(`document.querySelector(".hx-app").lang === %q`, run.lang))
		}
		// A highlight in the middle of the article, scrolled to 85% of the
		// screen's height: where the sheet would cover it.
		pt := eval[[]float64](t, ctx, `(() => {
			`+liveJS+`
			const rs = [];
			for (const [n, h] of CSS.highlights) if (/^hx-(s-)?(PER|LOC|ORG)$/.test(n)) for (const r of h) rs.push(r);
			rs.sort((a, b) => live(a).getBoundingClientRect().top + scrollY - (live(b).getBoundingClientRect().top + scrollY));
			const r = rs[Math.floor(rs.length / 2)];
			let b = live(r).getClientRects()[0];
			scrollBy(0, b.top - innerHeight * 0.85);
			b = live(r).getClientRects()[0];
			return [b.left + b.width / 2, b.top + b.height / 2];
		})()`)
		clickAt(t, ctx, pt[0], pt[1])
		poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
		poll(t, ctx, `(() => {
			`+liveJS+`
			const id = document.querySelector("#hx-panel[data-id]").dataset.id;
			const sp = document.getElementById("hx-span"), start = +sp.dataset.start, end = +sp.dataset.end;
			const para = [...document.querySelectorAll("#hx-text p")];
			// the span's first line, found from its code points
			let off = 0;
			for (const p of para) {
				const n = [...p.textContent].length;
				if (start < off + n) {
					const cps = [...p.textContent], u = k => cps.slice(0, k).join("").length;
					const r = document.createRange();
					r.setStart(p.firstChild, u(start - off)); r.setEnd(p.firstChild, u(Math.min(end - off, n)));
					const b = r.getClientRects()[0];
					const lg = document.querySelector(".hx-article > .hx-legend").getBoundingClientRect();
					const pn = document.getElementById("hx-panel").getBoundingClientRect();
					window.__band = [b.top, b.bottom, lg.bottom, pn.top];
					return b.top >= lg.bottom && b.bottom <= pn.top;
				}
				off += n + 1;
			}
			return false;
		})()`)
		band := eval[[]float64](t, ctx, `window.__band`)
		p := eval[[]float64](t, ctx, `(() => { const p = document.getElementById("hx-panel").getBoundingClientRect(), a = document.getElementById("hx-accept").getBoundingClientRect(); return [p.top, p.bottom, a.top, a.bottom, innerHeight]; })()`)
		if p[0] < p[4]*0.45 || p[1] > p[4]+1 {
			t.Errorf("%s %s: the sheet spans [%.0f, %.0f] of %.0f px: it leaves too little of the article", run.lang, run.scheme, p[0], p[1], p[4])
		}
		if p[2] < p[0] || p[3] > p[4] {
			t.Errorf("%s %s: the accept button [%.0f, %.0f] is not on screen", run.lang, run.scheme, p[2], p[3])
		}
		viewShot(t, ctx, "phone-sheet-"+run.lang+"-"+run.scheme)
		t.Logf("%s %s: span [%.0f, %.0f] between legend %.0f and sheet %.0f", run.lang, run.scheme, band[0], band[1], band[2], band[3])
		clickJS(t, ctx, `document.getElementById("hx-close")`)
		poll(t, ctx, `!document.querySelector("#hx-panel[data-id]")`)
	}
	colourScheme(t, ctx, "")
}
