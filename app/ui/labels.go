package ui

import "github.com/hashiya/hashiya/app/annotation"

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

// labelTitles describe the labels in English.
var labelTitles = map[annotation.Label]string{
	annotation.PER:      "Person",
	annotation.LOC:      "Location",
	annotation.ORG:      "Organization",
	annotation.MISC:     "Other named entity",
	annotation.DATE:     "Date (TIMEX3 DATE)",
	annotation.TIME:     "Time of day (TIMEX3 TIME)",
	annotation.DURATION: "Duration (TIMEX3 DURATION)",
	annotation.SET:      "Recurring time (TIMEX3 SET)",
}

// labelForKey returns the label bound to a digit key ("1" → the first of
// annotation.Labels), or "".
func labelForKey(digit int) annotation.Label {
	if digit >= 1 && digit <= len(annotation.Labels) {
		return annotation.Labels[digit-1]
	}
	return ""
}
