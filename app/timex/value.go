package timex

// ValidValue reports whether v is a well-formed TIMEX3 value of the shapes
// Tag produces (TimeML TIMEX3 value attribute, ISO 8601 profile of the
// TIDES/TimeML guidelines), with every calendar field in range and years
// within 0001–9999. The empty string (no value) is valid. Accepted shapes:
//
//   - vague references: PAST_REF, PRESENT_REF, FUTURE_REF;
//   - durations: P, then number+unit parts among Y M W D DE CE in that order,
//     then optionally T and parts among H M S (P3Y, P1Y2M, P2DT3H, PT1H20M,
//     P0.5Y, PXY, PTXH); a number is digits with at most one decimal point,
//     or X;
//   - dates: a millennium (2), a century (19), a decade (201), a year
//     (2016), BC before a millennium, century, decade or year of the era
//     before Christ (BC0500 = 500 BC, BC04 = the fifth century BC), YYYY-MM,
//     YYYY-MM-DD, YYYY-Www, YYYY-Www-D, YYYY-Www-WE, YYYY-Qn, YYYY-Hn,
//     YYYY-SU/SP/FA/WI; a field is all digits or all X (XXXX-06,
//     XXXX-XX-15, XXXX-WXX-2), a day must exist in its month (2016-02-30
//     is refused);
//   - times: a date of day granularity, or nothing (a set of times of day),
//     then T and HH:MM (00:00–23:59, 24:00), HH:MM:SS, XX:XX, or a part of
//     the day MO MI AF EV NI DT.
func ValidValue(v string) bool {
	switch v {
	case "", "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return true
	}
	if v[0] == 'P' {
		return validDuration(v[1:])
	}
	if len(v) > 2 && v[0] == 'B' && v[1] == 'C' {
		_, ok := field(v[2:], len(v)-2) // BC0500, BC04, BC2
		return ok && len(v) <= 6
	}
	date, tm, hasT := v, "", false
	for k := 0; k < len(v); k++ {
		if v[k] == 'T' {
			date, tm, hasT = v[:k], v[k+1:], true
			break
		}
	}
	if hasT {
		if !validClock(tm) {
			return false
		}
		if date == "" {
			return true // TMO, T10:00: a set of times of day
		}
		return validDay(date)
	}
	return validDateValue(date)
}

// field reads an all-digit or all-X field of exactly n bytes at the start
// of s: its value (-1 for X) and whether it is well formed.
func field(s string, n int) (int, bool) {
	if len(s) < n || n == 0 {
		return 0, false
	}
	if s[0] == 'X' {
		for k := 0; k < n; k++ {
			if s[k] != 'X' {
				return 0, false
			}
		}
		return -1, true
	}
	v := 0
	for k := 0; k < n; k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, false
		}
		v = v*10 + int(s[k]-'0')
	}
	return v, true
}

// validDay reports whether s is YYYY-MM-DD (fields may be X) or YYYY-Www-D.
func validDay(s string) bool {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		return validDateValue(s)
	}
	return len(s) == 10 && s[5] == 'W' && validDateValue(s)
}

func validDateValue(s string) bool {
	switch len(s) {
	case 1, 2, 3:
		_, ok := field(s, len(s)) // millennium, century, decade
		return ok
	}
	y, ok := field(s, 4)
	if !ok || y == 0 {
		return false
	}
	if len(s) == 4 {
		return true
	}
	if s[4] != '-' {
		return false
	}
	rest := s[5:]
	switch {
	case len(rest) == 2 && (rest == "SU" || rest == "SP" || rest == "FA" || rest == "WI"):
		return true
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'H'):
		n, ok := field(rest[1:], 1)
		if !ok || n == -1 {
			return false
		}
		return rest[0] == 'Q' && n >= 1 && n <= 4 || rest[0] == 'H' && n >= 1 && n <= 2
	case len(rest) >= 3 && rest[0] == 'W':
		w, ok := field(rest[1:], 2)
		if !ok || w == 0 || w > 53 {
			return false
		}
		switch tail := rest[3:]; {
		case tail == "":
			return true
		case tail == "-WE":
			return true
		case len(tail) == 2 && tail[0] == '-':
			d, ok := field(tail[1:], 1)
			return ok && (d == -1 || d >= 1 && d <= 7)
		}
		return false
	}
	m, ok := field(rest, 2)
	if !ok || m == 0 || m > 12 {
		return false
	}
	if len(rest) == 2 {
		return true
	}
	if len(rest) != 5 || rest[2] != '-' {
		return false
	}
	d, ok := field(rest[3:], 2)
	if !ok || d == 0 {
		return false
	}
	switch {
	case d == -1:
		return true
	case m == -1:
		return d <= 31
	case y == -1:
		return d <= daysIn(0, m)
	}
	return d <= daysIn(y, m)
}

// validClock reports whether s is HH:MM, HH:MM:SS, XX:XX or a part of the
// day.
func validClock(s string) bool {
	switch s {
	case "MO", "MI", "AF", "EV", "NI", "DT", "XX:XX":
		return true
	}
	if len(s) != 5 && len(s) != 8 || s[2] != ':' {
		return false
	}
	h, ok1 := field(s, 2)
	m, ok2 := field(s[3:], 2)
	if !ok1 || !ok2 || h < 0 || m < 0 || m > 59 || h > 24 || h == 24 && m != 0 {
		return false
	}
	if len(s) == 8 {
		sec, ok := field(s[6:], 2)
		return s[5] == ':' && ok && sec >= 0 && sec <= 59 && h < 24
	}
	return true
}

// validDuration checks the part of a duration after P.
func validDuration(s string) bool {
	units := [...]string{"Y", "M", "W", "D", "DE", "CE"}
	tunits := [...]string{"H", "M", "S"}
	parts, k := 0, 0
	inT := false
	last := -1
	for k < len(s) {
		if s[k] == 'T' && !inT {
			inT, last = true, -1
			k++
			if k == len(s) {
				return false // "PT" with nothing after
			}
			continue
		}
		// number: X or digits with at most one point
		st := k
		if s[k] == 'X' {
			k++
		} else {
			dot := false
			for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '.' && !dot && k > st) {
				if s[k] == '.' {
					dot = true
				}
				k++
			}
			if k == st || s[k-1] == '.' {
				return false
			}
		}
		if k == len(s) {
			return false // a number without a unit
		}
		found := -1
		list := units[:]
		if inT {
			list = tunits[:]
		}
		for n, u := range list {
			if len(s)-k >= len(u) && s[k:k+len(u)] == u {
				if found < 0 || len(u) > len(list[found]) {
					found = n
				}
			}
		}
		// DE/CE: "2DE" — D followed by E is the decade unit, not days.
		if found < 0 || found <= last {
			return false
		}
		last = found
		k += len(list[found])
		parts++
	}
	return parts > 0
}
