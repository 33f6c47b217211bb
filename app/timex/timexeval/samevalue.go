package timexeval

import (
	"strconv"
	"strings"
)

// SameValue reports whether two TIMEX3 values are the same: equal strings,
// or two durations of the same length by exact conversions only (a year
// is 12 months, a decade 10 years, a century 100, a millennium 1000, a
// week 7 days, an hour 60 minutes, a minute 60 seconds): P1Y1M = P13M,
// P1.5Y = P18M, PT1.5H = PT90M. Days and hours are not converted (a day
// is not always 24 hours), nor months and days.
func SameValue(a, b string) bool {
	if a == b {
		return true
	}
	x, ok1 := durLength(a)
	y, ok2 := durLength(b)
	return ok1 && ok2 && x == y
}

// durLength is a duration value's length as (months, days, seconds), each
// scaled by 1000 to keep halves and tenths exact.
func durLength(v string) ([3]int64, bool) {
	var l [3]int64
	if len(v) < 3 || v[0] != 'P' || strings.ContainsRune(v, 'X') {
		return l, false
	}
	time := false
	rest := v[1:]
	for rest != "" {
		if rest[0] == 'T' {
			time, rest = true, rest[1:]
			continue
		}
		n := 0
		for n < len(rest) && (rest[n] >= '0' && rest[n] <= '9' || rest[n] == '.') {
			n++
		}
		if n == 0 {
			return l, false
		}
		f, err := strconv.ParseFloat(rest[:n], 64)
		if err != nil {
			return l, false
		}
		rest = rest[n:]
		u := 1
		if len(rest) >= 2 && (rest[:2] == "DE" || rest[:2] == "CE" || rest[:2] == "ML") {
			u = 2
		}
		if len(rest) < u {
			return l, false
		}
		q := int64(f * 1000)
		switch unit := rest[:u]; {
		case !time && unit == "Y":
			l[0] += 12 * q
		case !time && unit == "DE":
			l[0] += 120 * q
		case !time && unit == "CE":
			l[0] += 1200 * q
		case !time && unit == "ML":
			l[0] += 12000 * q
		case !time && unit == "M":
			l[0] += q
		case !time && unit == "W":
			l[1] += 7 * q
		case !time && unit == "D":
			l[1] += q
		case time && unit == "H":
			l[2] += 3600 * q
		case time && unit == "M":
			l[2] += 60 * q
		case time && unit == "S":
			l[2] += q
		default:
			return l, false
		}
		rest = rest[u:]
	}
	return l, true
}
