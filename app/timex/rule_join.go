package timex

// joinParts joins selected candidates that are parts of one expression
// (issue 11, family 8), in place:
//   - a part of the day run into the full date it qualifies, one TIME:
//     "صباح اليوم الثلاثاء 30 ماي 2017" (TMO of that day), "مساء 12 مارس
//     2017";
//   - a clock time and the day it is "of": "الساعة الثامنة والربع من صباح
//     يوم الأحد" (08:15 of that Sunday), "العاشرة من مساء أمس" (22:00);
//   - a boundary word or "وقت متأخر/مبكر من" before a day, a month or a
//     year that its rule did not take: "أواخر يوم السبت الماضي" (mod END),
//     "في وقت متأخر من الشهر الماضي" (END), "في وقت مبكر من صباح اليوم"
//     (START); "في وقت لاحق/سابق من هذا الأسبوع" (no mod) the same way.
func (s *scan) joinParts(sel []cand) []cand {
	out := sel[:0]
	for n := 0; n < len(sel); n++ {
		c := sel[n]
		if c.fr.typ == Date && (c.fr.rel && c.fr.relUnit == uYear && c.fr.gran == uYear || c.fr.anaYear && !c.fr.rel) && c.fr.m == 0 && c.fr.d == 0 && c.fr.lit == "" {
			// العام الماضي 2016، العام الحالي 2017، العام نفسه 2010: the
			// year stated after the deictic or anaphoric one is its value,
			// in one span
			next := -1
			if n+1 < len(sel) {
				next = sel[n+1].i
			}
			if y, ok := s.statedYear(c.j); ok && (next != c.j || sel[n+1].j == c.j+1 && sel[n+1].fr.y == y) {
				if next == c.j {
					n++
				}
				c.fr = frame{typ: Date, y: y, mod: c.fr.mod}
				c.j, c.fe = c.j+1, s.toks[c.j].e
			}
		}
		if n+1 < len(sel) {
			d := &sel[n+1]
			switch {
			case c.fr.typ == Time && c.fr.pod != 0 && !c.fr.hasClock && d.i == c.j && d.fr.typ == Date &&
				d.fr.d > 0 && d.fr.m > 0 && !d.fr.rel && !d.fr.anaDay && d.fr.lit == "":
				fr := d.fr
				fr.typ, fr.pod, fr.day = Time, c.fr.pod, true
				c.fr, c.j, c.fe = fr, d.j, d.fe
				n++
			case c.fr.typ == Time && c.fr.hasClock && !c.fr.day && d.i == c.j+1 && s.isWordAny(c.j, "من") &&
				(d.fr.typ == Time && d.fr.day && !d.fr.hasClock || d.fr.typ == Date && d.fr.day && d.fr.lit == ""):
				fr := d.fr
				fr.typ, fr.day, fr.hasClock, fr.mm = Time, true, true, c.fr.mm
				fr.hh = c.fr.hh
				if c.fr.pod == 0 {
					fr.hh = podHour(c.fr.hh, d.fr.pod)
				}
				fr.pod = 0
				c.fr, c.j, c.fe = fr, d.j, d.fe
				n++
			case c.fr.typ == Time && c.fr.hasClock && !c.fr.day && c.fr.pod == 0 && d.i == c.j &&
				d.fr.typ == Time && d.fr.day && !d.fr.hasClock && d.fr.pod != 0:
				// الساعة الرابعة بعد ظهر اليوم: two spans (as the gold keeps
				// "الساعة 3 | فجر اليوم"), the hour read in the part of the day
				// that follows it (16:00)
				c.fr.hh = podHour(c.fr.hh, d.fr.pod)
			}
		}
		if m := len(out) - 1; m >= 0 && (c.fr.typ == Date || c.fr.typ == Time) && c.fr.lit == "" && c.i >= 3 && out[m].i == c.i-3 && out[m].j == c.i-1 &&
			s.isWordAny(c.i-3, "وقت") && s.isWordAny(c.i-2, "لاحق", "سابق") && s.isWordAny(c.i-1, "من") {
			// في وقت لاحق من هذا الأسبوع، في وقت سابق من اليوم: one
			// expression, the week (the day) it is in
			c.i, c.fs = out[m].i, out[m].fs
			out = out[:m]
		}
		if c.fr.mod == "" && (c.fr.typ == Date || c.fr.typ == Time) && c.fr.lit == "" {
			prevEnd := -1
			if len(out) > 0 {
				prevEnd = out[len(out)-1].j
			}
			k, mod := s.boundaryBefore(c.i)
			if k < 0 && c.fr.day {
				k, mod = s.hoursBefore(c.i)
			}
			if m := len(out) - 1; k >= 0 && m >= 0 && out[m].i >= k && out[m].j < c.i && out[m].fr.typ == Duration && c.fr.day {
				// الساعات الأخيرة من يوم الجمعة: the hours are the day's
				// part, not a duration of their own
				out, prevEnd = out[:m], -1
				if m > 0 {
					prevEnd = out[m-1].j
				}
			}
			if k > prevEnd && k >= 0 {
				t := &s.toks[k]
				c.i, c.fs, c.fr.mod = k, t.s+t.pre, mod
			}
		}
		out = append(out, c)
	}
	return out
}

