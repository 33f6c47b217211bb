package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Modal dialogs (WAI-ARIA dialog pattern): the dialog element has
// role=dialog and aria-modal=true; on mount the focus goes to its first
// field; Tab and Shift+Tab stay inside it; Escape closes it; on close the
// focus goes back to where it was.

const focusables = `input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])`

// modalOpened focuses the first field of the dialog id and returns the
// element that had the focus, to give it back with modalClosed.
func modalOpened(ctx app.Context, id string) (opener app.Value) {
	opener = app.Null()
	if !app.IsClient {
		return opener
	}
	opener = document().Get("activeElement")
	ctx.Defer(func(ctx app.Context) {
		defer recoverLog("modal focus")
		if d := document().Call("getElementById", id); d.Truthy() {
			f := d.Call("querySelector", "[autofocus]")
			if !f.Truthy() {
				f = d.Call("querySelector", focusables)
			}
			if f.Truthy() {
				f.Call("focus")
			}
		}
	})
	return opener
}

// modalClosed gives the focus back to opener.
func modalClosed(opener app.Value) {
	defer recoverLog("modal close")
	if opener.Truthy() && opener.Get("focus").Truthy() && document().Get("body").Call("contains", opener).Bool() {
		opener.Call("focus")
	}
}

// modalKeys handles Tab (kept inside the dialog id) and Escape (onClose).
func modalKeys(ctx app.Context, e app.Event, id string, onClose func(ctx app.Context)) {
	defer recoverLog("modal keys")
	switch jsStr(e.Value, "key") {
	case "Escape":
		e.PreventDefault()
		e.StopImmediatePropagation()
		if onClose != nil {
			onClose(ctx)
		}
	case "Tab":
		d := document().Call("getElementById", id)
		if !d.Truthy() {
			return
		}
		all := d.Call("querySelectorAll", focusables)
		n := all.Length()
		if n == 0 {
			e.PreventDefault()
			return
		}
		first, last := all.Index(0), all.Index(n-1)
		active := document().Get("activeElement")
		inside := d.Call("contains", active).Bool()
		if jsBool(e.Value, "shiftKey") {
			if !inside || active.Equal(first) {
				e.PreventDefault()
				last.Call("focus")
			}
		} else if !inside || active.Equal(last) {
			e.PreventDefault()
			first.Call("focus")
		}
	}
}
