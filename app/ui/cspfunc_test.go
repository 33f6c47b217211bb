package ui

import (
	"os"
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
