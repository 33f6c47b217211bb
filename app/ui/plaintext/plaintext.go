// Package plaintext turns HTML (as found on the clipboard when a person
// copies part of a web page) into the plain text a reader sees, without ever
// executing or inserting the HTML: tags are dropped, script/style/template
// contents are dropped, character references are decoded, runs of white
// space collapse to one space as HTML renders them, and block elements and
// <br> become line breaks.
package plaintext

import (
	"html"
	"strings"
)

// blocks are elements that start a new line.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "tr": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "section": true, "article": true, "header": true,
	"footer": true, "table": true, "figure": true, "figcaption": true, "hr": true,
	"dd": true, "dt": true, "dl": true, "aside": true, "nav": true, "main": true, "address": true,
}

// skipped are elements whose content is not text.
var skipped = map[string]bool{"script": true, "style": true, "template": true, "noscript": true, "head": true, "title": true}

// FromHTML returns the text of an HTML fragment: one line per block, spaces
// collapsed and trimmed at line ends, no empty lines at the start or end and
// at most one empty line in a row. Comments and unknown markup are dropped.
func FromHTML(s string) string {
	var out strings.Builder
	var line strings.Builder
	lines := []string{}
	flush := func() {
		lines = append(lines, strings.TrimSpace(collapse(html.UnescapeString(line.String()))))
		line.Reset()
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			line.WriteString(s[i : i+j])
			i += j
			continue
		}
		if strings.HasPrefix(s[i:], "<!--") {
			j := strings.Index(s[i+4:], "-->")
			if j < 0 {
				break
			}
			i += 4 + j + 3
			continue
		}
		j := tagEnd(s, i)
		if j < 0 { // a lone '<' is text
			line.WriteByte('<')
			i++
			continue
		}
		name, closing := tagName(s[i+1 : j])
		i = j + 1
		if name == "" {
			continue
		}
		if skipped[name] && !closing {
			end := strings.Index(strings.ToLower(s[i:]), "</"+name)
			if end < 0 {
				i = len(s)
			} else {
				i += end
			}
			continue
		}
		if blocks[name] {
			flush()
		}
	}
	flush()
	// Drop empty lines at both ends and repeated empty lines.
	empty := 0
	for _, l := range lines {
		if l == "" {
			empty++
			continue
		}
		if out.Len() > 0 {
			out.WriteString("\n")
			if empty > 1 {
				out.WriteString("\n")
			}
		}
		empty = 0
		out.WriteString(l)
	}
	return out.String()
}

// tagEnd returns the index of the '>' closing the tag that starts at s[i],
// skipping quoted attribute values, or -1 when s[i] does not start a tag.
func tagEnd(s string, i int) int {
	if i+1 >= len(s) {
		return -1
	}
	if c := s[i+1]; !(c == '/' || c == '!' || c == '?' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return -1
	}
	var quote byte
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j
		}
	}
	return -1
}

// tagName returns the lower-case element name of a tag's inside ("p
// class=x", "/p", "br/") and whether it is a closing tag.
func tagName(t string) (string, bool) {
	closing := strings.HasPrefix(t, "/")
	t = strings.TrimPrefix(t, "/")
	end := strings.IndexAny(t, " \t\r\n/>")
	if end >= 0 {
		t = t[:end]
	}
	return strings.ToLower(t), closing
}

// collapse replaces runs of HTML white space with one space.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space && b.Len() > 0 {
		b.WriteByte(' ')
	}
	return b.String()
}
