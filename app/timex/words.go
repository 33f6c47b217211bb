package timex

// Word lists of the tagger, written in ordinary Arabic spelling. They are
// folded with arabic.FoldString when the lexicon is built (lexicon.go), so
// hamza forms of alif, ى/ي and ة/ه need not be listed twice; spellings that
// folding does not unify (يونيو/يونية, جويلية/جوييلية, tanween-less forms…)
// are listed explicitly.

// Month-naming systems (bit flags of monthWord.sys).
const (
	sysEgypt   = 1 << iota // يناير … ديسمبر (Egypt, Gulf, pan-Arab press)
	sysLevant              // كانون الثاني … كانون الأول (Syriac names)
	sysMaghreb             // جانفي … ديسمبر (Algeria, Tunisia)
	sysMorocco             // يناير … دجنبر (Morocco)
)

type monthWord struct {
	word  string
	month int
	sys   int
	amb   bool // also a common word, name or brand: needs a date context
}

// gregorianMonths lists one-word Gregorian month names with spelling
// variants and misspellings seen in news text. Two-word Syriac names
// (كانون الثاني, تشرين الأول…) are built from monthHeads.
var gregorianMonths = []monthWord{
	{"يناير", 1, sysEgypt | sysMorocco, false}, {"ينايِر", 1, sysEgypt, false},
	{"جانفي", 1, sysMaghreb, false}, {"جانفييه", 1, sysMaghreb, false},
	{"فبراير", 2, sysEgypt | sysMorocco, false}, {"فبرير", 2, sysEgypt, false},
	{"فيفري", 2, sysMaghreb, false}, {"فيبرابر", 2, sysEgypt, false},
	{"شباط", 2, sysLevant, false},
	{"مارس", 3, sysEgypt | sysMaghreb | sysMorocco, true}, {"آذار", 3, sysLevant, true},
	{"أبريل", 4, sysEgypt | sysMorocco, false}, {"ابريل", 4, sysEgypt, false},
	{"أفريل", 4, sysMaghreb, false}, {"نيسان", 4, sysLevant, true},
	{"مايو", 5, sysEgypt, false}, {"ماي", 5, sysMaghreb | sysMorocco, true},
	{"أيار", 5, sysLevant, false}, {"مايس", 5, sysLevant, true},
	{"يونيو", 6, sysEgypt | sysMorocco, false}, {"يونية", 6, sysEgypt, false},
	{"يونيه", 6, sysEgypt, false}, {"جوان", 6, sysMaghreb, true},
	{"حزيران", 6, sysLevant, false},
	{"يوليو", 7, sysEgypt, false}, {"يولية", 7, sysEgypt, false}, {"يوليه", 7, sysEgypt, false},
	{"يوليوز", 7, sysMorocco, false}, {"جويلية", 7, sysMaghreb, false},
	{"جوييلية", 7, sysMaghreb, false},
	{"تموز", 7, sysLevant, true},
	{"أغسطس", 8, sysEgypt, false}, {"اغسطس", 8, sysEgypt, false}, {"أغسطوس", 8, sysEgypt, false},
	{"أوت", 8, sysMaghreb, false}, {"غشت", 8, sysMorocco, false}, {"آب", 8, sysLevant, true},
	{"سبتمبر", 9, sysEgypt | sysMaghreb, false}, {"سيبتمبر", 9, sysEgypt, false},
	{"شتنبر", 9, sysMorocco, false}, {"أيلول", 9, sysLevant, false},
	{"أكتوبر", 10, sysEgypt | sysMaghreb | sysMorocco, false}, {"أوكتوبر", 10, sysEgypt, false},
	{"نوفمبر", 11, sysEgypt | sysMaghreb, false}, {"نونبر", 11, sysMorocco, false},
	{"نوفيمبر", 11, sysEgypt, false},
	{"ديسمبر", 12, sysEgypt | sysMaghreb, false}, {"دجنبر", 12, sysMorocco, false},
	{"ديسيمبر", 12, sysEgypt, false},
}

// hijriMonths lists one-word Hijri month names (and glued two-word ones).
var hijriMonths = []monthWord{
	{"محرم", 1, 0, true}, {"المحرم", 1, 0, true},
	{"صفر", 2, 0, true},
	{"رجب", 7, 0, true},
	{"شعبان", 8, 0, true},
	{"رمضان", 9, 0, true},
	{"شوال", 10, 0, false},
	{"ذوالقعدة", 11, 0, false}, {"ذيالقعدة", 11, 0, false},
	{"ذوالحجة", 12, 0, false}, {"ذيالحجة", 12, 0, false},
}

// Heads of two-word month names; the second word is an ordinal or one of
// monthSecond.
const (
	headKanun = iota + 1
	headTishrin
	headRabi
	headJumada
	headDhu
)

var monthHeads = map[string]int{
	"كانون": headKanun, "تشرين": headTishrin,
	"ربيع": headRabi, "جمادى": headJumada, "جماد": headJumada,
	"ذو": headDhu, "ذي": headDhu, "ذا": headDhu,
}

