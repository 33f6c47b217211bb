package timex

import "testing"

// Issue 11, third pass: examples of our own for families 2, 6 and 7.

// TestPastContext: a yearless date in a clause marked past by an auxiliary
// (كان، تم، لم، لقد) is the latest such date on or before the DCT; a
// reported clause (قال إن …) keeps the default.
func TestPastContext(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"كان المؤتمر قد عقد في 20 ديسمبر", "20 ديسمبر", "2015-12-20", Date},
		{"تم توقيع الاتفاق في 15 فبراير", "15 فبراير", "2016-02-15", Date},
		{"لم يحضر اجتماع 10 ديسمبر", "10 ديسمبر", "2015-12-10", Date},
		{"تم توقيع الاتفاق في 15 نوفمبر", "15 نوفمبر", "2016-11-15", Date},
		{"قال الوزير إن القمة في 20 ديسمبر", "20 ديسمبر", "2016-12-20", Date},
		{"من المقرر أن تعقد القمة في 20 فبراير", "20 فبراير", "2017-02-20", Date},
	})
}

// TestCountedFromLastDay: بعد ذلك / قبل ذلك + ب + days or weeks counts from
// the last day named (DCT when none).
func TestCountedFromLastDay(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"وصل الوفد في 12 مارس 2016 وغادر بعد ذلك بثلاثة أيام", "بعد ذلك بثلاثة أيام", "2016-03-15", Date},
		{"وقع في 12 مارس 2016 وكان قد زارها قبل ذلك بيومين", "قبل ذلك بيومين", "2016-03-10", Date},
		{"وصل في 12 مارس 2016 ثم عاد بعد ذلك بأسبوعين", "بعد ذلك بأسبوعين", "2016-03-26", Date},
		{"وصل بعد ذلك بيوم", "بعد ذلك بيوم", "2016-11-30", Date},
	})
}

// TestVaguePlurals: a plural unit with a verb of duration a few words
// before, in the accusative, or with an adjective of number is an
// unspecified number of units; منذ عقد is P10Y, but عقد "contract" is not.
func TestVaguePlurals(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"بقي الجنود هناك أياما ثم غادروا", "أياما", "PXD", Duration},
		{"استمرت المفاوضات أسابيع دون نتيجة", "أسابيع", "PXW", Duration},
		{"قضى أعواما في المنفى", "أعواما", "PXY", Duration},
		{"عاش في المدينة سنوات طويلة", "سنوات طويلة", "PXY", Duration},
		{"غادر البلاد منذ عقد.", "عقد", "P10Y", Duration},
		{"غادر البلاد منذ عقد من الزمن", "عقد من الزمن", "P10Y", Duration},
		{"وقع عقدا مع الشركة", "", "", ""},
		{"منذ عقد اتفاق السلام", "", "", ""},
		{"نشر أخبارا كثيرة", "", "", ""},
	})
}
