//go:build !wasm

package ui

// jsErrorName returns "": outside the browser there are no JavaScript
// exceptions.
func jsErrorName(error) string { return "" }