// monthSecond maps second words of two-word month names to 1 (first),
// 2 (second/last), 11 (القعدة) or 12 (الحجة).
var monthSecond = map[string]int{
	"الأول": 1, "الأولى": 1, "أول": 1, "الاولى": 1,
	"الثاني": 2, "الثانية": 2, "ثاني": 2, "الآخر": 2, "الآخرة": 2, "الاخر": 2, "الأخير": 2, "الأخيرة": 2,
	"القعدة": 11, "القعده": 11,
	"الحجة": 12, "الحجه": 12,
}

// weekdays maps weekday names to ISO numbers (1 = Monday … 7 = Sunday).
// art reports the ال form; bare forms (أحد "one", اثنين "two", جمعة a
// name) count only after يوم/نهار/كل/أيام.
var weekdays = []struct {
	word string
	iso  int
	art  bool
}{
	{"الأحد", 7, true}, {"أحد", 7, false},
	{"الاثنين", 1, true}, {"الإثنين", 1, true}, {"الأثنين", 1, true}, {"الاتنين", 1, true}, {"اثنين", 1, false}, {"إثنين", 1, false}, {"الثنين", 1, true},
	{"الثلاثاء", 2, true}, {"الثلاثا", 2, true}, {"الثلاتاء", 2, true}, {"ثلاثاء", 2, false},
	{"الأربعاء", 3, true}, {"الاربعا", 3, true}, {"أربعاء", 3, false},
	{"الخميس", 4, true}, {"خميس", 4, false},
	{"الجمعة", 5, true}, {"جمعة", 5, false},
	{"السبت", 6, true}, {"سبت", 6, false},
}

// Time units.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
)

// Forms of a unit noun.
const (
	formSing   = iota + 1 // يوم (also the accusative singular يوما used after 11–99)
	formPlural            // أيام
	formDual              // يومين
)

var units = []struct {
	word string
	u    unit
	form int
	amb  bool // also a common word with another sense: never alone
}{
	{"ثانية", uSecond, formSing, true}, {"ثوان", uSecond, formPlural, false}, {"ثواني", uSecond, formPlural, false}, {"ثانيتين", uSecond, formDual, false}, {"ثانيتان", uSecond, formDual, false},
	{"دقيقة", uMinute, formSing, false}, {"دقيقه", uMinute, formSing, false}, {"دقائق", uMinute, formPlural, false}, {"دقيقتين", uMinute, formDual, false}, {"دقيقتان", uMinute, formDual, false}, {"الدقائق", uMinute, formPlural, false},
	{"ساعة", uHour, formSing, false}, {"ساعات", uHour, formPlural, false}, {"ساعتين", uHour, formDual, false}, {"ساعتان", uHour, formDual, false}, {"الساعات", uHour, formPlural, false},
	{"يوم", uDay, formSing, false}, {"يوما", uDay, formSing, false}, {"أيام", uDay, formPlural, false}, {"يومين", uDay, formDual, false}, {"يومان", uDay, formDual, false}, {"الأيام", uDay, formPlural, false}, {"ايام", uDay, formPlural, false}, {"أياما", uDay, formPlural, false},
	{"أسبوع", uWeek, formSing, false}, {"أسبوعا", uWeek, formSing, false}, {"أسابيع", uWeek, formPlural, false}, {"أسبوعين", uWeek, formDual, false}, {"أسبوعان", uWeek, formDual, false}, {"الأسابيع", uWeek, formPlural, false},
	// Darija سيمانة (week): Darija Open Dataset, time.csv "simana" (MIT)
	{"سيمانة", uWeek, formSing, false}, {"سيمانات", uWeek, formPlural, false},
	{"شهر", uMonth, formSing, false}, {"شهرا", uMonth, formSing, false}, {"أشهر", uMonth, formPlural, false}, {"شهور", uMonth, formPlural, false}, {"شهورا", uMonth, formPlural, false}, {"شهرين", uMonth, formDual, false}, {"شهران", uMonth, formDual, false}, {"الأشهر", uMonth, formPlural, false}, {"الشهور", uMonth, formPlural, false},
	{"عام", uYear, formSing, false}, {"عاما", uYear, formSing, false}, {"أعوام", uYear, formPlural, false}, {"أعواما", uYear, formPlural, false}, {"عامين", uYear, formDual, false}, {"عامان", uYear, formDual, false}, {"الأعوام", uYear, formPlural, false},
	{"سنة", uYear, formSing, false}, {"سنه", uYear, formSing, false}, {"سنوات", uYear, formPlural, false}, {"سنين", uYear, formPlural, false}, {"سنتين", uYear, formDual, false}, {"سنتان", uYear, formDual, false}, {"السنوات", uYear, formPlural, false}, {"السنين", uYear, formPlural, false},
	{"عقد", uDecade, formSing, true}, {"عقود", uDecade, formPlural, false}, {"عقدين", uDecade, formDual, false}, {"عقدان", uDecade, formDual, false}, {"العقود", uDecade, formPlural, false},
	{"قرن", uCentury, formSing, false}, {"قرون", uCentury, formPlural, false}, {"قرنين", uCentury, formDual, false}, {"القرون", uCentury, formPlural, false},
}

