package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The watchdog makes a stopped Go program visible. Once the Go program has
// exited (a panic anywhere ends it), every call into Go throws; the page
// would still look alive but no button or key would work. Every second the
// script calls window.__hashiyaPing (a Go function) and, when that throws,
// shows a fixed error banner (#hx-fatal, <body data-fatal="dead">) that
// asks to reload. window.__hashiyaFatal(msg, dead) shows the banner from Go
// for a recovered panic (data-fatal="recovered"). The script is
// window.__hashiyaWatchdog in web/hashiya-boot.js, a file of the site, as
// the Content-Security-Policy forbids evaluating script strings.

// installWatchdog installs watchdogJS and the Go function it pings. It is
// never released: the ping must live as long as the program.
func installWatchdog() {
	if !app.IsClient {
		return
	}
	w := app.Window()
	w.Set("__hashiyaPing", app.FuncOf(func(this app.Value, args []app.Value) any { return true }))
	if f := w.Get("__hashiyaWatchdog"); f.Type() == app.TypeFunction {
		f.Invoke()
	} else {
		app.Log("hashiya: web/hashiya-boot.js is not loaded; no watchdog")
	}
}

// showFatal shows the error banner of watchdogJS with msg; dead says the
// program cannot go on.
func showFatal(msg string, dead bool) {
	if !app.IsClient {
		return
	}
	if f := app.Window().Get("__hashiyaFatal"); f.Type() == app.TypeFunction {
		f.Invoke(msg, dead)
	}
}
