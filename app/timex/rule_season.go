package timex

// ruleSeason: a season of a year (TIMEX3 2020-SU): "صيف 2020"، "شتاء عام
// 2019"، "خريف العام الماضي"، "الصيف الماضي"، "الشتاء المقبل"، "هذا
// الصيف". A season word alone (الربيع العربي) is not a date.
func ruleSeason(s *scan, i int) {
	k, first, this := i, true, false
	if s.sn(i).flags&fThisDem != 0 {
		k, first, this = i+1, false, true
	}
	sn := s.at(k, first)
	if sn.season == "" {
		return
	}
	fr := frame{typ: Date, season: sn.season}
	j := k + 1
	switch {
	case this:
		if !s.definite(k) {
			return
		}
		fr.dir = modCurrent
	default:
		if y, _, _, j2, ok := s.yearNumber(j, false); ok && y >= 1000 {
			fr.y, j = y, j2
		} else if y, _, _, j2, ok := s.yearNumber(j+1, false); ok && y >= 1000 && s.bare(j).flags&fYearHead != 0 {
			fr.y, j = y, j2
		} else if off, j2, ok := s.relYear(j, false); ok && !s.definite(k) {
			fr.yRel, fr.hasYRel, j = off, true, j2 // صيف العام الماضي
		} else if s.bare(j).flags&fFrom != 0 && !s.definite(k) {
			off, j2, ok := s.relYear(j+1, false)
			if !ok {
				return
			}
			fr.yRel, fr.hasYRel, j = off, true, j2 // خريف من العام الماضي
		} else if m, j2, ok := s.modifier(j); ok && s.definite(k) {
			fr.dir, j = m, j2 // الصيف الماضي
		} else {
			return
		}
	}
	s.add("season", i, j, fr)
}

// seasonYear chooses the year of a season given with a modifier: the last
// one ended before the DCT (الماضي), the next one not yet begun (المقبل),
// or the one under way or latest begun (الحالي، هذا).
func seasonYear(code string, dir int8, y, dm int) int {
	start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
	switch dir {
	case modPast, modPast2:
		if start+2 < dm {
			return y
		}
		return y - 1
	case modFuture:
		if start > dm {
			return y
		}
		return y + 1
	}
	if start > dm && code != "WI" {
		return y - 1
	}
	if code == "WI" && dm <= 2 {
		return y - 1
	}
	return y
}