// deicticUnits are the ال forms that take a modifier to make a relative
// date: الأسبوع الماضي، الشهر المقبل، العام الحالي.
var deicticUnits = []struct {
	word string
	u    unit
}{
	{"الأسبوع", uWeek}, {"الاسبوع", uWeek}, {"السيمانة", uWeek}, {"اليوم", uDay},
	{"الشهر", uMonth}, {"العام", uYear}, {"السنة", uYear}, {"العقد", uDecade}, {"القرن", uCentury},
}

// cardinals gives number words with their values (masculine and feminine,
// with and without ال, nominative and oblique; the indefinite accusative
// of 3–10 written with its alif, أربعا وثلاثين سنة).
var cardinals = []struct {
	word string
	n    int
}{
	{"واحد", 1}, {"واحدة", 1}, {"احد", 1}, {"إحدى", 1},
	{"اثنان", 2}, {"اثنين", 2}, {"اثنتان", 2}, {"اثنتين", 2}, {"اثنا", 2}, {"اثني", 2}, {"اثنتا", 2}, {"اثنتي", 2},
	{"ثلاث", 3}, {"ثلاثة", 3}, {"تلات", 3}, {"تلاتة", 3},
	{"أربع", 4}, {"أربعة", 4},
	{"خمس", 5}, {"خمسة", 5},
	{"ست", 6}, {"ستة", 6}, {"سته", 6},
	{"سبع", 7}, {"سبعة", 7},
	{"ثمان", 8}, {"ثماني", 8}, {"ثمانية", 8}, {"تمن", 8},
	{"تسع", 9}, {"تسعة", 9},
	{"عشر", 10}, {"عشرة", 10},
	{"ثلاثا", 3}, {"أربعا", 4}, {"خمسا", 5}, {"ستا", 6}, {"سبعا", 7}, {"ثمانيا", 8}, {"تسعا", 9}, {"عشرا", 10},
	{"عشرون", 20}, {"عشرين", 20}, {"ثلاثون", 30}, {"ثلاثين", 30}, {"أربعون", 40}, {"أربعين", 40},
	{"خمسون", 50}, {"خمسين", 50}, {"ستون", 60}, {"ستين", 60}, {"سبعون", 70}, {"سبعين", 70},
	{"ثمانون", 80}, {"ثمانين", 80}, {"تسعون", 90}, {"تسعين", 90},
	{"مئة", 100}, {"مائة", 100}, {"مئتين", 200}, {"مئتي", 200}, {"مائتي", 200}, {"مائتين", 200},
	{"ثلاثمائة", 300}, {"ثلاثمئة", 300}, {"أربعمائة", 400}, {"أربعمئة", 400}, {"خمسمائة", 500}, {"خمسمئة", 500},
	{"ستمائة", 600}, {"ستمئة", 600}, {"سبعمائة", 700}, {"سبعمئة", 700}, {"ثمانمائة", 800}, {"ثمانمئة", 800},
	{"تسعمائة", 900}, {"تسعمئة", 900},
	{"ألف", 1000}, {"ألفين", 2000}, {"ألفان", 2000}, {"ألفي", 2000},
}

// ordinals gives ordinal words (masculine and feminine) with their values.
var ordinals = []struct {
	word string
	n    int
}{
	{"الأول", 1}, {"الأولى", 1}, {"أول", 1}, {"الحادي", 1}, {"الحادية", 1}, {"الواحدة", 1},
	{"الثاني", 2}, {"الثانية", 2},
	{"الثالث", 3}, {"الثالثة", 3},
	{"الرابع", 4}, {"الرابعة", 4},
	{"الخامس", 5}, {"الخامسة", 5},
	{"السادس", 6}, {"السادسة", 6},
	{"السابع", 7}, {"السابعة", 7},
	{"الثامن", 8}, {"الثامنة", 8},
	{"التاسع", 9}, {"التاسعة", 9},
	{"العاشر", 10}, {"العاشرة", 10},
	{"العشرين", 20}, {"العشرون", 20}, {"الثلاثين", 30}, {"الثلاثون", 30},
	{"الأخير", -1}, {"الأخيرة", -1},
}

// Modifiers of relative expressions.
const (
	modPast2   = -2 // قبل الماضي: the one before the last
	modPast    = -1
	modFuture  = 1
	modCurrent = 2
	modFuture2 = 3 // بعد المقبل: the one after the next
)

// modOffset is the shift, in units, that a modifier gives a relative
// expression: -2 for قبل الماضي, -1 for الماضي, +1 for المقبل, +2 for بعد
// المقبل, 0 for the current one (الحالي، الجاري، هذا).
func modOffset(m int8) int {
	switch m {
	case modPast2:
		return -2
	case modPast:
		return -1
	case modFuture:
		return 1
	case modFuture2:
		return 2
	}
	return 0
}

