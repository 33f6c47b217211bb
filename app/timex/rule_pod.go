package timex

// rulePod: a part of the day before a day: "مساء الجمعة" (TEV)، "فجر
// الأربعاء"، "صباح اليوم"، "ليلة 28 جوان 2016" (TNI)، "ظهر أمس".
func rulePod(s *scan, i int) {
	if j, mod, ok := s.hoursOfPod(i); ok {
		// ساعات الصباح الأولى، ساعات الليل الأخيرة: that part of the
		// day, mod START/END
		s.add("pod", i, j, frame{typ: Time, pod: s.bare(i + 1).pod, mod: mod})
		return
	}
	sn := s.sn(i)
	if sn.pod != 0 && !sn.podNoun && s.definite(i) && (s.sn(i-1).flags&(fPrayer|fPodContext) != 0) {
		// بعد صلاة العصر، عند الفجر، حتى المساء: a part of the DCT day
		if sn.pod == podMI && s.sn(i-1).flags&fAfter != 0 && s.toks[i-1].kind == kWord {
			s.add("pod", i-1, i+1, frame{typ: Time, pod: podAF}) // بعد الظهر: afternoon
			return
		}
		if sn.pod == podMI && s.stemIs(i-1, qabl) {
			s.add("pod", i-1, i+1, frame{typ: Time, pod: podMO}) // قبل الظهر: the forenoon
			return
		}
		if s.stemIs(i, zawal) && !s.stemIs(i-1, ind) {
			return // حتى الزوال، منذ الزوال: "extinction" more often than noon
		}
		s.add("pod", i, i+1, frame{typ: Time, pod: sn.pod})
		return
	}
	if sn.pod != 0 && sn.podAdv && s.definite(i) && s.toks[i].pre == 0 && s.futureVerb(i-1) {
		// سأعود الظهر، سنلتقي المساء: a part of the day after a future verb
		s.add("pod", i, i+1, frame{typ: Time, pod: sn.pod})
		return
	}
	if s.sn(i).flags&fNoon != 0 && s.toks[i].pre == 0 {
		s.add("pod", i, i+1, frame{typ: Time, pod: podMI}) // الظهيرة: noon
		return
	}
	pod, k := sn.pod, i+1
	if sn.flags&fAfter != 0 && s.toks[i].kind == kWord && s.bare(i+1).pod == podMI && s.bare(i+1).podNoun {
		pod, k = podAF, i+2 // بعد ظهر أمس: the afternoon
	} else if sn.pod == 0 || !sn.podNoun {
		return
	}
	j, fr, ok := s.parseDate(k)
	if ok && fr.d == 0 {
		ok = false // ليلة مارس 2016: a part of the day needs a day, not a month
	}
	if !ok {
		if j2, fr2, ok2 := s.parseAnaDay(k); ok2 {
			j, fr, ok = j2, fr2, true // صباح اليوم التالي، ظهر اليوم ذاته
		} else if j2, fr2, ok2 := s.parseRelDay(k); ok2 {
			j, fr, ok = j2, fr2, true
		} else if j2, fr2, ok2 := s.parseWeekday(k); ok2 {
			j, fr, ok = j2, fr2, true
		}
	}
	if !ok {
		return
	}
	fr.typ, fr.pod, fr.day = Time, int8(pod), true
	s.add("pod", i, j, fr)
}

var (
	zawal = []rune("الزوال")
	ind   = []rune("عند")
)

// hoursOfPod matches «ساعات الصباح الأولى»، «ساعات الفجر»، «ساعات الليل
// الأخيرة» at token i: the hours of a part of the day, with the TIMEX3 mod
// of الأولى (START) or الأخيرة (END).
func (s *scan) hoursOfPod(i int) (j int, mod string, ok bool) {
	if !s.isWordAny(i, "ساعات") || s.bare(i+1).pod == 0 || !s.definite(i+1) || s.toks[i+1].pre != 0 {
		return i, "", false
	}
	j = i + 2
	switch {
	case s.isWordAny(j, "الاولي", "الاولى"):
		mod, j = "START", j+1
	case s.isWordAny(j, "الاخيره", "الاخيرة"):
		mod, j = "END", j+1
	}
	return j, mod, true
}
