package timex

// ruleWeekday: a weekday naming a specific day, with an optional head and
// modifier: "الأحد"، "يوم السبت الماضي"، "يوم الثلاثاء المقبل"، "نهار الأحد".
// Bare forms without ال (أحد "one", اثنين "two") count only after a head.
func ruleWeekday(s *scan, i int) {
	if j, fr, ok := s.parseWeekday(i); ok {
		s.add("weekday", i, j, fr)
	}
}

func (s *scan) parseWeekday(i int) (int, frame, bool) {
	k, first, head := i, true, false
	this := false
	if s.sn(i).flags&fThisDem != 0 {
		k, first, this = i+1, false, true // هذا الأحد، هذا يوم الجمعة: this week's
	}
	if s.at(k, first).flags&fDayHead != 0 {
		k, first, head = k+1, false, true
	}
	wd, j, ok := s.weekday(k, first, head)
	if !ok {
		return i, frame{}, false
	}
	fr := frame{typ: Date, wd: wd, day: true}
	if this {
		fr.rel, fr.relUnit, fr.gran = true, uWeek, uDay
	}
	if mod, j2, ok := s.modifier(j); ok && mod != modCurrent {
		fr.dir, j = mod, j2
	} else if n, j2, ok := s.ordinal(j, false); ok && n >= 1 && n <= 5 && !s.bare(j2).isDayRel {
		// الأحد الثاني [من الشهر]: the nth Sunday of the month
		fr.nth, j = n, j2
		if s.bare(j).flags&fFrom != 0 {
			if off, j3, ok := s.relMonth(j + 1); ok {
				fr.mRel, fr.hasMRel, j = off, true, j3
			}
		}
	} else if d, j2, ok := s.weekdayDay(j); ok {
		// الجمعة 15، الجمعة في خمسة عشر: the day of the month next to the DCT
		fr.d, j = d, j2
	} else if off, j2, ok := s.weekPhrase(j); ok {
		// الجمعة من الأسبوع المقبل، الجمعة هذا الأسبوع
		fr.rel, fr.relUnit, fr.relN, fr.gran, j = true, uWeek, off, uDay, j2
	}
	fr.future = s.futureContext(i) || s.futureAfter(j)
	return j, fr, true
}

// futureAfter reports whether a future verb (سيجري، ستعقد…) follows
// token j directly or after one word.
func (s *scan) futureAfter(j int) bool {
	for k := j; k < j+2 && k < len(s.toks); k++ {
		if s.toks[k].kind != kWord {
			return false
		}
		if s.bare(k).flags&fFuture != 0 {
			return true
		}
	}
	return false
}

// futureContext reports whether a future cue (سوف، من المقرر، المتوقع…)
// precedes token i within the same sentence (up to fifteen tokens back).
func (s *scan) futureContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.sentenceBreak(k, i) {
			return false
		}
		if s.sn(k).flags&fFuture != 0 || s.futureVerb(k) || s.wordIs(k, an) && s.wordIs(k-1, ala) {
			// كان من المقرر: a past plan
			return !s.sn(k-1).kan && !(s.bare(k-1).flags&fFrom != 0 && s.sn(k-2).kan)
		}
	}
	return false
}

// imperfectOpening reports whether the sentence of token i opens with an
// imperfect verb (يلتقي الفريقان، تستمر الفعاليات، وتنطلق البطولة: a word
// outside the lexicon, four letters or more, in ي or ت after an optional
// و/ف, followed by a definite subject) with no complementizer (أن، إن)
// and no past auxiliary between it and i: news announcing what is to come
// in the present tense, so a yearless date is the next one.
func (s *scan) imperfectOpening(i int) bool {
	k := s.sentenceStart(i)
	if k < 0 || k >= i || !s.imperfectAt(k, true) {
		return false
	}
	for n := k + 1; n < i; n++ {
		if s.isWordAny(n, "ان", "انه", "انها", "بان", "بانه", "لان", "كان", "كانت", "التي", "الذي", "الذين", "حيث", "بعدما", "عندما") || s.sn(n).kan || s.cliticWordAny(n, pastVerbs) {
			return false // a clause of its own tense, or a past verb
		}
	}
	return true
}