var modifiers = []struct {
	word string
	mod  int
}{
	{"الماضي", modPast}, {"الماضية", modPast}, {"المنصرم", modPast}, {"المنصرمة", modPast},
	{"الفائت", modPast}, {"الفائتة", modPast}, {"السابق", modPast}, {"السابقة", modPast},
	{"الماضيين", modPast}, {"الماضيتين", modPast}, {"المنصرمين", modPast}, {"الأخيرين", modPast}, {"الأخيرتين", modPast},
	{"المقبلين", modFuture}, {"المقبلتين", modFuture}, {"القادمين", modFuture}, {"القادمتين", modFuture},
	{"المنقضي", modPast}, {"المنقضية", modPast}, {"الفارط", modPast}, {"الفارطة", modPast},
	{"المقبل", modFuture}, {"المقبلة", modFuture}, {"القادم", modFuture}, {"القادمة", modFuture},
	{"الجاي", modFuture}, {"الجاية", modFuture},
	{"التالي", modFuture}, {"التالية", modFuture}, {"الآتي", modFuture}, {"الآتية", modFuture},
	{"الموالي", modFuture}, {"الموالية", modFuture}, // Maghrebi: the following (الشهر الموالي)
	{"الحالي", modCurrent}, {"الحالية", modCurrent}, {"الجاري", modCurrent}, {"الجارية", modCurrent},
	{"هذا", modCurrent}, {"هذه", modCurrent}, {"هذ", modCurrent}, {"هاد", modCurrent}, {"هادي", modCurrent},
}

// Parts of the day (TIMEX3 MO AF EV NI, plus noon and midnight as clock
// times).
const (
	podMO = iota + 1
	podMI // noon: T12:00
	podAF
	podEV
	podNI
)

var podNames = [...]string{podMO: "MO", podMI: "MI", podAF: "AF", podEV: "EV", podNI: "NI"}

var partsOfDay = []struct {
	word string
	pod  int
	adv  bool // adverb after a time or day (صباحا، مساء، ليلا)
	noun bool // noun before a day (صباح الأحد، مساء أمس، ليلة 28 جوان)
}{
	{"صباح", podMO, false, true}, {"صبيحة", podMO, false, true}, {"صباحا", podMO, true, false}, {"الصباح", podMO, true, false}, {"صباحاً", podMO, true, false}, {"صبحا", podMO, true, false},
	{"ص", podMO, true, false},
	{"فجر", podMO, false, true}, {"فجرا", podMO, true, false}, {"الفجر", podMO, true, false},
	{"ضحى", podMO, false, true}, {"ضحى", podMO, true, false},
	{"ظهر", podMI, false, true}, {"ظهرا", podMI, true, false}, {"الظهر", podMI, true, false}, {"ظهيرة", podMI, false, true}, {"الظهيرة", podMI, true, false},
	{"عصر", podAF, false, true}, {"عصرا", podAF, true, false}, {"العصر", podAF, true, false},
	{"مساء", podEV, true, true}, {"مساءا", podEV, true, false}, {"المساء", podEV, true, false}, {"عشية", podAF, false, true}, {"عشيه", podAF, false, true}, // عشية اليوم: the afternoon (classical العشي, noon to sunset; Tunisian عشية)
	{"ليلة", podNI, false, true}, {"ليل", podNI, false, true}, {"ليلا", podNI, true, false}, {"الليل", podNI, true, false},
	{"النهار", podMI, false, false},
	// Maghrebi الزوال "noon" (زوال الشمس): بعد الزوال is the afternoon, قبل الزوال the
	// forenoon in Tunisian and Algerian usage (Wehr, "zawāl": noon; rulePod)
	{"الزوال", podMI, false, false},
	{"زوالا", podAF, true, false}, // Tunisian: الثالثة زوالا = 15:00 (after noon)
}

// relativeDays are deictic day words and their offsets from the DCT day.
var relativeDays = []struct {
	word string
	off  int
}{
	{"أمس", -1}, {"الأمس", -1}, {"امس", -1}, {"البارحة", -1}, {"البارح", -1}, {"لبارح", -1},
	{"اليوم", 0},
	{"غدا", 1}, {"الغد", 1}, {"غد", 1}, {"غدوة", 1},
	// colloquial forms quoted in news: Levantine, Egyptian, Gulf
	{"مبارح", -1}, {"امبارح", -1}, {"إمبارح", -1}, {"بكرا", 1}, {"باجر", 1}, {"النهارده", 0}, {"النهاردة", 0}, // not بكرة: ب + كرة (ball)
}

// vagueWords are one-word vague temporal references (TIMEX3 PAST_REF,
// PRESENT_REF, FUTURE_REF).
var vagueWords = []struct{ word, value string }{
	{"حاليا", "PRESENT_REF"}, {"الآن", "PRESENT_REF"}, {"حالياً", "PRESENT_REF"},
	{"دابا", "PRESENT_REF"}, // Darija "now": Darija Open Dataset, time.csv "daba" (MIT)
	{"مؤخرا", "PAST_REF"}, {"سابقا", "PAST_REF"}, {"حديثا", "PAST_REF"},
	{"لاحقا", "FUTURE_REF"}, {"قريبا", "FUTURE_REF"}, {"مستقبلا", "FUTURE_REF"},
}

