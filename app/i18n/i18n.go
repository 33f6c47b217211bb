// Package i18n holds the interface languages of Hashiya (Arabic and
// English): the choice of language from the browser's preferences
// (navigator.languages) by their primary language subtag, the
// writing direction of each, and the message catalog of the editing
// controls. The article itself is always right to left whatever the
// interface language.
package i18n

import "strings"

// Lang is an interface language: a BCP 47 tag.
type Lang string

// The interface languages.
const (
	AR Lang = "ar" // Arabic, the default
	EN Lang = "en" // English
)

// Langs lists the interface languages, the default first.
var Langs = []Lang{AR, EN}

// Match chooses the interface language for the browser's preferred
// languages (navigator.languages, most preferred first, BCP 47 tags such as
// "en-GB", "ar-EG", "fr", "arz"), as golang.org/x/text/language's Matcher
// over [ar, en] answers (CLDR's language matching; TestMatchAsXText
// compares the two), without its tables, which cost the browser build
// ~60 KB of brotli: the first preference that is Arabic or English itself
// (any region; "ar-Latn" aside) wins; else the first that is Central
// Kurdish (Arabic) or a language whose speakers CLDR gives English as the
// fallback (Urdu, Swahili, Somali…, in their usual script: English); else Arabic, which is also
// what the other varieties of Arabic ("arz" Egyptian, "ary" Moroccan…,
// "ar-Latn") get. Tags that do not parse are skipped.
func Match(prefs []string) Lang {
	for _, p := range prefs {
		base, script, ok := splitTag(p)
		if !ok {
			continue
		}
		switch {
		case base == "en" && (script == "" || script == "latn"):
			return EN
		case (base == "ar" || base == "arb") && (script == "" || script == "arab"):
			return AR
		}
	}
	// CLDR rates these fallbacks closer than the Arabic varieties: x/text
	// picks English for ["arz", "ur"], Arabic for ["ckb", "ur"].
	for _, p := range prefs {
		if base, script, ok := splitTag(p); ok && englishMatch[base] && script == "" {
			return EN
		} else if ok && base == "ckb" {
			return AR
		}
	}
	return AR
}

// englishMatch holds the languages whose speakers CLDR's language
// matching gives English as the fallback (as x/text answers them).
var englishMatch = setOf("ak bn cy ee eo ga gd ha haw ia ig is ka km kn lg lo mi ml mt my ne ny om or pa ps rn sd si sn so sq st sw ta te ti tn to ur xh yi yo zu")

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
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

// splitTag returns the lower-cased primary language subtag of a BCP 47
// tag ("en" of "en-GB", "en_US" too) and its script subtag ("latn" of
// "sr-Latn-RS", "" without), ok=false when the tag is not well formed:
// subtags of 1–8 ASCII letters or digits separated by "-" or "_", the
// first of 2–3 letters (longer ones are reserved or registered-only and
// name no interface language).
func splitTag(tag string) (base, script string, ok bool) {
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	if len(parts) == 0 || strings.Count(tag, "-")+strings.Count(tag, "_") != len(parts)-1 {
		return "", "", false
	}
	for i, s := range parts {
		if len(s) > 8 {
			return "", "", false
		}
		for j := 0; j < len(s); j++ {
			c := s[j] | 0x20
			letter := c >= 'a' && c <= 'z'
			digit := s[j] >= '0' && s[j] <= '9'
			if !letter && !(digit && i > 0) {
				return "", "", false
			}
		}
	}
	if len(parts[0]) < 2 || len(parts[0]) > 3 {
		return "", "", false
	}
	if len(parts) > 1 && len(parts[1]) == 4 && parts[1][0] > '9' {
		script = strings.ToLower(parts[1])
	}
	return strings.ToLower(parts[0]), script, true
}
