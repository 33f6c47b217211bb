//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
)

// progName is how the usage lines name this program: the binary's name
// (build/hashiya, as built by build.sh), or "go run ./wasm" when it runs
// from go run's temporary build directory.
func progName() string {
	p := os.Args[0]
	if strings.Contains(p, "go-build") || p == "" {
		return "go run ./wasm"
	}
	return filepath.Base(p)
}