// setAdverbs are frequency adverbs (TIMEX3 SET).
var setAdverbs = []struct{ word, value string }{
	{"يوميا", "P1D"}, {"أسبوعيا", "P1W"}, {"شهريا", "P1M"}, {"سنويا", "P1Y"}, {"سنوياً", "P1Y"},
	{"يومياً", "P1D"}, {"شهرياً", "P1M"}, {"أسبوعياً", "P1W"},
}

// Function words used as context or connectors.
var (
	// Words after which a bare month name or year is read as a date.
	dateContextWords = []string{
		"في", "منذ", "مند", "حتى", "خلال", "من", "إلى", "الى", "بعد", "قبل", "غاية", "لغاية",
		"شهر", "شهري", "بتاريخ", "تاريخ", "أواخر", "أوائل", "مطلع", "بداية", "نهاية", "منتصف", "أواسط", "مستهل", "ختام",
		"حلول", "بحلول", "طيلة", "طوال", "عام", "سنة", "ف", "فـ",
	}
	// Boundary words: part of a month or year (TIMEX3 mod START/MID/END).
	boundaryWords = []struct{ word, mod string }{
		{"مطلع", "START"}, {"بداية", "START"}, {"أوائل", "START"}, {"مستهل", "START"}, {"بدايات", "START"},
		{"منتصف", "MID"}, {"أواسط", "MID"}, {"وسط", "MID"},
		{"موفى", "END"}, // Tunisian "end of" (موفى جوان، مع موفى 2015)
		{"أواخر", "END"}, {"نهاية", "END"}, {"ختام", "END"}, {"آخر", "END"}, {"اواخر", "END"}, {"نهايات", "END"},
	}
	// Year markers after a year number.
	gregorianMarkers = []string{"م", "ميلادي", "ميلادية", "للميلاد", "ميلادياً"}
	hijriMarkers     = []string{"هـ", "ه", "هجري", "هجرية", "للهجرة", "هجرياً"}
	// Head nouns kept in a span before a year / day / month / hour.
	yearHeads   = []string{"عام", "سنة", "العام", "السنة", "عامي", "سنتي", "العامين", "السنتين"}
	dayHeads    = []string{"يوم", "نهار", "يومي"}
	monthHeadsW = []string{"شهر", "شهري"}
	hourHeads   = []string{"الساعة", "ساعة", "الساعه"}
	// Words after "في اليوم" etc. that show a distributive reading.
	companyCues = []string{"واتس", "الواتس", "واتز", "شركة", "شركات", "سيارات", "سيارة", "موتور", "موتورز", "رينو", "تويوتا", "هوندا", "مجموعة", "ماركة", "علامة", "طراز"}
	placeCues   = []string{"مدينة", "شارع", "ميدان", "جسر", "كوبري", "حي", "جامعة", "نادي", "محور", "ساحة", "مستشفى", "مدرسة", "كلية", "قاعة", "نفق", "مطار", "محطة"}
	// Nouns announcing the title of a work or a campaign in quotes (فيلم
	// «بكرة أحلى»، برنامج "صباح الخير"): a date word in the title is no date.
	titleCues = []string{"فيلم", "الفيلم", "مسلسل", "المسلسل", "برنامج", "البرنامج", "مسرحية", "المسرحية", "أغنية", "الأغنية", "اغنية",
		"كتاب", "الكتاب", "كتابه", "رواية", "الرواية", "روايته", "ألبوم", "الألبوم", "البوم", "قصيدة", "القصيدة", "عنوان", "بعنوان", "شعار", "الشعار",
		"حملة", "الحملة", "مبادرة", "المبادرة", "مهرجان", "المهرجان", "حصة", "الحصة", "مسابقة", "المسابقة", "فقرة", "الفقرة"}
	blocCues   = []string{"قوى", "فريق", "تيار", "تحالف", "حركة", "معسكر", "تكتل", "جماعة", "ائتلاف", "نواب", "كتلة", "فريقا"}
	futureCues = []string{"سوف", "المقرر", "المنتظر", "المتوقع", "يعتزم", "تعتزم", "سيتم", "ستتم", "ستعقد", "سيعقد", "ستنطلق", "سينطلق", "ستجرى", "سيجري", "ستجري",
		"سيكون", "ستكون", "سيزور", "ستزور", "سيصل", "ستصل", "سيبدأ", "ستبدأ", "سيلتقي", "ستلتقي", "سيشارك", "ستشارك", "سيقام", "ستقام", "سيشهد", "ستشهد", "سيحضر", "ستحضر", "سيعلن", "ستعلن", "سيتوجه", "ستتوجه", "سيغادر", "ستغادر", "سيلقي", "ستنظم", "سينظم",
		"يتوقع", "تتوقع", "المرتقب", "المزمع", "سيتم", "ستبدأ", "ستنطلق", "سيكون", "ستفتتح", "سيفتتح",
		"اعتبارا", "ابتداء", "أرجأ", "أرجأت", "أجلت", "تأجيل", "إرجاء", "غادي", "غادية", "رح", "حيكون", "هيكون"}
	// Epithets after a Hijri month: رمضان المبارك، محرم الحرام.
	monthEpithets = []string{"المبارك", "الكريم", "المعظم", "الحرام", "الفضيل"}
)

