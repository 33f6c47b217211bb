//go:build js && wasm

// Command wasm is Hashiya's single program: compiled to WebAssembly it is
// the browser app (this file); compiled natively it is the command line
// (main.go): static site generation, serving, annotation, evaluation.
package main

import (
	"github.com/hashiya/hashiya/app/ui"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Register()
	app.RunWhenOnBrowser()
}
