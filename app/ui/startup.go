package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// go-app's engine, as it starts, reads every localStorage value and
// JSON-decodes it to find its own expired states
// (stateManager.CleanupExpiredPersistedStates, go-app v10.1.11): with a
// book-length document stored, that is millions of characters copied into
// WebAssembly before the first paint (~300 ms measured). Hashiya's keys
// ("hashiya/…") are never go-app states, so hideStoredFromStartup makes
// localStorage.getItem answer null for them until the engine has started
// (the first timer task after the Go program blocks, which is after the
// sweep: the sweep runs synchronously in engine.Start, before its event
// loop). Hashiya's own reads go through getItem, the original function
// (LocalStorage.Get), so they are never affected. The function is
// window.__hxHideStored (web/hashiya-editor.js: the Content-Security-Policy
// forbids evaluating script strings).
func hideStoredFromStartup() {
	defer recoverLog("startup")
	if app.IsClient {
		if f := app.Window().Get("__hxHideStored"); f.Type() == app.TypeFunction {
			f.Invoke()
		}
	}
}

// getItem returns localStorage.getItem as the page found it (before
// hideStoredFromStartup), to be called with call(localStorage, key).
func getItem() app.Value {
	if f := app.Window().Get("__hxGetItem"); f.Truthy() {
		return f
	}
	return app.Null()
}