// vaguePhrases are multi-word vague references; the first word is looked up
// in the lexicon, the others compared in folded form.
var vaguePhrases = []struct {
	words string
	value string
}{
	{"وقت سابق", "PAST_REF"}, {"وقت لاحق", "FUTURE_REF"},
	{"أقرب وقت ممكن", "FUTURE_REF"}, {"أقرب وقت", "FUTURE_REF"},
	{"ذلك الوقت", "PAST_REF"}, {"تلك الفترة", "PAST_REF"},
	{"الوقت الحالي", "PRESENT_REF"}, {"الوقت الراهن", "PRESENT_REF"}, {"الوقت الحاضر", "PRESENT_REF"},
	{"الآونة الأخيرة", "PAST_REF"}, {"الفترة الأخيرة", "PAST_REF"}, {"هذه الأيام", "PRESENT_REF"},
	{"الفترة المقبلة", "FUTURE_REF"}, {"المرحلة المقبلة", "FUTURE_REF"},
	{"قبل قليل", "PAST_REF"}, {"منذ قليل", "PAST_REF"}, {"بعد قليل", "FUTURE_REF"},
	{"الفترة الماضية", "PAST_REF"}, {"الفترة المنصرمة", "PAST_REF"}, {"الفترة السابقة", "PAST_REF"},
	{"الفترة القادمة", "FUTURE_REF"}, {"المرحلة القادمة", "FUTURE_REF"}, {"الفترة الحالية", "PRESENT_REF"},
	{"يومنا هذا", "PRESENT_REF"}, {"يومنا الحاضر", "PRESENT_REF"}, // إلى يومنا هذا: to this day
}

// yearContextWords may precede a bare year written without عام or a
// marker (في 2014، منذ 2011، حتى 2020).
var yearContextWords = []string{
	"في", "منذ", "مند", "حتى", "خلال", "قبل", "بعد", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "منتصف",
	"حلول", "بحلول", "إلى", "الى", "طيلة", "طوال", "غاية", "لغاية", "موسم", "ربيع", "صيف", "خريف", "شتاء",
	"الفترة", "فترة", "الأعوام", "أعوام", "السنوات", "سنوات", "مواليد", "ميزانية", "موازنة",
	// Maghrebi boundaries and horizons: موفى 2017 (end of), أواسط 2016, في أفق 2030
	"موفى", "موفي", "أواسط", "اواسط", "مستهل", "أفق", "افق",
	// a census or estimate of a year: إحصاء 2005، (إحصائية 2004)، تقديرات 2008
	"إحصاء", "احصاء", "إحصائية", "احصائية", "إحصائيات", "احصائيات", "تعداد", "تقديرات",
	// events named by their year: حرب 1967، ثورة 1952، انتخابات 2014
	"حرب", "نكسة", "نكبة", "ثورة", "انتفاضة", "انتخابات", "استفتاء", "دستور", "مونديال", "أولمبياد", "اولمبياد",
	"أحداث", "هجمات", "زلزال", "أزمة", "اتفاقية", "معاهدة", "اتفاق", "انقلاب", "مجزرة", "عدوان", "كارثة", "دورة", "بطولة",
}

// recordCues announce a record measured over a stretch of time: "للمرة
// الأولى منذ عشرين عاما"، "أعلى مستوى في عام"، "الأكبر منذ عقد": what
// follows منذ or في is a duration, not a date.
var recordCues = []string{"مرة", "المرة", "الأولى", "أول", "مستوى", "مستويات", "أعلى", "الأعلى", "أدنى", "الأدنى", "أكبر", "الأكبر", "أسوأ", "الأسوأ",
	"أفضل", "الأفضل", "أقوى", "الأقوى", "أضعف", "الأضعف", "أطول", "الأطول", "أسرع", "الأسرع", "أكثر", "أقل", "ارتفاع", "انخفاض"}

// stateCues are verbs and adjectives of a state that has lasted up to the
// time of the text: "ظل يشغله منذ 20 سنة"، "نحن هنا منذ 28 سنة"، "مفقود
// منذ ثلاثة أيام", past verbs of holding or leading (ترأس، راهن), and
// the negation لم ("لم يزرها منذ عشر سنوات"): the
// measure after منذ is a DURATION (how long), not the date it started;
// after a verb of an event (وصل منذ يومين) it is a date.
var stateCues = []string{"ظل", "ظلت", "يظل", "تظل", "ظلوا", "زال", "زالت", "يزال", "تزال", "مازال", "مازالت", "لازال", "لازالت", "مايزال", "لايزال",
	"هنا", "يعيش", "تعيش", "يعيشون", "يقيم", "تقيم", "يقيمون", "مقيم", "مقيمة", "مستمر", "مستمرة", "متواصل", "متواصلة", "يستمر", "تستمر",
	"يتواصل", "تتواصل", "قائم", "قائمة", "مغلق", "مغلقة", "معتقل", "معتقلا", "محتجز", "محتجزا", "مسجون", "مفقود", "مفقودا", "مفقودة",
	"يشغل", "يشغله", "تشغل", "يعمل", "تعمل", "يعملون", "يعاني", "تعاني", "ينتظر", "تنتظر", "ينتظرون", "يحكم", "لم", "يتولى", "مضربون", "مضربين", "معتصمون", "معتصمين",
	// past verbs of holding or leading that last (راهن منذ عقود على الرواية، ترأس البلاد منذ عشرين عاما: for so long)
	"راهن", "راهنت", "يراهن", "تراهن", "ترأس", "ترأست", "تزعم", "تزعمت", "هيمن", "هيمنت", "احتكر", "احتكرت"}

