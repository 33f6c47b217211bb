// Hashiya boot check: when go-app's loader fails to start the app (its
// label shows the error, e.g. "CompileError: ... expected magic word
// 00 61 73 6d, found 3c 21 44 4f" when an incomplete offline copy or a
// captive portal answers /web/app.wasm with an HTML page), replace the
// error with a sentence saying what happened and what to do, in Arabic
// and English, and a button to try again. Stored work (localStorage) is
// never touched here. An external file, so that the Content-Security-Policy
// can forbid inline script.
//
// It also defines window.__hashiyaWatchdog, which the Go program calls at
// start (app/ui/fatal.go): see there.
"use strict";
window.__hashiyaWatchdog = function () {
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
};

(function () {
  var loading = /%|\u062C\u0627\u0631\u064D/; // the loading label: "… {progress}%" / "جارٍ"
  function explain(label, err) {
    var offline = navigator.onLine === false;
    var box = document.getElementById("app-wasm-loader");
    if (!box) return;
    box.setAttribute("role", "alert");
    box.dataset.bootError = offline ? "offline-incomplete" : "load-failed";
    // The message goes beside the label, which is hidden: go-app may still
    // write progress into the label after the error (the download goes on
    // after instantiateStreaming has failed).
    label.hidden = true;
    label.style.display = "none";
    var msg = document.createElement("div");
    msg.className = "hx-boot-msg";
    var ar = document.createElement("p");
    ar.lang = "ar";
    ar.dir = "rtl";
    ar.id = "hx-boot-error";
    ar.textContent = offline
      ? "نسخة حاشية المحفوظة للعمل دون اتصال غير مكتملة. اتصل بالإنترنت مرة واحدة لإكمال التثبيت ثم أعد التحميل. عملك المحفوظ في هذا المتصفح باقٍ."
      : "تعذّر تشغيل حاشية: لم يصل ملف التطبيق كاملًا (ربما انقطع الاتصال أو ردّت شبكة بصفحة أخرى). أعد التحميل؛ عملك المحفوظ في هذا المتصفح باقٍ.";
    var en = document.createElement("p");
    en.lang = "en";
    en.dir = "ltr";
    en.textContent = offline
      ? "The offline copy of Hashiya is incomplete: connect once to finish installing, then reload. Your stored work is kept."
      : "Hashiya could not start: the application file did not arrive whole. Reload; your stored work is kept.";
    var detail = document.createElement("p");
    detail.dir = "ltr";
    detail.className = "hx-boot-detail";
    detail.textContent = String(err).slice(0, 300);
    var retry = document.createElement("button");
    retry.id = "hx-boot-retry";
    retry.textContent = "أعد التحميل — Reload";
    retry.addEventListener("click", function () { location.reload(); });
    msg.append(ar, en, detail, retry);
    box.appendChild(msg);
  }
  function watch() {
    var label = document.getElementById("app-wasm-loader-label");
    if (!label) return;
    var seen = false;
    new MutationObserver(function () {
      var t = label.textContent;
      if (seen || !label.isConnected || t === "" || loading.test(t)) return;
      seen = true;
      explain(label, t);
    }).observe(label, { childList: true, characterData: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();

// The entity model (app/ner's bundle, web/ner-HASH.bin) is a file of its
// own: the page's <link rel="preload" id="hx-ner-model"> starts its
// download while app.wasm downloads, and this fetch takes that response.
// The result waits in window.__hxNER ({buf} or {error}) until the Go
// program takes it (app/ui/nermodel.go), once; window.__hxNERDone resolves
// then too, for a Go program already waiting.
(function () {
  var link = document.getElementById("hx-ner-model");
  var done;
  window.__hxNERDone = new Promise(function (resolve) { done = resolve; });
  function settle(v) { window.__hxNER = v; done(v); }
  if (!link) {
    settle({ error: "the page names no entity model file (no link#hx-ner-model)" });
    return;
  }
  var url = link.getAttribute("href");
  fetch(url).then(function (r) {
    if (!r.ok) throw new Error("HTTP " + r.status + " " + r.statusText + " for " + url);
    return r.arrayBuffer();
  }).then(function (buf) {
    settle({ buf: buf, url: url });
  }, function (e) {
    settle({ error: String((e && e.message) || e) + " (" + url + ")", url: url });
  });
})();
