package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/hashiya/hashiya/app/hijri"
)

// gregorianMonthNames are the month names Readable uses (Egyptian/standard).
var gregorianMonthNames = [13]string{"", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
	"يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

var durationUnitNames = map[byte]string{'Y': "سنة", 'M': "شهر", 'W': "أسبوع", 'D': "يوم", 'H': "ساعة", 'S': "ثانية"}

var podReadable = map[string]string{"MO": "صباحًا", "MI": "ظهرًا", "AF": "بعد الظهر", "EV": "مساءً", "NI": "ليلًا"}

var refReadable = map[string]string{"PAST_REF": "في الماضي", "PRESENT_REF": "الآن", "FUTURE_REF": "في المستقبل"}

// modReadable are Arabic words for the TIMEX3 mods (annotation.Mods).
var modReadable = map[string]string{
	"BEFORE": "قبل", "AFTER": "بعد", "ON_OR_BEFORE": "حتى", "ON_OR_AFTER": "منذ",
	"LESS_THAN": "أقل من", "MORE_THAN": "أكثر من", "EQUAL_OR_LESS": "لا يزيد على", "EQUAL_OR_MORE": "لا يقل عن",
	"START": "مطلع", "MID": "منتصف", "END": "أواخر", "APPROX": "نحو",
}

var ordinalNames = [...]string{"", "الأول", "الثاني", "الثالث", "الرابع"}

// Readable returns Arabic readable forms of an expression's value in both
// calendars for the UI: gregorian like "الثلاثاء 29 نوفمبر 2016",
// "يونيو 2016", "2016", "الثلاثاء 29 نوفمبر 2016 11:11", "مدة: 6 شهر";
// hijri like "28 صفر 1438 هـ", "شوال 1436 هـ", "1436 هـ" (from e.Hijri, or
// the Umm al-Qura equivalent of a Gregorian day). Either is "" when it
// cannot be given. A mod is said in words before the value: "نحو مدة: 20
// سنة" reads "مدة: نحو 20 سنة", START 2016 "مطلع 2016".
func Readable(e Expression) (gregorian, hijriForm string) {
	gregorian, hijriForm = readable(e)
	if w, ok := modReadable[e.Mod]; ok {
		if rest, dur := strings.CutPrefix(gregorian, "مدة: "); dur {
			gregorian = "مدة: " + w + " " + rest
		} else if gregorian != "" {
			gregorian = w + " " + gregorian
		}
		if hijriForm != "" {
			hijriForm = w + " " + hijriForm
		}
	}
	return gregorian, hijriForm
}

func readable(e Expression) (gregorian, hijriForm string) {
	v := e.Value
	clock := ""
	if i := strings.IndexByte(v, 'T'); i > 0 && !strings.HasPrefix(v, "P") {
		clock = v[i+1:]
		v = v[:i]
		if p, ok := podReadable[clock]; ok {
			clock = p
		} else if len(clock) != 5 || clock[2] != ':' {
			clock = ""
		}
	}
	if r, ok := refReadable[v]; ok {
		return r, ""
	}
	switch {
	case strings.HasPrefix(v, "XXXX-WXX-") && len(v) == 10:
		if d := int(v[9] - '0'); d >= 1 && d <= 7 {
			name := hijri.WeekdayNames[d%7]
			if e.Type == Set {
				return "كل " + strings.TrimPrefix(name, "ال"), ""
			}
			return name, ""
		}
	case len(v) == 6 && strings.HasPrefix(v, "BC") && v[2] != 'X':
		return strings.TrimLeft(v[2:], "0") + " ق.م", ""
	case len(v) == 8 && v[4] == '-' && v[5] == 'W':
		return "الأسبوع " + strings.TrimLeft(v[6:], "0") + " من " + v[:4], ""
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4':
		return "الربع " + ordinalNames[v[6]-'0'] + " " + v[:4], ""
	case len(v) == 7 && v[4] == '-' && v[5] == 'H' && v[6] >= '1' && v[6] <= '2':
		return "النصف " + ordinalNames[v[6]-'0'] + " " + v[:4], ""
	case strings.HasPrefix(v, "P") && len(v) > 2:
		num, u := v[1:len(v)-1], v[len(v)-1]
		if strings.HasPrefix(num, "T") {
			num = num[1:]
			if u == 'M' {
				return "مدة: " + num + " دقيقة", ""
			}
		}
		if name, ok := durationUnitNames[u]; ok {
			if e.Type == Set {
				if num == "1" {
					return "كل " + name, ""
				}
				return "كل " + num + " " + name, ""
			}
			return "مدة: " + num + " " + name, ""
		}
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && v[0] != 'X':
		if t, err := time.Parse("2006-01-02", v); err == nil {
			gregorian = hijri.WeekdayNames[t.Weekday()] + " " + strconv.Itoa(t.Day()) + " " + gregorianMonthNames[t.Month()] + " " + strconv.Itoa(t.Year())
			if clock != "" {
				gregorian += " " + clock
			}
			if e.Hijri == "" {
				if h, err := hijri.GregorianToUmmAlQura(t); err == nil {
					hijriForm = hijriReadable(h.String())
				}
			}
		}
	case len(v) == 7 && v[4] == '-' && v[0] != 'X':
		if m, err := strconv.Atoi(v[5:]); err == nil && m >= 1 && m <= 12 {
			gregorian = gregorianMonthNames[m] + " " + strings.TrimLeft(v[:4], "0")
		}
	case len(v) == 4 && v[0] != 'X':
		if _, err := strconv.Atoi(v); err == nil {
			gregorian = strings.TrimLeft(v, "0")
		}
	}
	if e.Hijri != "" {
		hijriForm = hijriReadable(e.Hijri)
	}
	return gregorian, hijriForm
}

// hijriReadable formats a Hijri value (1438-02-28, 1438-02, 1438).
func hijriReadable(h string) string {
	parts := strings.Split(h, "-")
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0
		}
		return n
	}
	y := strings.TrimLeft(parts[0], "0")
	if parts[0] == "XXXX" {
		y = ""
	}
	out := ""
	switch len(parts) {
	case 3:
		m := num(parts[1])
		if m < 1 || m > 12 {
			return ""
		}
		out = strconv.Itoa(num(parts[2])) + " " + hijri.MonthNames[m]
	case 2:
		m := num(parts[1])
		if m < 1 || m > 12 {
			return ""
		}
		out = hijri.MonthNames[m]
	case 1:
		if y == "" {
			return ""
		}
		return y + " هـ"
	}
	if y != "" {
		out += " " + y + " هـ"
	}
	return out
}
