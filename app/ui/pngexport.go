package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// pngScale is the pixel ratio of a downloaded PNG: twice the chart's size,
// so that Arabic text stays legible when printed or zoomed.
const pngScale = 2

// downloadPNG draws svg (a standalone SVG document with width and height
// attributes in px, as library.Chart writes) on a white canvas at
// pngScale times its size, through the browser's own SVG renderer (an
// <img> of the SVG), and downloads the canvas as a PNG file called name.
// Nothing happens outside the browser; a failure is logged.
func downloadPNG(svg, name string) {
	if !app.IsClient {
		return
	}
	defer recoverLog("png")
	w, h := svgSize(svg)
	if w <= 0 || h <= 0 {
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{svg}, map[string]any{"type": "image/svg+xml;charset=utf-8"})
	url := win.Get("URL").Call("createObjectURL", blob)
	img := win.Get("Image").New()
	var onload, onerror, onblob app.Func
	release := func() {
		win.Get("URL").Call("revokeObjectURL", url)
		onload.Release()
		onerror.Release()
	}
	onblob = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer onblob.Release()
		if len(args) == 0 || !args[0].Truthy() {
			app.Log("png: the canvas gave no image")
			return nil
		}
		args[0].Call("arrayBuffer").Then(func(buf app.Value) {
			arr := win.Get("Uint8Array").New(buf)
			b := make([]byte, arr.Length())
			app.CopyBytesToGo(b, arr)
			downloadBytes(name, "image/png", b)
		})
		return nil
	})
	onload = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		canvas := document().Call("createElement", "canvas")
		canvas.Set("width", w*pngScale)
		canvas.Set("height", h*pngScale)
		c := canvas.Call("getContext", "2d")
		c.Set("fillStyle", "#fff")
		c.Call("fillRect", 0, 0, w*pngScale, h*pngScale)
		c.Call("drawImage", img, 0, 0, w*pngScale, h*pngScale)
		canvas.Call("toBlob", onblob, "image/png")
		return nil
	})
	onerror = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		onblob.Release()
		app.Log("png: the chart could not be drawn as an image")
		return nil
	})
	img.Set("onload", onload)
	img.Set("onerror", onerror)
	img.Set("src", url)
}

// svgSize reads the width and height attributes (px) of the root element
// of svg; 0 when absent.
func svgSize(svg string) (w, h int) {
	end := strings.IndexByte(svg, '>')
	if end < 0 {
		return 0, 0
	}
	root := svg[:end]
	attr := func(name string) int {
		i := strings.Index(root, " "+name+`="`)
		if i < 0 {
			return 0
		}
		v := root[i+len(name)+3:]
		n, _ := strconv.Atoi(v[:max(0, strings.IndexByte(v, '"'))])
		return n
	}
	return attr("width"), attr("height")
}