// sentenceStart returns the first token of the sentence of token i, or
// -1 when it lies more than 20 tokens back.
func (s *scan) sentenceStart(i int) int {
	for k := i; k >= 0 && k > i-20; k-- {
		if k == 0 || s.toks[k].nl || s.isPunct(k-1, '.', '!', '?', ';', '؟') {
			return k
		}
	}
	return -1
}

// imperfectAt reports whether word token k looks like an imperfect verb:
// a word outside the lexicon (or known only as a verb: a state cue or a
// verb of duration, تستمر، تدوم) of
// four to seven letters in ي, or of five to
// seven in ت (تجمع، تمكن are perfects of the fifth form), after an
// optional و/ف, not ending in ة/ه (تسوية، تهدئة: verbal nouns) or in
// ت/وا (تعرضت، تمكنوا: perfects), not of the pattern تفعيل (تقرير);
// with subject, a definite word after it
// (تستمر الفعاليات).
func (s *scan) imperfectAt(k int, subject bool) bool {
	if k < 0 || !s.isWord(k) || s.toks[k].sense >= 0 && !s.verbOnly(k) || subject && !s.definite(k+1) {
		return false
	}
	t := &s.toks[k]
	p := t.s
	if t.e-p > 4 && (s.f.Runes[p] == 'و' || s.f.Runes[p] == 'ف') {
		p++
	}
	if t.e-p < 4 || t.e-p > 7 {
		return false
	}
	switch s.f.Runes[t.e-1] {
	case 'ه', 'ة', 'ت':
		return false
	case 'ا':
		if s.f.Runes[t.e-2] == 'و' {
			return false
		}
	}
	if t.e-p == 5 && s.f.Runes[p+3] == 'ي' {
		return false // تقرير، تحقيق، تنظيم: verbal nouns of the pattern تفعيل
	}
	return s.f.Runes[p] == 'ي' || s.f.Runes[p] == 'ت' && t.e-p >= 5
}

// pastVerbs are perfect-tense verbs of dated news events (folded,
// without the proclitic و/ف), none of them also a common noun. Reporting
// verbs (قال، أكد، أشار) are left out: what they report has its own time
// («وأشارت إلى حفل الافتتاح يوم 5 ماي الذي سيؤمنه…»).
var pastVerbs = []string{"اعلن", "اعلنت", "زار", "زارت", "اندلعت", "اندلع", "توفي", "استقبل", "استقبلت",
	"التقى", "التقي", "شهدت", "وصل", "وصلت", "غادر", "غادرت", "انطلقت", "اختتمت"}

// cliticWordAny reports whether word token k is one of the folded words
// ws, alone or after a proclitic و/ف glued to it.
func (s *scan) cliticWordAny(k int, ws []string) bool {
	if s.isWordAny(k, ws...) {
		return true
	}
	if !s.isWord(k) || s.toks[k].pre > 1 || s.toks[k].e-s.toks[k].s < 3 {
		return false
	}
	t := &s.toks[k]
	if r := s.f.Runes[t.s]; r != 'و' && r != 'ف' {
		return false
	}
	w := s.f.Runes[t.s+1 : t.e]
	for _, x := range ws {
		if runesIs(w, x) {
			return true
		}
	}
	return false
}

