// Package i18n holds the interface languages of Hashiya (Arabic and
// English): the choice of language from the browser's preferences
// (navigator.languages) with golang.org/x/text/language matching, the
// writing direction of each, and the message catalog of the editing
// controls. The article itself is always right to left whatever the
// interface language.
package i18n

import (
	"golang.org/x/text/language"
)

// Lang is an interface language: a BCP 47 tag.
type Lang string

// The interface languages.
const (
	AR Lang = "ar" // Arabic, the default
	EN Lang = "en" // English
)

// Langs lists the interface languages, the default first.
var Langs = []Lang{AR, EN}

var matcher = language.NewMatcher([]language.Tag{language.Arabic, language.English})

// Match chooses the interface language for the browser's preferred
// languages (navigator.languages, most preferred first, BCP 47 tags such as
// "en-GB", "ar-EG", "fr"). Tags that do not parse are skipped; when no
// preference matches Arabic or English closely enough, Arabic is chosen
// (the matcher's default, the first supported tag).
func Match(prefs []string) Lang {
	var tags []language.Tag
	for _, p := range prefs {
		if t, err := language.Parse(p); err == nil {
			tags = append(tags, t)
		}
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return AR
	}
	return Langs[i]
}

// Parse returns the Lang of a stored setting, ok=false for anything else.
func Parse(s string) (Lang, bool) {
	switch Lang(s) {
	case AR, EN:
		return Lang(s), true
	}
	return AR, false
}

// Dir returns the writing direction of the interface: "rtl" or "ltr".
func (l Lang) Dir() string {
	if l == EN {
		return "ltr"
	}
	return "rtl"
}

// Other returns the other interface language (the switch's target).
func (l Lang) Other() Lang {
	if l == EN {
		return AR
	}
	return EN
}

// Name is the language's name in itself, for the switch.
func (l Lang) Name() string {
	if l == EN {
		return "English"
	}
	return "العربية"
}

// T returns the message key in l; a key missing from the catalog is
// returned as is (and caught by the catalog test).
func (l Lang) T(key string) string {
	m, ok := catalog[key]
	if !ok {
		return key
	}
	if l == EN {
		return m[1]
	}
	return m[0]
}
