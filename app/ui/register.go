// Package ui is Hashiya's browser user interface, built with go-app.
//
// Register must be called by the single main of the program (wasm/) on both
// the server side (static site generation) and in the browser, before
// app.RunWhenOnBrowser.
package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register registers the routes of the user interface: "/" is the annotator
// page.
func Register() {
	app.Route("/", func() app.Composer { return &page{} })
}
