//go:build !(js && wasm)

// Command wasm is Hashiya's single program. Compiled to WebAssembly it is
// the browser app (main_wasm.go); compiled natively it is the command line:
//
//	go run ./wasm <command> [flags] [args]
//
// Commands are registered by the files of this package (one file per
// command, each adding itself to the table in commands.go from an init
// function); `go run ./wasm help` lists them.
package main

import (
	"os"

	"github.com/hashiya/hashiya/app/ui"
)

func main() {
	// The routes are needed by the static site generator (the page for "/"
	// is rendered on the server) and are harmless to the other commands.
	ui.Register()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
