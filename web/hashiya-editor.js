// Hashiya editor helpers, called by the Go program (app/ui): DOM work that
// costs one call into JavaScript instead of thousands through syscall/js.
// An external file, because the Content-Security-Policy forbids evaluating
// script strings (app/site/csp.go).
"use strict";

// __hxFillText(el, text) writes the paragraphs of text into el in one DOM
// update: one <p data-para="i"> per line (split as app/ui/textmap.New
// does), holding one text node, or empty with class blank
// (app/ui/dom.go, ensureText).
window.__hxFillText = function (el, text) {
  var lines = text.split(/\r\n|\n|\r/), frag = document.createDocumentFragment();
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement("p");
    p.dataset.para = i;
    if (lines[i] === "") p.className = "blank"; else p.textContent = lines[i];
    frag.appendChild(p);
  }
  el.replaceChildren(frag);
};

// __hxHideStored() makes localStorage.getItem answer null for Hashiya's
// keys ("hashiya/…") until the next timer task, and keeps the original
// function as window.__hxGetItem meanwhile: go-app's engine reads and
// JSON-decodes every localStorage value as it starts, which a book-length
// document makes slow (app/ui/startup.go).
window.__hxHideStored = function () {
  var S = Storage.prototype, get = S.getItem;
  if (window.__hxGetItem) return;
  window.__hxGetItem = get;
  S.getItem = function (k) {
    return this === window.localStorage && typeof k === "string" && k.lastIndexOf("hashiya/", 0) === 0 ? null : get.call(this, k);
  };
  setTimeout(function () { S.getItem = get; delete window.__hxGetItem; }, 0);
};
