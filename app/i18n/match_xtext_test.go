package i18n

import (
	"testing"

	"golang.org/x/text/language"
)

// TestMatchAsXText checks Match against golang.org/x/text/language's
// Matcher over [ar, en], which Match replaced in the browser build (its
// tables cost app.wasm ~60 KB of brotli): single preferences and pairs.
// CLDR also weighs regions between two fallback languages (x/text gives
// Arabic for ["ur-PK", "ckb"], English for ["ur", "ckb"]); Match does not,
// and such pairs are left out.
func TestMatchAsXText(t *testing.T) {
	matcher := language.NewMatcher([]language.Tag{language.Arabic, language.English})
	xtext := func(prefs []string) Lang {
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
	tags := []string{
		"en", "en-GB", "en-US", "EN-us", "en_US", "en-Latn-US", "en-001", "en-150",
		"ar", "ar-EG", "ar-MA", "ar-SA", "ar-001", "AR-dz", "ar-Arab", "ar-Latn",
		"arz", "ary", "apc", "ajp", "aeb", "arq", "acm", "ars", "arb",
		"fr", "fr-FR", "de", "es-419", "fa", "ur", "he", "tr", "zh-Hant-TW", "ja",
		"sr-Latn-RS", "nb", "ku", "ckb", "und", "", "sw", "so-SO", "ps", "haw", "ar-Arab-EG", "en-Latn", "en-Arab", "pa-Arab", "hi", "ckb-IQ", "ar-u-nu-latn", "en-GB-oxendict",
		"not a tag!", "e", "-", "en-", "x-klingon", "en--GB", "1234",
	}
	for _, a := range tags {
		if got, want := Match([]string{a}), xtext([]string{a}); got != want {
			t.Errorf("Match(%q) = %s, x/text %s", a, got, want)
		}
		for _, b := range tags {
			prefs := []string{a, b}
			if got, want := Match(prefs), xtext(prefs); got != want {
				t.Errorf("Match(%q) = %s, x/text %s", prefs, got, want)
			}
		}
	}
}
