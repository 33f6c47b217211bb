package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The functions the Go program calls are defined in web/hashiya-boot.js
// (the Content-Security-Policy forbids new Function) with the same source
// as the Go fallbacks.
func TestBootScriptDefinesFuncs(t *testing.T) {
	boot, err := os.ReadFile("../../web/hashiya-boot.js")
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]string{"fillText": fillTextJS, "hideStored": hideStoredJS} {
		if !strings.Contains(string(boot), "\n"+name+": "+src+",") && !strings.Contains(string(boot), "\n"+name+": "+src+"\n") {
			t.Errorf("web/hashiya-boot.js does not define %s as app/ui's source:\n%s", name, src)
		}
	}
}

// No other code compiles JavaScript from a string: under the CSP it
// throws (and the page silently loses what it did).
func TestNoFunctionConstructor(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f == "cspfunc.go" || strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, _ := os.ReadFile(f)
		for i, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, `Get("Function")`) || strings.Contains(line, `Get("eval")`) || strings.Contains(line, `Call("eval"`) {
				t.Errorf("%s:%d compiles JavaScript from a string (forbidden by the CSP; define it in web/hashiya-boot.js and use cspFunc): %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}
