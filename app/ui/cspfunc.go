package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// cspFunc returns the JavaScript function name of window.__hashiyaFuncs,
// which web/hashiya-boot.js defines, because the page's
// Content-Security-Policy (app/site/csp.go: script-src 'self'
// 'wasm-unsafe-eval', no 'unsafe-eval') makes new Function throw. src is
// the same function's source (a test keeps the two equal); it is compiled
// only where the boot script did not run (a page served without it, and
// then without the policy either).
func cspFunc(name, src string) app.Value {
	if f := app.Window().Get("__hashiyaFuncs"); f.Truthy() {
		if fn := f.Get(name); fn.Truthy() {
			return fn
		}
	}
	return app.Window().Get("Function").New("return " + src).Invoke()
}
