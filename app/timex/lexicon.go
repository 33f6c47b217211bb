package timex

import (
	"strings"
	"sync"

	"github.com/hashiya/hashiya/app/arabic"
)

// Word flags of a sense.
const (
	fYearHead    uint64 = 1 << iota // عام سنة العام عامي
	fDayHead                        // يوم نهار يومي
	fDualHead                       // عامي يومي (dual head before a coordination)
	fMonthHead                      // شهر
	fHourHead                       // الساعة
	fMarkG                          // م ميلادي
	fMarkH                          // هـ هجري للهجرة
	fDateContext                    // في منذ حتى خلال …
	fAgo                            // قبل منذ
	fAfter                          // بعد
	fEvery                          // كل
	fFrom                           // من
	fTo                             // إلى الى حتى لغاية غاية
	fAnd                            // و
	fMuwafiq                        // الموافق
	fGhurra                         // غرة (first day of a month)
	fQuarter                        // الربع الفصل
	fHalf                           // النصف
	fPassed                         // مضت خلت
	fCompany                        // شركة سيارات … (نيسان the carmaker)
	fBloc                           // قوى تيار … (Lebanese blocs «14 آذار»)
	fFuture                         // سوف المقرر … (future context for bare weekdays)
	fMidnight                       // منتصف (منتصف الليل، منتصف النهار)
	fZero                           // صفر الصفر (الساعة الصفر)
	fHalfHour                       // النصف (والنصف)
	fQuarterHour                    // الربع
	fMinus                          // إلا
	fThisDem                        // هذا هذه (before a unit)
	fFiscal                         // المالي (العام المالي)
	fAfterWord                      // بعد in "عاما بعد عام"
	fSeveral                        // عدة بضعة بضع
	fLi                             // اللي (Darija relative pronoun)
	fYearContext                    // في منذ حتى … before a bare year
	fTonight                        // الليلة (tonight)
	fPrayer                         // صلاة (صلاة العصر)
	fPodContext                     // بعد قبل عند حتى منذ before الصباح/العصر
	fThroughout                     // طوال طيلة
	fWhole                          // كامل كاملة
	fForPeriod                      // لمدة مدة
	fThirdHour                      // ثلث (وثلث، إلا ثلث)
	fIn                             // في (في الليل)
	fFew                            // القليلة (الأيام القليلة الماضية)
	fApprox                         // نحو حوالي قرابة أكثر أقل
	fNoon                           // الظهيرة (noon, never "the back")
	fQuarters                       // أرباع (ثلاثة أرباع)
	fEpithet                        // المبارك (شهر رمضان المبارك)
	fThatDem                        // ذلك تلك
	fSame                           // نفسه ذاته نفس
	fAhad                           // أحد إحدى: one only in أحد عشر
	fAkhir                          // آخر (آخر أسبوع)
	fPlaceCue                       // مدينة شارع ميدان … before a date used as a name (مدينة 6 أكتوبر)
	fBC                             // ق (ق.م: before Christ)
	fPastOnly                       // الماضي المنصرم الفائت: past, never "former"
	fCalAdj                         // الهجري الميلادي القمري after a unit: another calendar
	fTitleCue                       // فيلم مسلسل برنامج … before a quoted title
	fMoreThan                       // أكثر أزيد يزيد يربو (… من/على/عن: TIMEX3 mod MORE_THAN)
	fLessThan                       // أقل يقل (… من/عن: LESS_THAN)
	fNotYear                        // ص صفحة رقم هاتف سعر … before a number that is no year
	fRecord                         // مرة مستوى الأعلى الأكبر …: "the first time / highest in N years"
	fMillennium                     // الألفية: a millennium (rule_era.go)
	fThen                           // بعدها قبلها: "after/before it" (بعدها بثلاثة أيام)
	fState                          // ظل، لا يزال، يعيش، مستمر …: a state lasting since (منذ N سنة is a duration)
)

