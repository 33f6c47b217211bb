package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register registers the routes of the user interface: "/" is the annotator
// page. The single main of the program (wasm/) calls it both natively
// (static site generation) and in the browser, before app.RunWhenOnBrowser.
//
// Once the open document's text and its highlights are first drawn, the page
// sets <body data-ready="1"> (and data-highlights="N", the number of spans
// drawn at the last redraw, -1 without CSS Custom Highlight API support), for
// tests and timing harnesses.
func Register() {
	hideStoredFromStartup()
	app.Route("/", func() app.Composer { return &page{} })
}
