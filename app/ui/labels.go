package ui

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
)

// labelNames are the Arabic names shown next to the labels.
var labelNames = map[annotation.Label]string{
	annotation.PER:      "شخص",
	annotation.LOC:      "مكان",
	annotation.ORG:      "منظمة",
	annotation.MISC:     "أخرى",
	annotation.DATE:     "تاريخ",
	annotation.TIME:     "وقت",
	annotation.DURATION: "مدة",
	annotation.SET:      "تكرار",
}

// labelTitles describe the labels, in Arabic then English.
var labelTitles = map[annotation.Label]string{
	annotation.PER:      "شخص — Person",
	annotation.LOC:      "مكان — Location",
	annotation.ORG:      "منظمة — Organization",
	annotation.MISC:     "كيان آخر — Other named entity",
	annotation.DATE:     "تاريخ — Date (TIMEX3 DATE)",
	annotation.TIME:     "وقت — Time of day (TIMEX3 TIME)",
	annotation.DURATION: "مدة — Duration (TIMEX3 DURATION)",
	annotation.SET:      "تكرار — Recurring time (TIMEX3 SET)",
}

// labelForKey returns the label bound to a digit key ("1" → the first of
// annotation.Labels), or "".
func labelForKey(digit int) annotation.Label {
	if digit >= 1 && digit <= len(annotation.Labels) && !hiddenLabels[annotation.Labels[digit-1]] {
		return annotation.Labels[digit-1]
	}
	return ""
}

// labelText names a label in the interface language: the Arabic name and
// the code in Arabic, the code and its English title otherwise.
func labelText(l i18n.Lang, lb annotation.Label) string {
	if l == i18n.EN {
		return string(lb)
	}
	return labelNames[lb] + " " + string(lb)
}

// hiddenLabels are the labels the label set hides (applyLabelSet): no
// chip in the legend, no key.
var hiddenLabels = map[annotation.Label]bool{}
