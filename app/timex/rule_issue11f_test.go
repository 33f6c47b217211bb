package timex

import "testing"

// Issue 11, sixth pass: examples of our own for the families found in the
// tagger's output on unlabelled Wikipedia and Jawhara FM lines outside
// every held-out set.

// TestSinceYesterday: منذ أمس / منذ يوم أمس count from yesterday (span
// without منذ), while قبل أمس / قبل يوم أمس is the day before it.
func TestSinceYesterday(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"بدأ العمال إضرابهم منذ يوم أمس في المصنع", "يوم أمس", "2016-11-28", Date},
		{"تتواصل الأمطار منذ أمس على الشمال", "أمس", "2016-11-28", Date},
		{"وصل الوفد قبل يوم أمس إلى العاصمة", "قبل يوم أمس", "2016-11-27", Date},
		{"وصل الوفد قبل أمس إلى العاصمة", "قبل أمس", "2016-11-27", Date},
	})
	checkNarrative(t, []row{
		{"افتتح المعرض اليوم الجمعة 15 أفريل 2016 ويزوره الوزير منذ يوم أمس", "يوم أمس", "2016-04-14", Date},
	})
}

// TestSinceState: after a verb or adjective of a lasting state (ظل، لا
// يزال، يعيش، مفقود، لم …) the measure after منذ says how long: a
// DURATION without منذ; after a verb of an event it is the date.
func TestSinceState(t *testing.T) {
	checkRows(t, refDCT, []row{
		{"ظل يشغل المنصب منذ 15 سنة حسب الصحيفة", "15 سنة", "P15Y", Duration},
		{"نحن مقيمون هنا منذ 12 عاما", "12 عاما", "P12Y", Duration},
		{"لا يزال الطريق مغلقا منذ ثلاثة أيام", "ثلاثة أيام", "P3D", Duration},
		{"الصياد مفقود منذ أسبوعين قرب السواحل", "أسبوعين", "P2W", Duration},
		{"لم يزر الرئيس المدينة منذ خمس سنوات", "خمس سنوات", "P5Y", Duration},
		{"وصل الوفد منذ ثلاثة أيام إلى العاصمة", "منذ ثلاثة أيام", "2016-11-26", Date},
		{"انطلقت الأشغال منذ شهرين", "منذ شهرين", "2016-09", Date},
		// a state cue does not make a sentence-opening verb a perfect
		{"تستمر العروض في الفترة من 14 إلى 21 يناير", "21 يناير", "2017-01-21", Date},
	})
}