// boundaryBefore returns the first token and the TIMEX3 mod of a boundary
// phrase just before token i: a boundary word other than آخر (أواخر،
// مطلع، منتصف… ; آخر is also "last", "other"), or وقت متأخر من / وقت
// مبكر من; -1 when there is none.
func (s *scan) boundaryBefore(i int) (int, string) {
	if i >= 3 && s.isWordAny(i-1, "من") && s.isWordAny(i-3, "وقت") {
		switch {
		case s.isWordAny(i-2, "متاخر"):
			return i - 3, "END"
		case s.isWordAny(i-2, "مبكر"):
			return i - 3, "START"
		}
	}
	if i >= 1 && s.isWord(i-1) {
		if b := s.sn(i - 1).boundary; b != "" && !s.isWordAny(i-1, "اخر") && s.toks[i-1].pre == 0 {
			return i - 1, b
		}
	}
	return -1, ""
}

// hoursBefore returns the first token and the TIMEX3 mod of a phrase of
// hours just before the day or part of a day at token i: «ساعة متأخرة
// من ليل السبت»، «ساعات متأخرة من مساء أمس» (END), «ساعة مبكرة من صباح
// اليوم» (START), «الساعات الأولى من فجر الأحد» (START), «الساعات
// الأخيرة من يوم الجمعة» (END); -1 when there is none.
func (s *scan) hoursBefore(i int) (int, string) {
	if i < 3 || !s.isWordAny(i-1, "من") || !s.isWordAny(i-3, "ساعه", "ساعات", "الساعات") {
		return -1, ""
	}
	def := s.isWordAny(i-3, "الساعات")
	switch {
	case !def && s.isWordAny(i-2, "متاخره", "متاخرة"):
		return i - 3, "END"
	case !def && s.isWordAny(i-2, "مبكره", "مبكرة"):
		return i - 3, "START"
	case def && s.isWordAny(i-2, "الاولي", "الأولى", "الاولى"):
		return i - 3, "START"
	case def && s.isWordAny(i-2, "الاخيره", "الأخيرة"):
		return i - 3, "END"
	}
	return -1, ""
}

// statedYear returns the four-digit year 1900–2100 at token k written
// bare after a deictic year (العام الماضي 2016): no glued proclitic, no
// quantity after it, not the first of a pair or range (2016/2017).
func (s *scan) statedYear(k int) (int, bool) {
	y, ok := s.year4(k)
	if !ok || y < 1900 || y > 2100 || s.toks[k].clitic != 0 || s.quantityAfter(k+1) || s.isPunct(k+1, '/', '-', '–') {
		return 0, false
	}
	return y, true
}
