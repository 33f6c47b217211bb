package timex

// ruleRelUnit: a calendar unit taken relative to the DCT: "الأسبوع
// الماضي"، "الشهر المقبل"، "العام الحالي"، "العام المالي الحالي"، "هذا
// العام"، "السيمانة اللي فاتت", with an optional boundary word ("نهاية العام
// الماضي", mod END); "آخر أسبوع".
func ruleRelUnit(s *scan, i int) {
	if j, ok := s.sameYear(i); ok {
		// العام نفسه، نفس العام، ذلك العام: the year the text named last
		s.add("relunit", i, j, frame{typ: Date, anaYear: true})
		return
	}
	k, first := i, true
	mod := ""
	if b := s.sn(i).boundary; b != "" {
		mod, k, first = b, i+1, false
	}
	sn := s.at(k, first)
	var u unit
	off, j := 0, k
	switch {
	case sn.flags&fThisDem != 0 && s.bare(k+1).deictic != uNone:
		u, j = s.bare(k+1).deictic, k+2
	case sn.deictic != uNone:
		u = sn.deictic
		k2 := k + 1
		if s.bare(k2).flags&fFiscal != 0 {
			k2++
		}
		if s.bare(k2).flags&fCalAdj != 0 {
			return // الشهر الهجري، العام الهجري الجديد: not resolvable here
		}
		if off, j2, ok := s.relClause(k2); ok && u >= uDay && u <= uYear {
			// الشهر الذي سبقه، العام الذي تلاه، اليوم الذي سبقه: counted
			// from what the text named last
			fr := frame{typ: Date, rel: true, relUnit: u, relN: off, gran: u, mod: mod, anaRel: true}
			if u == uDay {
				fr = frame{typ: Date, anaDay: true, day: true, relN: off, mod: mod}
			}
			s.add("relunit", i, j2, fr)
			return
		}
		m, j2, ok := s.modifier(k2)
		if !ok {
			if mod == "" || sn.deictic == uDay {
				return
			}
			if n := s.bare(k2); k2 < len(s.toks) && s.toks[k2].kind == kNum || n.ord != 0 || n.card != 0 || n.flags&fMarkH != 0 {
				return // أواخر القرن 16، مطلع القرن السابع الهجري
			}
			m, j2 = modCurrent, k2 // مطلع العام، نهاية الشهر: the current one
		}
		if sn.deictic == uDay && s.bare(k2).isAnaDay {
			return // اليوم التالي، اليوم السابق: ruleAnaphora
		}
		j = j2
		if sn.deictic == uYear && s.bare(k2).flags&fPastOnly == 0 && m != modPast2 && s.definite(k-1) && s.toks[k-1].pre == 0 {
			if p := s.sn(k - 1); p.deictic == uNone && p.unit == uNone && p.boundary == "" && p.flags&(fDateContext|fQuarter|fHalf) == 0 && p.ord == 0 {
				return // المدير العام السابق، الأمين العام الحالي: العام is "general"
			}
		}
		off = modOffset(m)
	case s.sn(i).flags&fAkhir != 0 && k == i+1 && (sn.unit == uWeek || sn.unit == uMonth || sn.unit == uYear) && sn.uform == formSing && s.toks[k].pre == 0:
		// آخر أسبوع: the last week
		u, j, mod = sn.unit, k+1, ""
	default:
		return
	}
	fr := frame{typ: Date, rel: true, relUnit: u, relN: off, gran: u, mod: mod}
	if off != 0 && j > 0 && s.bare(j-1).isAnaDay && u >= uWeek {
		fr.anaRel = true // في الشهر التالي: the month after the one the text last named
	}
	if u == uWeek && mod == "END" && s.stemIs(i, nihaya) {
		fr.weekend, fr.mod = true, "" // نهاية الأسبوع: the weekend
	}
	if u == uWeek && mod == "" {
		// الأسبوع القادم الأحد، الأسبوع المقبل يوم الجمعة
		k := j
		if s.bare(k).flags&fDayHead != 0 {
			k++
		}
		if wd, j2, ok := s.weekday(k, false, k > j); ok {
			fr.wd, fr.gran, j = wd, uDay, j2
		}
	}
	s.add("relunit", i, j, fr)
}

// weekPhrase matches a week relative to the DCT: الأسبوع الماضي/المقبل،
// هذا الأسبوع, with an optional من before it.
func (s *scan) weekPhrase(k int) (off, j int, ok bool) {
	if s.bare(k).flags&fFrom != 0 {
		k++
	}
	sn := s.bare(k)
	if sn.flags&fThisDem != 0 && s.bare(k+1).deictic == uWeek {
		return 0, k + 2, true
	}
	if sn.deictic != uWeek {
		return 0, k, false
	}
	m, j, ok := s.modifier(k + 1)
	if !ok {
		return 0, k, false
	}
	off = modOffset(m)
	return off, j, true
}

// relClause matches a relative clause placing a unit before or after the
// one last named: "الذي سبقه/سبقها" (-1), "الذي تلاه/تلته/يليه" (+1).
func (s *scan) relClause(k int) (int, int, bool) {
	if !s.isWordAny(k, "الذي", "التي", "اللذي") {
		return 0, k, false
	}
	switch {
	case s.isWordAny(k+1, "سبقه", "سبقها", "سبقته", "سبقتها", "قبله", "قبلها"):
		return -1, k + 2, true
	case s.isWordAny(k+1, "تلاه", "تلاها", "تلته", "تلتها", "يليه", "يليها", "تليه", "تليها", "بعده", "بعدها"):
		return 1, k + 2, true
	}
	return 0, k, false
}