// sense is everything the lexicon knows about one folded word form.
type sense struct {
	month, hmonth int8 // Gregorian / Hijri month from a one-word name
	msys          uint8
	mamb          bool // month name needing a date context
	mhead         int8 // first word of a two-word month name
	msecond       int8 // second word of a two-word month name
	wday          int8 // ISO weekday
	wdArt         bool
	unit          unit
	uform         int8
	uamb          bool
	card          int16 // cardinal value
	ord           int8  // ordinal value (-1 الأخير)
	mod           int8
	pod           int8
	podAdv        bool
	podNoun       bool
	dayRel        int8
	isDayRel      bool
	deictic       unit // unit of an ال form taking a modifier
	boundary      string
	vague         string
	set           string
	flags         uint64
	phrases       []int16 // vaguePhrases starting with this word
	decade        int16   // 198 for الثمانينيات
	holidays      []int16 // holidays starting with this word
	holPre        int8    // proclitic letters before the holiday word (بعيد = ب + عيد)
	season        string  // TIMEX3 season code (SU WI FA SP)
	zone          bool    // توقيت (a time zone follows)
	zone2         bool    // المحلي، المكرمة (second word of a zone)
	anaDay        int8    // اليوم + this word: offset from the last named day
	isAnaDay      bool
	counted       bool // a counted noun after a number
	event         bool // a noun of an event or occasion named by its year (كأس، قمة، اتفاق)
	kan           bool // كان before a future cue
	durVerb       bool // أمضى، استمر: a bare plural unit after it is a duration
	agency        bool // a news agency on a dateline (كونا)
	dayAdj        bool // اليوم + this adjective is "the … day", not today
	sFuture       bool // a word in سـ that is not a future verb (سيارة)
	start         bool // the word can begin an expression (startable)
}

// bloomBits is the size of the lexicon's Bloom filter (bits).
const bloomBits = 1 << 20

// runeHash is FNV-1a over the runes of a word (for the Bloom filter).
func runeHash(rs []rune) uint32 {
	h := uint32(2166136261)
	for _, r := range rs {
		h ^= uint32(r)
		h *= 16777619
	}
	return h
}

