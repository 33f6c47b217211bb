package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// No UI code compiles JavaScript from a string: the page's
// Content-Security-Policy (app/site/csp.go, no 'unsafe-eval') makes new
// Function and eval throw, and the page silently loses what they did (on
// wire2 the article text was blank). Such functions live in web/*.js.
func TestNoFunctionConstructor(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, _ := os.ReadFile(f)
		for i, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, `Get("Function")`) || strings.Contains(line, `Get("eval")`) || strings.Contains(line, `Call("eval"`) {
				t.Errorf("%s:%d compiles JavaScript from a string, which the CSP forbids (define it in web/*.js): %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}
