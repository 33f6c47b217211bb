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
// (LocalStorage.Get), so they are never affected.
const hideStoredJS = `(() => {
  const S = Storage.prototype, get = S.getItem;
  if (window.__hxGetItem) return;
  window.__hxGetItem = get;
  S.getItem = function (k) {
    return this === window.localStorage && typeof k === "string" && k.startsWith("hashiya/") ? null : get.call(this, k);
  };
  setTimeout(() => { S.getItem = get; delete window.__hxGetItem; }, 0);
})`

func hideStoredFromStartup() {
	defer recoverLog("startup")
	if app.IsClient {
		app.Window().Get("Function").New("return " + hideStoredJS).Invoke().Invoke()
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