type lexicon struct {
	bloom   []uint64 // Bloom filter over the folded words (two bits per word)
	senses  []sense
	phrases [][][]rune       // vaguePhrases, folded, split into words
	hphr    [][][]rune       // holidays, folded, split into words
	epith   [][]rune         // holidayEpithets, folded
	words   map[string]int32 // folded word → index in senses
	afterL  map[string]int32 // folded "ل…" forms of ال words, valid after a proclitic ل (للعام → لعام)
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func getLexicon() *lexicon {
	lexOnce.Do(func() { lex = buildLexicon() })
	return lex
}

func buildLexicon() *lexicon {
	l := &lexicon{words: map[string]int32{}, afterL: map[string]int32{}}
	get := func(w string) *sense {
		k := arabic.FoldString(w)
		i, ok := l.words[k]
		if !ok {
			i = int32(len(l.senses))
			l.senses = append(l.senses, sense{})
			l.words[k] = i
		}
		return &l.senses[i]
	}
	flag := func(f uint64, ws ...string) {
		for _, w := range ws {
			get(w).flags |= f
		}
	}
	for _, m := range gregorianMonths {
		s := get(m.word)
		s.month, s.msys, s.mamb = int8(m.month), uint8(m.sys), m.amb
	}
	for _, m := range hijriMonths {
		s := get(m.word)
		s.hmonth, s.mamb = int8(m.month), m.amb
	}
	for w, h := range monthHeads {
		get(w).mhead = int8(h)
	}
	for w, n := range monthSecond {
		get(w).msecond = int8(n)
	}
	for _, w := range weekdays {
		s := get(w.word)
		s.wday, s.wdArt = int8(w.iso), w.art
	}
	for _, u := range units {
		s := get(u.word)
		s.unit, s.uform, s.uamb = u.u, int8(u.form), u.amb
		if u.form == formDual {
			d := get("ال" + u.word) // اليومين الماضيين
			d.unit, d.uform = u.u, formDual
		}
	}
	for _, u := range deicticUnits {
		get(u.word).deictic = u.u
	}
	for _, c := range cardinals {
		if c.n > 0 {
			get(c.word).card = int16(c.n)
			get("ال" + c.word).card = int16(c.n)
		}
	}
	for _, o := range ordinals {
		get(o.word).ord = int8(o.n)
	}
	for _, m := range modifiers {
		get(m.word).mod = int8(m.mod)
	}
	for _, p := range partsOfDay {
		s := get(p.word)
		s.pod = int8(p.pod)
		s.podAdv = s.podAdv || p.adv
		s.podNoun = s.podNoun || p.noun
	}
	for _, r := range relativeDays {
		s := get(r.word)
		s.dayRel, s.isDayRel = int8(r.off), true
	}
	for _, v := range vagueWords {
		get(v.word).vague = v.value
	}
	for _, v := range setAdverbs {
		get(v.word).set = v.value
	}
	for _, b := range boundaryWords {
		get(b.word).boundary = b.mod
	}
	flag(fDateContext, dateContextWords...)
	flag(fMarkG, gregorianMarkers...)
	flag(fMarkH, hijriMarkers...)
	flag(fYearHead, yearHeads...)
	flag(fDayHead, dayHeads...)
	flag(fDualHead, "عامي", "يومي", "سنتي", "شهري", "العامين", "السنتين")
	flag(fMonthHead, monthHeadsW...)
	flag(fHourHead, hourHeads...)
	flag(fAgo, "قبل", "منذ", "مند")
	flag(fAfter, "بعد")
	flag(fEvery, "كل")
	flag(fFrom, "من", "بين", "مابين") // مابين 2007 و2012: ما glued to بين
	flag(fTo, "إلى", "الى", "حتى", "لغاية", "غاية", "ل", "و")
	flag(fAnd, "و")
	flag(fMuwafiq, "الموافق", "الموافقة", "موافق", "لموافق", "المصادف", "المصادفة", "الموافقين")
	flag(fGhurra, "غرة", "مستهل")
	flag(fQuarter, "الربع", "ربع", "الفصل", "الثلاثي", "الثلاثية") // Maghrebi الثلاثي الأول من 2016: Q1
	flag(fThirdHour, "ثلث", "الثلث")
	flag(fHalf, "النصف", "نصف", "السداسي", "السداسية") // Maghrebi السداسي الأول: H1
	flag(fPassed, "مضت", "خلت", "مضى", "خلا", "فاتت", "فات")
	flag(fCompany, companyCues...)
	flag(fBloc, blocCues...)
	flag(fFuture, futureCues...)
	flag(fMidnight, "منتصف")
	flag(fZero, "صفر", "الصفر")
	flag(fHalfHour, "النصف", "نصف")
	flag(fQuarterHour, "الربع", "ربع")
	flag(fMinus, "إلا", "الا")
	flag(fThisDem, "هذا", "هذه", "هذ", "هاد", "هادي")
	flag(fFiscal, "المالي", "المالية", "الدراسي", "الدراسية", "الإداري", "الإدارية", "الجامعي", "الجامعية", "القضائي", "القضائية") // السنة الإدارية: the calendar year (Tunisian)
	flag(fAfterWord, "بعد")
	flag(fSeveral, "عدة", "بضعة", "بضع", "بعض")
	flag(fLi, "اللي")
	flag(fYearContext, yearContextWords...)
	flag(fTonight, "الليلة")
	flag(fThroughout, "طوال", "طيلة")
	flag(fWhole, "كامل", "كاملة", "كاملا", "كاملين", "كاملتين", "كاملان", "كاملتان", "بكامله", "بأكمله")
	flag(fForPeriod, "لمدة", "مدة", "لفترة", "فترة", "غضون") // في غضون أسبوع: within a week
	flag(fIn, "في")
	flag(fNoon, "الظهيرة")
	flag(fAhad, "أحد", "إحدى")
	flag(fAkhir, "آخر")
	flag(fCalAdj, "الهجري", "الهجرية", "الميلادي", "الميلادية", "القمري", "القمرية")
	flag(fPastOnly, "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "المنقضي")
	flag(fPlaceCue, placeCues...)
	flag(fTitleCue, titleCues...)
	flag(fNotYear, notYearCues...)
	flag(fRecord, recordCues...)
	flag(fState, stateCues...)
	flag(fMillennium, "الألفية", "الالفية", "ألفية", "الفية")
	flag(fThen, "بعدها", "قبلها", "بعده", "قبله")
	flag(fMoreThan, "أكثر", "أزيد", "يزيد", "يربو", "تزيد")
	flag(fLessThan, "أقل", "يقل", "تقل")
	flag(fGhurra, "فاتح")
	flag(fEpithet, monthEpithets...)
	flag(fThatDem, "ذلك", "تلك")
	flag(fSame, "نفسه", "ذاته", "نفس", "نفسها", "ذاتها")
	flag(0, partHeads...) // الجزء (المبكر من القرن): known, so its proclitic is read off (rule_era.go partBefore)
	flag(fQuarters, "أرباع")
	flag(fFew, "القليلة", "القليل", "الأخيرة", "الماضية")
	flag(fApprox, "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "أكثر", "أقل", "يقارب", "يناهز", "تقارب", "تناهز")
	for _, d := range decades {
		get(d.word).decade = int16(d.decade)
	}
	flag(fPrayer, "صلاة", "صلاتي", "أذان", "آذان")
	flag(fPodContext, "بعد", "قبل", "عند", "حتى", "منذ", "مند", "وقت", "فترة", "قبيل", "بعيد", "حوالي")
	for pi, p := range vaguePhrases {
		var ws [][]rune
		for _, w := range strings.Fields(arabic.FoldString(p.words)) {
			ws = append(ws, []rune(w))
		}
		l.phrases = append(l.phrases, ws)
		s := get(string(ws[0]))
		s.phrases = append(s.phrases, int16(pi))
	}
	for hi, h := range holidays {
		var ws [][]rune
		for _, w := range strings.Fields(arabic.FoldString(h.words)) {
			ws = append(ws, []rune(w))
		}
		l.hphr = append(l.hphr, ws)
		s := get(string(ws[0]))
		s.holidays = append(s.holidays, int16(hi))
	}
	// A proclitic before a holiday word may make another lexicon word
	// (بعيد "far" = ب + عيد): that word carries the holiday too.
	for hi, ws := range l.hphr {
		for _, c := range "وفبلك" {
			if k, ok := l.words[string(c)+string(ws[0])]; ok {
				l.senses[k].holidays = append(l.senses[k].holidays, int16(hi))
				l.senses[k].holPre = 1
			}
		}
	}
	for _, w := range holidayEpithets {
		l.epith = append(l.epith, []rune(arabic.FoldString(w)))
	}
	for _, x := range seasons {
		get(x.word).season = x.code
	}
	for _, w := range zoneHeads {
		get(w).zone = true
	}
	for _, w := range zoneSecond {
		get(w).zone2 = true
	}
	for _, a := range anaphoricDays {
		s := get(a.word)
		s.anaDay, s.isAnaDay = int8(a.off), true
	}
	for _, w := range countedNouns {
		get(w).counted = true
	}
	for _, w := range eventYearNouns {
		get(w).event = true
		if !strings.HasPrefix(w, "ال") {
			get("ال" + w).event = true // الانتخابات البرلمانية 2010
		}
	}
	for _, w := range sentenceAdverbs {
		get(w) // known words: never counted nouns
	}
	for _, w := range dayAdjectives {
		get(w).dayAdj = true
	}
	for _, w := range notFutureS {
		get(w).sFuture = true
	}
	for _, w := range agencies {
		get(w).agency = true
	}
	for _, w := range durationVerbs {
		get(w).durVerb = true
	}
	for _, w := range kanWords {
		get(w).kan = true
	}
	// ل forms of ال words: after a proclitic ل, ال loses its alif (للعام).
	for k, i := range l.words {
		r := []rune(k)
		if len(r) > 3 && r[0] == 'ا' && r[1] == 'ل' {
			l.afterL[string(r[1:])] = i
		}
	}
	l.bloom = make([]uint64, bloomBits/64)
	for _, m := range []map[string]int32{l.words, l.afterL} {
		for k := range m {
			h := runeHash([]rune(k))
			a, b := h%bloomBits, (h>>12)%bloomBits
			l.bloom[a/64] |= 1 << (a % 64)
			l.bloom[b/64] |= 1 << (b % 64)
		}
	}
	for i := range l.senses {
		l.senses[i].start = startable(&l.senses[i])
	}
	return l
}

// startFlags are the flags of words that can begin an expression (a head
// noun, an offset word, a quantifier…); words with only other flags (في،
// من، الماضي، سوف) never start one, and the rules are not tried at them.
const startFlags = fYearHead | fDayHead | fMonthHead | fHourHead | fAgo | fAfter | fEvery | fGhurra |
	fQuarter | fHalf | fMidnight | fThisDem | fSeveral | fThroughout | fNoon | fThatDem | fSame | fAkhir | fZero | fTonight | fMillennium | fThen | fThirdHour

func startable(s *sense) bool {
	return s.flags&startFlags != 0 || s.month != 0 || s.hmonth != 0 || s.mhead != 0 || s.wday != 0 ||
		s.unit != uNone || s.card != 0 || s.ord != 0 || s.deictic != uNone || s.pod != 0 || s.isDayRel ||
		s.vague != "" || s.set != "" || len(s.phrases) > 0 || s.boundary != "" || s.decade != 0 ||
		len(s.holidays) > 0 || s.season != ""
}
