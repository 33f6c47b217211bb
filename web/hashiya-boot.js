// Hashiya boot check: when go-app's loader fails to start the app (its
// label shows the error, e.g. "CompileError: ... expected magic word
// 00 61 73 6d, found 3c 21 44 4f" when an incomplete offline copy or a
// captive portal answers /web/app.wasm with an HTML page), replace the
// error with a sentence saying what happened and what to do, in Arabic
// and English, and a button to try again. Stored work (localStorage) is
// never touched here. An external file, so that the Content-Security-Policy
// can forbid inline script.
"use strict";
(function () {
  var loading = /%|\u062C\u0627\u0631\u064D/; // the loading label: "… {progress}%" / "جارٍ"
  function explain(label, err) {
    var offline = navigator.onLine === false;
    var box = document.getElementById("app-wasm-loader");
    box.setAttribute("role", "alert");
    box.dataset.bootError = offline ? "offline-incomplete" : "load-failed";
    label.textContent = "";
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
    label.append(ar, en, detail, retry);
  }
  function watch() {
    var label = document.getElementById("app-wasm-loader-label");
    if (!label) return;
    var seen = false;
    new MutationObserver(function () {
      var t = label.textContent;
      if (seen || label.querySelector("#hx-boot-error") || t === "" || loading.test(t)) return;
      seen = true;
      explain(label, t);
    }).observe(label, { childList: true, characterData: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
