package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Defensive readers of JavaScript values. syscall/js panics when Bool,
// String, Int or Float is called on a value of another type (an event
// dispatched by a script may lack key, code or ctrlKey; an SVG element's
// tagName is lower case; undefined everywhere), and a panic in a handler
// ends the Go program. Event handlers read event fields only through these.

// jsField returns v[name], or undefined when v is not an object.
func jsField(v app.Value, name string) app.Value {
	if v == nil || (v.Type() != app.TypeObject && v.Type() != app.TypeFunction) {
		return app.Undefined()
	}
	return v.Get(name)
}

// jsStr returns v[name] when it is a string, else "".
func jsStr(v app.Value, name string) string {
	if f := jsField(v, name); f.Type() == app.TypeString {
		return f.String()
	}
	return ""
}

// jsBool returns v[name] when it is a boolean, else false.
func jsBool(v app.Value, name string) bool {
	if f := jsField(v, name); f.Type() == app.TypeBoolean {
		return f.Bool()
	}
	return false
}

// jsNum returns v[name] when it is a number, else def.
func jsNum(v app.Value, name string, def float64) float64 {
	if f := jsField(v, name); f.Type() == app.TypeNumber {
		return f.Float()
	}
	return def
}

// guard runs f, turning a panic into a visible error banner (showFatal)
// instead of ending the program silently; the page stays usable when the
// panic was local to one event.
func guard(where string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			showFatal(fmt.Sprintf("%s: %v", where, r), false)
		}
	}()
	f()
}
