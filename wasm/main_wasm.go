//go:build js && wasm

// Command wasm is Hashiya's single program: compiled to WebAssembly it is
// the browser app (this file); compiled natively it is the command line
// (main.go): static site generation, serving, annotation, evaluation.
package main

import (
	"runtime/debug"

	"github.com/hashiya/hashiya/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	// WebAssembly memory never shrinks: its size is the Go heap's
	// high-water mark, reached while a book is read from storage. A soft
	// limit of 40 MiB makes the collector run before the heap doubles
	// there (bench-editor, 1 MB document with 14,200 annotations: wasm
	// memory 52–57 → 44 MiB, the open no slower); over the limit the
	// collector keeps to its CPU cap and the program goes on.
	debug.SetMemoryLimit(40 << 20)
	ui.Register()
	app.RunWhenOnBrowser()
}