// notYearCues precede a number that is a page, a reference, a phone number
// or a price rather than a year (ص 1995، رقم 2010، بسعر 2000).
var notYearCues = []string{"ص", "صفحة", "الصفحة", "صفحات", "الصفحات", "رقم", "الرقم", "هاتف", "الهاتف", "سعر", "بسعر", "السعر",
	"العدد", "عدد", "الفصل", "المادة", "مادة", "البند", "قانون", "القانون", "ريال", "دينار", "دولار", "درهم", "جنيه", "ليرة", "يورو", "كم", "متر",
	"قرار", "القرار", "مرسوم", "المرسوم"} // resolutions and decrees by number (القرار 1701)

// decades are the decade names of the twentieth century (TIMEX3 value: the
// first three digits of the years).
var decades = []struct {
	word   string
	decade int
}{
	{"العشرينيات", 192}, {"العشرينات", 192}, {"الثلاثينيات", 193}, {"الثلاثينات", 193},
	{"الأربعينيات", 194}, {"الأربعينات", 194}, {"الخمسينيات", 195}, {"الخمسينات", 195},
	{"الستينيات", 196}, {"الستينات", 196}, {"السبعينيات", 197}, {"السبعينات", 197},
	{"الثمانينيات", 198}, {"الثمانينات", 198}, {"التسعينيات", 199}, {"التسعينات", 199},
	// construct forms before القرن (ستينيات القرن الماضي، سبعينيات القرن السادس عشر)
	{"عشرينيات", 192}, {"ثلاثينيات", 193}, {"أربعينيات", 194}, {"خمسينيات", 195}, {"ستينيات", 196},
	{"سبعينيات", 197}, {"ثمانينيات", 198}, {"تسعينيات", 199}, {"عشرينات", 192}, {"ثلاثينات", 193},
	{"أربعينات", 194}, {"خمسينات", 195}, {"ستينات", 196}, {"سبعينات", 197}, {"ثمانينات", 198}, {"تسعينات", 199},
}

// holidays are feasts and commemorations named in news, with the calendar
// day they fall on (Hijri ones are converted with Umm al-Qura). Moveable
// Christian feasts and national days are left out. The first word is
// looked up in the lexicon, the others compared in folded form.
var holidays = []struct {
	words      string
	hijri      bool
	month, day int
}{
	{"عيد الفطر", true, 10, 1}, {"عيد الأضحى", true, 12, 10}, {"عيد الاضحي", true, 12, 10},
	{"رأس السنة الهجرية", true, 1, 1}, {"رأس السنة الهجري", true, 1, 1},
	{"المولد النبوي", true, 3, 12},
	{"عاشوراء", true, 1, 10}, {"يوم عاشوراء", true, 1, 10},
	{"يوم عرفة", true, 12, 9}, {"يوم عرفات", true, 12, 9}, {"وقفة عرفة", true, 12, 9}, {"وقفة عرفات", true, 12, 9},
	{"الإسراء والمعراج", true, 7, 27},
	{"رأس السنة الميلادية", false, 1, 1}, {"رأس السنة الجديدة", false, 1, 1}, {"رأس السنة الإدارية", false, 1, 1}, // Tunisian: the calendar year
	{"عيد الميلاد المجيد", false, 12, 25}, {"عيد الميلاد", false, 12, 25}, // not عيد ميلاده (a birthday)
	{"عيد الشغل", false, 5, 1}, {"عيد العمال", false, 5, 1},
}

// holidayEpithets may follow a holiday name inside its span.
var holidayEpithets = []string{"المبارك", "السعيد", "الشريف", "المجيد", "الكريم"}

// seasons maps season words to TIMEX3 season codes.
var seasons = []struct{ word, code string }{
	{"صيف", "SU"}, {"الصيف", "SU"}, {"شتاء", "WI"}, {"الشتاء", "WI"},
	{"خريف", "FA"}, {"الخريف", "FA"}, {"ربيع", "SP"}, {"الربيع", "SP"},
	{"صائفة", "SU"}, {"الصائفة", "SU"}, // Tunisian: the summer (season)
}

// Time zones after a clock time: "بتوقيت مكة المكرمة"، "بالتوقيت المحلي"،
// "بتوقيت غرينتش". zoneHeads carry a proclitic ب; zoneSecond may follow
// the zone name (or be the name: المحلي).
var (
	zoneHeads  = []string{"توقيت", "التوقيت"}
	zoneSecond = []string{"المكرمة", "المحلي", "غرينتش", "جرينتش", "غرينيتش", "العالمي", "الصيفي", "الشتوي", "الموحد", "الرسمي"}
)

