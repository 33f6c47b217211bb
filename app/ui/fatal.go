package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// watchdogJS makes a stopped Go program visible. Once the Go program has
// exited (a panic anywhere ends it), every call into Go throws; the page
// would still look alive but no button or key would work. Every second the
// script calls window.__hashiyaPing (a Go function) and, when that throws,
// shows a fixed error banner (#hx-fatal, <body data-fatal="dead">) that
// asks to reload. window.__hashiyaFatal(msg, dead) shows the banner from Go
// for a recovered panic (data-fatal="recovered").
const watchdogJS = `(function(){
if (window.__hashiyaWatch) return;
function show(msg, dead) {
  var d = document.getElementById("hx-fatal");
  if (!d) {
    d = document.createElement("div");
    d.id = "hx-fatal"; d.className = "hx-fatal"; d.setAttribute("role", "alert"); d.dir = "rtl"; d.lang = "ar";
    d.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:2147483647;background:#8b0000;color:#fff;padding:.6em 1em;line-height:1.6";
    document.body.appendChild(d);
  } else if (d.dataset.dead === "1") {
    return;
  }
  d.textContent = "";
  d.dataset.dead = dead ? "1" : "0";
  var ar = document.createElement("span");
  ar.textContent = dead
    ? "توقّفت حاشية عن العمل بسبب خطأ داخلي، فلن تستجيب الصفحة بعد الآن. ما حُفظ قبل الخطأ باقٍ في هذا المتصفح: أعد تحميل الصفحة. "
    : "حدث خطأ داخلي فلم تكتمل العملية الأخيرة. إن لم تستجب الصفحة فأعد تحميلها. ";
  var en = document.createElement("bdi");
  en.dir = "ltr"; en.lang = "en";
  en.textContent = (dead ? "Hashiya stopped after an internal error; reload the page. " : "Internal error; the last action did not complete. ") + (msg || "");
  var b = document.createElement("button");
  b.textContent = "أعد التحميل"; b.id = "hx-fatal-reload";
  b.onclick = function () { location.reload(); };
  d.appendChild(ar); d.appendChild(en); d.appendChild(document.createTextNode(" ")); d.appendChild(b);
  document.body.dataset.fatal = dead ? "dead" : "recovered";
}
window.__hashiyaFatal = show;
window.__hashiyaWatch = setInterval(function () {
  var f = window.__hashiyaPing;
  if (typeof f !== "function") return;
  try { f(); } catch (e) { clearInterval(window.__hashiyaWatch); show(String((e && e.message) || e), true); }
}, 1000);
})();`

// installWatchdog installs watchdogJS and the Go function it pings. It is
// never released: the ping must live as long as the program.
func installWatchdog() {
	if !app.IsClient {
		return
	}
	w := app.Window()
	w.Set("__hashiyaPing", app.FuncOf(func(this app.Value, args []app.Value) any { return true }))
	w.Get("Function").New(watchdogJS).Invoke()
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
