// Package timex is Hashiya's Arabic temporal tagger: it finds temporal
// expressions (TIMEX3 DATE, TIME, DURATION, SET) in Arabic news text and
// gives each a normalized value resolved against the document creation time
// (DCT).
//
// It handles explicit dates in every order and separator and in every digit
// system; the four Arabic month-naming systems (Egyptian/standard,
// Levantine/Syriac, Algerian/Tunisian, Moroccan) with spelling variants and
// month pairs (يونيو/حزيران); Hijri dates converted with the Umm al-Qura
// calendar (package app/hijri); clock times and parts of the day, with time
// zones (بتوقيت مكة، بالتوقيت المحلي); deictic and relative dates (أمس،
// الأسبوع الماضي، قبل ستة أشهر) and days relative to the last day the text
// named (اليوم التالي، في اليوم نفسه); feasts dated through
// their calendar (عيد الفطر، عيد الأضحى، رأس السنة الهجرية، المولد النبوي،
// عيد الشغل); seasons (صيف 2020), quarters, weekends (نهاية الأسبوع),
// decades and centuries (القرن العشرين); durations, compound ones included
// (سنة وشهرين: P1Y2M); sets; vague references (PAST_REF, PRESENT_REF,
// FUTURE_REF: مؤخرا، منذ سنوات، قبل أيام).
//
// Matching works on the folded text (arabic.Fold: no tashkeel, tatweel or
// bidi marks, unified hamza/alif forms, ASCII digits) split into tokens
// (scan.go); each word is looked up once in a lexicon built from the word
// lists of words.go, with proclitics (و ف ب ل ك) stripped. Rules
// (rule_*.go, one per file, gathered in rules in rules.go) are small
// recursive-descent matchers over tokens that fill a frame (frame.go); no
// regular expression runs over the text. Overlapping matches are resolved by
// one strategy, leftmost-longest (rules.go: selectCands); then the bare
// days of coordinated dates and lists are added (من 10 إلى 15 مارس، 3 و4 و5
// ديسمبر، من الثامن إلى العاشر من ديسمبر) and yearless dates take the year
// of a coordinated one (coordinate), a set next to a clock time is merged into one
// SET (mergeSetTime), values are resolved against the DCT, clock times are
// anchored to the day of their sentence and Hijri/Gregorian equivalents are
// linked (build.go). A weekday directly followed by its date is matched as
// one expression by the date rule. Offsets are Unicode code points into the
// original text, mapped back with arabic.Folded.Span, so spans keep their
// original characters (tashkeel, tatweel) and exclude proclitics.
//
// Yearless dates (Gregorian or Hijri, feasts included) take the DCT year, or
// the year before when that would put them more than nine months after the
// DCT (with الماضي/المقبل: the latest occurrence before / the next after the
// DCT; in a future context — سوف، من المقرر، a verb in سـ, على أن — the next
// occurrence on or after the DCT); with no DCT, the last year the text
// named. A stated weekday that does not fit that year but fits the year
// before or after moves the date there (يوم الخميس 23 فيفري: 2017). A bare weekday is the latest such day on or before the
// DCT, unless a future cue (سوف، سيجري، المقبل) points forward, or the
// first such day after the date that opens its range (من يوم الأحد المقبل …
// حتى الخميس). Clock times in the small hours after an evening of the same
// sentence (مساء أمس … حتى الثانية فجرا) fall on the next day. An unmarked
// year of 1300–1500 is read as Hijri only when the text marks Hijri years
// elsewhere; a Hijri date is converted with the Umm al-Qura table, and an
// explicit equivalent stated in the text wins over the table both ways
// (the Hijri date takes the stated Gregorian value, the Gregorian date the
// stated Hijri one, each with a Note giving the table's figure). Every
// Value satisfies ValidValue: an offset from the DCT that leaves years
// 1–9999 (قبل 99999999999 يوما) is PAST_REF or FUTURE_REF with a Note,
// numbers longer than 24 digits are no quantities, and a duration keeps
// its number exactly as written (P99999999999999999999D).
//
// Span conventions follow the project's gold guidelines: head nouns
// (يوم، عام، شهر، الساعة) and value-changing modifiers (الماضي، المقبل…) are
// inside a span, separate prepositions (في، منذ، خلال) and attached
// proclitics are outside, except that منذ/قبل/بعد are kept when they make a
// duration into a date (قبل ستة أشهر). A date and a following clock time are
// two spans; a weekday directly followed by its date is one span.
package timex

import (
	"time"
)

// Type is the TIMEX3 type of an expression.
type Type string

// TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Calendar names used in Expression.Calendar.
const (
	Gregorian = "gregorian"
	Hijri     = "hijri"
)

// Expression is one temporal expression found in a text.
type Expression struct {
	Start, End int    // code points, half-open, into the text passed to Tag
	Text       string // the original text of the span
	Type       Type
	// Value is the TIMEX3 value in the Gregorian calendar (2016-11-29,
	// 2016-06, 2016, 2016-11-29T11:11, 2016-11-29TNI, 2015-Q1, 2016-W47, P6M,
	// PT2H, XXXX-WXX-2, PAST_REF…), "" when there is no Gregorian equivalent
	// (a Hijri year or month, a Hijri date outside the Umm al-Qura table).
	Value string
	// Calendar is "gregorian" or "hijri": the calendar the text uses.
	Calendar string
	// Hijri is the Hijri value (1438-02-28, 1438-02, 1438) of a Hijri
	// expression, and the Umm al-Qura equivalent of a Gregorian day date
	// (or the Hijri date the text states as its equivalent, see Link).
	Hijri string
	Note  string // why Value is empty, or how it was chosen
	Mod   string // TIMEX3 mod: START, MID, END (مطلع، منتصف، أواخر)
	// Link is the index in the returned slice of the equivalent date in the
	// other calendar stated in the text (… الموافق …), or -1.
	Link int
}

// Options control tagging.
type Options struct {
	// DCT is the document creation time. Relative expressions are resolved
	// against it; when it is zero they keep X placeholders (XXXX-WXX-2).
	DCT time.Time
	// Narrative, when DCT is zero, anchors relative expressions on the
	// text's own dates, as HeidelTime's narrative mode does (Strötgen &
	// Gertz 2013, "Multilingual and cross-domain temporal tagging"): each
	// is resolved against the most recent explicit day date (day, month and
	// year, either calendar) stated before it, and keeps X placeholders
	// (XXXX-XX-XX, XXXX-WXX-2) before any such date.
	Narrative bool
}

// Tag returns the temporal expressions of text sorted by Start. It never
// panics and runs in time linear in the length of text.
func Tag(text string, opt Options) []Expression {
	return tag(text, opt, rules)
}

// tag runs the given rules (all of them for Tag; one alone in the rule
// tests).
func tag(text string, opt Options, rs []rule) (out []Expression) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	if text == "" {
		return nil
	}
	s := newScan(text, rs)
	defer s.release()
	s.tokenize()
	s.match()
	sel := s.selectCands()
	sel = s.joinParts(sel)
	sel = s.coordinate(sel)
	sel = s.mergeSetTime(sel)
	return s.build(sel, opt)
}