// anaphoricDays are words for a day relative to the last day the text
// named (or the DCT): اليوم التالي، في اليوم نفسه.
var anaphoricDays = []struct {
	word string
	off  int
}{
	{"التالي", 1}, {"الموالي", 1}, {"الموالية", 1}, {"اللاحق", 1}, {"الآتي", 1}, {"السابق", -1},
	{"نفسه", 0}, {"ذاته", 0},
}

// countedNouns after a bare number show it counts something (2016 ألف
// برميل، 1990 زائرا): the number is not a year.
var countedNouns = []string{
	"ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "دولار", "دولارا", "جنيه", "جنيها", "ريال", "ريالا",
	"درهم", "درهما", "دينار", "دينارا", "يورو", "ليرة", "شخص", "شخصا", "طن", "برميل", "متر", "مترا", "كيلومتر",
	"كلم", "نسمة", "صوت", "صوتا", "مقعد", "مقعدا", "طالب", "طالبا", "زائر", "زائرا", "حالة", "حالات", "سهم",
}

// sentenceAdverbs end in ا like accusative nouns but may follow a year
// (في 2015 أيضا): they never make it a count (rule_year.go: countedAfter).
var sentenceAdverbs = []string{
	"أيضا", "تقريبا", "تحديدا", "مثلا", "خصوصا", "أساسا", "عموما", "رسميا", "تماما", "إطلاقا", "فعليا",
	"فصاعدا", "ابتداء", "اعتبارا", "انطلاقا", "وصولا", "مجددا", "مجدداً", "جدا", "أبدا", "دائما", "غالبا",
	"وفقا", "طبقا", "تبعا", "نظرا", "خلافا", "قياسا", "استنادا", "بناء", "إثر", "عقب", "أيضاً", "كانا", "كانتا", // في 2007 وفقا لـ…
}

// dayAdjectives after اليوم make it "the … day" (besides adjectives in ي
// such as الوطني and words of the lexicon such as الأول).
var dayAdjectives = []string{
	"الأخير", "المفتوح", "الموعود", "الكبير", "الحاسم", "الأسود", "المشهود", "العصيب", "الطويل", "الحافل",
	"المقرر", "المحدد", "الذي", "المخصص", "المنتظر", "المرتقب", "الختامي", "الأخيرة",
	"الوحيد", "الجديد", "العظيم", "السعيد", "المشؤوم", "الحزين", "الأليم", "العصيب", "الفاصل", "الكامل",
}

// notFutureS are common words in سي/ست/سن/سا that are not future verbs
// (rule_weekday.go: futureVerb).
var notFutureS = []string{
	"سيارة", "سيارات", "سياسة", "سياسات", "سياسي", "سياسية", "سياسيين", "سيادة", "سيطرة", "سيدة", "سيدات", "سيول",
	"سينما", "سيناء", "سيناريو", "ستين", "ستار", "ستون", "ستالين", "ستوكهولم", "سيرة", "سيدي", "سيجارة", "سيبيريا",
	"ستراسبورغ", "ساعات", "ساعة", "سابق", "سابقة", "سابقا", "سادس", "سادسة", "سنوات", "سنوية", "سنوي", "سنة", "سنين",
	"سناء", "سنغافورة", "سنغال", "سيف", "سيول", "سيتي", "ستاد", "ستوديو", "سياحة", "سياحي", "سياحية", "سيراليون",
	"سيمانة", "سيناتور", "سيشل", "ساحة", "ساحل", "سامي", "سالم", "سامح", "ساعد", "ساهم", "سافر", "سارع",
	"سبتمبر", "ستيفن", "سيرغي", "سيرجيو", "سيمون", "ستيف", "سنترال", "سنتيمتر", "ستراتيجية", "ساكنة", "ساكنيها",
}

// agencies are news agencies named in parentheses on datelines
// ("الكويت - 22 - 11 (كونا)"): a day and month before one is a date.
var agencies = []string{
	"كونا", "واس", "وام", "بترا", "سانا", "قنا", "بنا", "العمانية", "وات", "واج", "ومع", "سبأ", "رويترز",
	"الأناضول", "شينخوا", "سبوتنيك", "نينا", "موريتانيد", "وفا", "لانا", "سونا", "يونا",
}

// durationVerbs take a bare plural unit as a duration: أمضوا سنوات (PXY).
var durationVerbs = []string{
	"أمضى", "أمضت", "أمضوا", "قضى", "قضت", "قضوا", "استمر", "استمرت", "دام", "دامت", "استغرق", "استغرقت",
	"امتد", "امتدت", "ظل", "ظلت", "بقي", "بقيت", "مكث", "مكثت", "انتظر", "انتظرت", "انتظروا",
	"تأخر", "تأخرت", "تأخروا", "يستمر", "تستمر", "يدوم", "تدوم", "تتواصل", "يتواصل", "استمروا",
}

// kanWords before a future cue make it past: "كان من المقرر".
var kanWords = []string{"كان", "كانت", "وكان", "وكانت"}
