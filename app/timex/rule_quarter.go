package timex

// ruleQuarter: quarters and halves of a year: "الربع الأول لـ2015"
// (2015-Q1)، "الربع الأول من العام المالي الحالي"، "النصف الثاني من العام
// الماضي" (H2), "الأشهر الثلاثة الأولى من العام" (Q1), "الربع نفسه من
// العام الماضي" (the quarter named last, of the year before). The part of a month
// ("النصف الثاني من مايو") is handled by ruleDate.
func ruleQuarter(s *scan, i int) {
	mod := ""
	i0 := i
	if b := s.sn(i).boundary; b != "" && (s.bare(i+1).flags&(fQuarter|fHalf) != 0 || s.bare(i+1).unit == uMonth) {
		mod, i = b, i+1 // نهاية الربع الثالث
	}
	sn := s.at(i, i == i0)
	q, half, k := 0, 0, 0
	switch {
	case sn.flags&(fQuarter|fHalf) != 0 && s.bare(i+1).flags&fSame != 0:
		// الربع نفسه من العام الماضي: the quarter (half) the text named last
		for n := len(s.cands) - 1; n >= 0 && n >= len(s.cands)-64 && q == 0 && half == 0; n-- {
			if c := &s.cands[n]; c.rule == "quarter" && c.fe <= s.toks[i].s {
				if sn.flags&fQuarter != 0 {
					q = c.fr.q
				} else {
					half = c.fr.half
				}
			}
		}
		if q == 0 && half == 0 {
			return
		}
		k = i + 2
	case sn.flags&fQuarter != 0:
		o := int(s.bare(i + 1).ord)
		if o == -1 {
			o = 4
		}
		if o < 1 || o > 4 {
			return
		}
		q, k = o, i+2
	case sn.flags&fHalf != 0:
		o := int(s.bare(i + 1).ord)
		if o == -1 {
			o = 2
		}
		if o < 1 || o > 2 {
			return
		}
		half, k = o, i+2
	case sn.unit == uMonth && sn.uform == formPlural && s.definite(i):
		c, o := s.bare(i+1).card, s.bare(i+2).ord
		last := o == -1
		if o != 1 && !last {
			return
		}
		switch c {
		case 3:
			q = 1
			if last {
				q = 4
			}
		case 6:
			half = 1
			if last {
				half = 2
			}
		default:
			return
		}
		k = i + 3
	default:
		return
	}
	fr := frame{typ: Date, q: q, half: half, mod: mod}
	if s.bare(k).flags&fFrom != 0 {
		k++
	}
	switch {
	case s.toks != nil && k < len(s.toks) && s.toks[k].kind == kNum:
		y, _, _, j, ok := s.yearNumber(k, true)
		if !ok || y < 1000 {
			return
		}
		fr.y = y
		k = j
	case s.bare(k).flags&fYearHead != 0 && k+1 < len(s.toks) && s.toks[k+1].kind == kNum:
		y, _, _, j, ok := s.yearNumber(k+1, false)
		if !ok || y < 1000 {
			return
		}
		fr.y, k = y, j
	case s.bare(k).deictic == uYear && s.bare(k-1).flags&fFrom != 0 && s.bare(k+1).mod == 0 && s.bare(k+1).flags&fFiscal == 0:
		fr.hasYRel, k = true, k+1 // الربع الأول من العام: the current year
	default:
		off, j, ok := s.relYear(k, false)
		if !ok {
			return
		}
		fr.yRel, fr.hasYRel, k = off, true, j
	}
	s.add("quarter", i0, k, fr)
}
