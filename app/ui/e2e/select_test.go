package e2e

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// A selection becomes an annotation with code-point offsets (Source manual,
// Status accepted), through the keyboard (1–8) or a label button, in both
// drag directions, snapped to graphemes and words; the stored span, the
// side panel and the highlight agree. Cases A1, A6, A9, A10, A11, A12, A13,
// A14 of /work/shared/cases.
func TestSelectionBecomesAnnotation(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)

	for _, c := range []struct {
		id, text      string
		start, end    int    // selection in code points (u16 when u16 is true)
		u16, backward bool   // offsets are UTF-16; drag right to left
		how           string // key or button
		label         string
		want          string
		wantS, wantE  int
	}{
		{"A1", "🔴 عاجل: وزير الخارجية يصل إلى عمّان", 30, 35, false, false, "key", "LOC", "عمّان", 30, 35},
		{"A6 forward", "مرحبا بالعالم", 6, 13, false, false, "key", "MISC", "بالعالم", 6, 13},
		{"A6 backward", "مرحبا بالعالم!", 6, 13, false, true, "button", "MISC", "بالعالم", 6, 13},
		{"A10", "الفريق فاز 😀 بالمباراة", 13, 22, false, true, "key", "MISC", "بالمباراة", 13, 22},
		{"A11", "👩🏽\u200d⚕️ الطبيبة في المستشفى", 17, 25, false, false, "button", "LOC", "المستشفى", 17, 25},
		{"A12", "الطقس اليوم ☀️🌧️ متقلب", 15, 23, true, false, "key", "MISC", "🌧️ متقلب", 14, 22},
		{"A13", "سجلت الوزارة 1,250 إصابة جديدة", 14, 17, false, false, "key", "MISC", "1,250", 13, 18},
		{"A14", "زارَ وفدٌ رسميٌّ القاهرةَ", 10, 14, false, true, "key", "MISC", "رسميٌّ", 10, 16},
	} {
		t.Run(c.id, func(t *testing.T) {
			pasteDocument(t, ctx, c.text)
			if c.u16 {
				selectU16(t, ctx, c.start, c.end)
			} else {
				selectCP(t, ctx, c.start, c.end, c.backward)
			}
			switch c.how {
			case "key":
				key(t, ctx, fmt.Sprint(labelKey(c.label)))
			default:
				clickJS(t, ctx, fmt.Sprintf(`document.querySelector('.hx-legend button[data-label=%q]')`, c.label))
			}
			a := waitLabelled(t, ctx, c.label)
			if a.Start != c.wantS || a.End != c.wantE || a.Quote != c.want || a.Status != "accepted" {
				t.Errorf("stored %+v, want [%d,%d) %q accepted", a, c.wantS, c.wantE, c.want)
			}
			if !utf8.ValidString(a.Quote) || strings.ContainsRune(a.Quote, '\uFFFD') {
				t.Errorf("stored quote %q is broken", a.Quote)
			}
			if got := string([]rune(c.text)[a.Start:a.End]); got != a.Quote {
				t.Errorf("text[%d:%d] = %q, quote %q", a.Start, a.End, got, a.Quote)
			}
			// The side panel shows the new span; the highlight covers exactly it.
			poll(t, ctx, fmt.Sprintf(`document.getElementById("hx-span") && document.getElementById("hx-span").textContent.startsWith("[%d, %d)")`, c.wantS, c.wantE))
			hl := highlightTexts(t, ctx)
			if !contains(hl["hx-"+c.label], c.want) || !contains(hl["hx-selected"], c.want) {
				t.Errorf("highlights %v do not cover %q", hl, c.want)
			}
			if sel := eval[string](t, ctx, `getSelection().toString()`); sel != "" {
				t.Errorf("the selection %q was left after labelling", sel)
			}
		})
	}
	screenshot(t, ctx, "selection-A14")
}

// Case A9: labelling one span adds nothing to the text, so a later
// selection's offsets are unchanged.
func TestLabelsDoNotShiftOffsets(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "رئيس الوزراء التقى وزير الدفاع"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 0, 12, false)
	key(t, ctx, "1")
	waitLabelled(t, ctx, "PER")
	if got := eval[string](t, ctx, `document.getElementById("hx-text").textContent`); got != text {
		t.Fatalf("the rendered text changed after labelling: %q", got)
	}
	selectCP(t, ctx, 19, 30, false)
	key(t, ctx, "3")
	a := waitLabelled(t, ctx, "ORG")
	if a.Start != 19 || a.End != 30 || a.Quote != "وزير الدفاع" {
		t.Errorf("second span %+v, want [19,30) وزير الدفاع", a)
	}
}

func labelKey(label string) int {
	for i, l := range []string{"PER", "LOC", "ORG", "MISC", "DATE", "TIME", "DURATION", "SET"} {
		if l == label {
			return i + 1
		}
	}
	return 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
