package agree

import (
	"strings"
	"unicode/utf8"
)

// ByDocument groups annotators' exports by document (Doc.SHA256), the
// documents in the order first seen, each group's exports in the order
// given. Within a group whose names share a prefix or a suffix, the shared
// part is cut (ShortNames), so that per-document files named
// alice-report1.json and bob-report1.json compare as alice and bob in every
// document, and Library sums them as one pair.
func ByDocument(ans []Annotator) [][]Annotator {
	var order []string
	by := map[string][]Annotator{}
	for _, a := range ans {
		if _, ok := by[a.Doc.SHA256]; !ok {
			order = append(order, a.Doc.SHA256)
		}
		by[a.Doc.SHA256] = append(by[a.Doc.SHA256], a)
	}
	out := make([][]Annotator, 0, len(order))
	for _, sha := range order {
		g := by[sha]
		names := make([]string, len(g))
		for i, a := range g {
			names[i] = a.Name
		}
		for i, n := range ShortNames(names) {
			g[i].Name = n
		}
		out = append(out, g)
	}
	return out
}

// ShortNames cuts from names the longest prefix and suffix they all share
// (at a boundary of - _ . space or /, so that "ann1" and "ann2" keep their
// digits), when at least two names are given and what is left of each is
// distinct and not empty; otherwise names are returned unchanged.
func ShortNames(names []string) []string {
	if len(names) < 2 {
		return names
	}
	pre, suf := names[0], names[0]
	for _, n := range names[1:] {
		pre = commonPrefix(pre, n)
		suf = commonSuffix(suf, n)
	}
	// Cut only at separators.
	if i := strings.LastIndexAny(pre, "-_. /"); i >= 0 {
		pre = pre[:i+1]
	} else {
		pre = ""
	}
	if i := strings.IndexAny(suf, "-_. /"); i >= 0 {
		suf = suf[i:]
	} else {
		suf = ""
	}
	out := make([]string, len(names))
	seen := map[string]bool{}
	for i, n := range names {
		if len(pre)+len(suf) >= len(n) {
			return names
		}
		s := n[len(pre) : len(n)-len(suf)]
		if s == "" || seen[s] {
			return names
		}
		seen[s] = true
		out[i] = s
	}
	return out
}

func commonPrefix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return a[:i]
}

func commonSuffix(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[len(a)-1-i] == b[len(b)-1-i] {
		i++
	}
	s := a[len(a)-i:]
	for len(s) > 0 && !utf8.RuneStart(s[0]) {
		s = s[1:]
	}
	return s
}