// pastContext reports whether the clause before token i is in the past
// by an auxiliary that marks the perfect (Arabic grammar: كان and its
// forms; تم، جرى with a verbal noun, the passive of news; لقد; لم with the
// jussive, the negated past; سبق أن) or a perfect verb of news
// (pastVerbs: وقال … في أوت), looking back at most 10 tokens in the
// sentence and stopping at a complementizer (أن، إن، أنه), after which a
// reported clause has its own tense.
func (s *scan) pastContext(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if s.sentenceBreak(k, i) || s.isWordAny(k, "ان", "انه", "انها", "بان", "بانه") {
			return false
		}
		if s.sn(k).kan || s.isWordAny(k, "تم", "تمت", "جرى", "جرت", "لقد", "ولقد", "لم", "ولم", "سبق") || s.cliticWordAny(k, pastVerbs) {
			return true // … and a perfect verb of news: وقال … في أوت
		}
	}
	return false
}

// weekdayDay matches a day of the month after a weekday when no month
// follows: "15" or "في خمسة عشر".
func (s *scan) weekdayDay(j int) (int, int, bool) {
	k := j
	if s.bare(k).flags&fIn != 0 {
		k++
	}
	var d, e int
	if v, ok := s.number(k, 2); ok && s.toks[k].clitic == 0 {
		d, e = v, k+1
	} else if v, e2, ok := s.cardinal(k, false); ok && s.isWord(k) && s.sn(k).wday == 0 {
		d, e = v, e2 // not الاثنين after a weekday: ليل الأحد الاثنين is two days, not Sunday the 2nd
	} else if v, e2, ok := s.ordinal(k, false); ok && k > j {
		d, e = v, e2
	} else {
		return 0, j, false
	}
	if d < 1 || d > 31 || s.bare(e).unit != uNone || s.isPunct(e, ':', '/', '-', '.') && e+1 < len(s.toks) && s.toks[e+1].kind == kNum {
		return 0, j, false
	}
	if _, _, _, _, ok := s.month(e, false); ok {
		return 0, j, false
	}
	if e < len(s.toks) && s.toks[e].kind != kPunct && !s.weekdayNext(e) {
		return 0, j, false // الجمعة 15 سنتا: the number counts something
	}
	return d, e, true
}

// futureVerb reports whether word token k is an imperfect verb with the
// future prefix سـ (سيستمر، ستعقد، سنعمل، سأعود): a word outside the
// lexicon of five letters or more in سي/ست/سن/سا, not one of notFutureS.
func (s *scan) futureVerb(k int) bool {
	if !s.isWord(k) || s.toks[k].sense >= 0 && !s.sn(k).sFuture {
		return false
	}
	if s.sn(k).sFuture {
		return false
	}
	t := &s.toks[k]
	p := t.s
	if t.e-p > 5 && (s.f.Runes[p] == 'و' || s.f.Runes[p] == 'ف') {
		p++
	}
	if t.e-p < 5 || s.f.Runes[p] != 'س' {
		return false
	}
	switch s.f.Runes[p+1] {
	case 'ي', 'ت', 'ن', 'ا':
		return true
	}
	return false
}

// على أن + an imperfect verb announces a plan: "على أن تستأنف الخميس".
var (
	an  = []rune("ان")
	ala = []rune("علي")
)

// verbOnly reports whether the lexicon knows word token k only as a verb
// cue (stateCues, durationVerbs): no expression starts at it and it has
// no flag but fState.
func (s *scan) verbOnly(k int) bool {
	sn := s.sn(k)
	return !sn.start && sn.flags&^fState == 0 && !sn.kan && !sn.agency
}

// weekdayNext reports whether another weekday follows token e, joined by
// و or إلى/حتى: "يومي الجمعة 6 والسبت 7 جانفي"، "من الاثنين 3 إلى الجمعة
// 7 أفريل" (the day number before it is a day of that list).
func (s *scan) weekdayNext(e int) bool {
	if s.isWord(e) && s.toks[e].pre == 1 && s.proclitic(e) == 'و' {
		_, _, ok := s.weekday(e, true, false)
		return ok
	}
	if s.bare(e).flags&fTo != 0 && s.isWord(e) && s.toks[e].pre == 0 {
		_, _, ok := s.weekday(e+1, false, false)
		return ok
	}
	return false
}
