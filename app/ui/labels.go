package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/labelset"
)

// labels is the label set the interface shows and labels with: its order
// is the order of the legend, the relabel chips, the list filter and the
// search's label menu; its keys are the hotkeys. applyLabelSet replaces it.
var labels = labelset.Default()

// defaultLabels is the default set, for the standard labels' names.
var defaultLabels = labelset.Default()

// shownLabels returns the labels offered for labelling (not hidden).
func shownLabels() []labelset.Label { return labels.Visible() }

// labelForKey returns the visible label bound to a digit key, or "".
func labelForKey(digit int) annotation.Label {
	if digit < 1 || digit > 9 {
		return ""
	}
	if l, ok := labels.ForKey(strconv.Itoa(digit)); ok {
		return l.Code
	}
	return ""
}

// labelKey returns the hotkey of a label, "" for none or a hidden label.
func labelKey(code annotation.Label) string {
	if i := labels.Find(code); i >= 0 && !labels.Labels[i].Hidden {
		return labels.Labels[i].Key
	}
	return ""
}

// isHidden reports whether the label set hides code.
func isHidden(code annotation.Label) bool {
	i := labels.Find(code)
	return i >= 0 && labels.Labels[i].Hidden
}

// labelName names a label in the interface language: the name the label
// set gives it, except that a standard label still bearing its default
// (Arabic) name is named in English in the English interface ("Person");
// the code for a label the set does not hold.
func labelName(l i18n.Lang, code annotation.Label) string {
	i := labels.Find(code)
	if i < 0 {
		return string(code)
	}
	name := labels.Labels[i].Name
	if d := defaultLabels.Find(code); d >= 0 && defaultLabels.Labels[d].Name == name {
		return l.T("label." + string(code))
	}
	return name
}

// labelText is a label's name with its code ("شخص PER", "Person PER"), or
// the code alone when the name is the code.
func labelText(l i18n.Lang, code annotation.Label) string {
	if n := labelName(l, code); n != string(code) {
		return n + " " + string(code)
	}
	return string(code)
}

// labelTitle describes a label (its tooltip): a standard label's meaning
// ("Date (TIMEX3 DATE)"), else its name and code.
func labelTitle(l i18n.Lang, code annotation.Label) string {
	if code.IsStandard() {
		return labelName(l, code) + " — " + l.T("label."+string(code)+".title")
	}
	return labelText(l, code)
}

// labelIdent is the label's code as a CSS identifier part, for the
// highlight names (hx-IDENT, hx-s-IDENT), the swatch classes (sw-IDENT)
// and the colour variables (--IDENT): ASCII letters, digits and '-' are
// kept (so the standard labels are their code), every other byte is
// written _xx in hex. Distinct codes give distinct identifiers.
func labelIdent(code annotation.Label) string {
	var b strings.Builder
	for i := 0; i < len(code); i++ {
		c := code[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "_%02x", c)
		}
	}
	return b.String()
}

// labelCSS is the style sheet of the labels whose colour the stylesheet
// (web/hashiya.css) does not already give: labels added to the set, and
// standard labels recoloured or hidden. Colours are variables on :root
// (case C3: never only inside ::highlight), with deeper tones in the dark
// theme so the text painted over them stays readable; a hidden label's
// colours are transparent.
func labelCSS(s labelset.Set) string {
	var light, dark, rules, onDark strings.Builder
	for _, l := range s.Labels {
		id := labelIdent(l.Code)
		d := defaultLabels.Find(l.Code)
		std := d >= 0
		if std && defaultLabels.Labels[d].Colour == l.Colour && !l.Hidden {
			continue // the stylesheet's own tones
		}
		v, vs, dv, dvs := l.Colour, mix(l.Colour, 255, 60), mix(l.Colour, 0, 45), mix(l.Colour, 0, 72)
		if l.Hidden {
			v, vs, dv, dvs = "transparent", "transparent", "transparent", "transparent"
		}
		if !l.Hidden && luminance(l.Colour) < 0.2 {
			// A deep colour chosen for the light theme: white text on it.
			fmt.Fprintf(&onDark, "::highlight(hx-%s){color:#fff}\n", id)
		}
		fmt.Fprintf(&light, "--%s:%s;--%s-s:%s;", id, v, id, vs)
		fmt.Fprintf(&dark, "--%s:%s;--%s-s:%s;", id, dv, id, dvs)
		if !std {
			fmt.Fprintf(&rules, ".sw-%s{background:var(--%s)}\n", id, id)
			fmt.Fprintf(&rules, "::highlight(hx-%s){background-color:var(--%s)}\n", id, id)
			fmt.Fprintf(&rules, "::highlight(hx-s-%s){background-color:var(--%s-s);text-decoration:underline dotted var(--%s)}\n", id, id, id)
		}
	}
	if light.Len() == 0 {
		return ""
	}
	css := ":root{" + light.String() + "}\n@media (prefers-color-scheme: dark){:root{" + dark.String() + "}}\n" + rules.String()
	if onDark.Len() > 0 {
		css += "@media not (prefers-color-scheme: dark){" + onDark.String() + "}\n"
	}
	return css
}

// luminance is the WCAG 2 relative luminance (0 black … 1 white) of a
// #rrggbb colour; 1 for anything else.
func luminance(c string) float64 {
	if len(c) != 7 || c[0] != '#' {
		return 1
	}
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return 1
		}
		x := float64(v) / 255
		if x <= 0.04045 {
			x /= 12.92
		} else {
			x = math.Pow((x+0.055)/1.055, 2.4)
		}
		l += w * x
	}
	return l
}

// mix mixes a #rrggbb colour pct% towards the grey level to (255 white,
// 0 black).
func mix(c string, to, pct uint64) string {
	if len(c) != 7 {
		return c
	}
	out := "#"
	for i := 1; i < 7; i += 2 {
		v, err := strconv.ParseUint(c[i:i+2], 16, 8)
		if err != nil {
			return c
		}
		out += fmt.Sprintf("%02x", (v*(100-pct)+to*pct)/100)
	}
	return out
}
