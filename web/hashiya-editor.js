// Hashiya editor helpers, called by the Go program (app/ui): DOM work that
// costs one call into JavaScript instead of thousands through syscall/js.
// An external file, because the Content-Security-Policy forbids evaluating
// script strings (app/site/csp.go).
"use strict";

// __hxFillText(el, text, per) writes the paragraphs of text into el in one
// DOM update: one <p data-para="i"> per line (split as app/ui/textmap.New
// does), holding one text node, or empty with class blank, grouped in
// blocks <div class="hx-blk" data-blk="b"> of per lines (app/ui/dom.go,
// ensureText). A long text's blocks are laid out only near the screen
// (content-visibility: auto in web/hashiya.css): the browser's cost of a
// first layout grows with the number of elements it has to place, and a
// block that is skipped counts as one. Each block's height until it is
// laid out is estimated from its lines' lengths (__hxSizeBlocks), set as
// the blocks are built, so that the first layout is the only one; the
// estimate is fitted to the first block once a frame has laid it out.
window.__hxFillText = function (el, text, per) {
  var lines = text.split(/\r\n|\n|\r/), frag = document.createDocumentFragment(), blk = null;
  var long = lines.length > per, est = null, h = 0;
  if (long) {
    el.textContent = ""; // measured empty: no layout of the old text
    est = blockEstimate(el, 0);
  }
  for (var i = 0; i < lines.length; i++) {
    if (i % per === 0) {
      if (blk && i > per) blk.style.containIntrinsicSize = "auto " + Math.round(h) + "px";
      blk = document.createElement("div");
      blk.className = "hx-blk";
      blk.dataset.blk = i / per;
      frag.appendChild(blk);
      h = 0;
    }
    var p = document.createElement("p");
    p.dataset.para = i;
    if (lines[i] === "") p.className = "blank"; else p.textContent = lines[i];
    blk.appendChild(p);
    if (est) h += est.line(lines[i].length);
  }
  if (blk && long) blk.style.containIntrinsicSize = "auto " + Math.round(h) + "px";
  el.replaceChildren(frag);
  if (long) {
    // Measured again once the first frame has laid the first block out.
    requestAnimationFrame(function () { setTimeout(function () { window.__hxSizeBlocks(el, 1); }); });
  }
};

// blockEstimate(el, cpl) returns the height estimate of a paragraph of n
// UTF-16 units in el (line(n), px): its line height times its lines at cpl
// characters per line, or, with cpl 0, at the width of el over an average
// advance of half the font size, plus the paragraph's margin; at(c) gives
// the estimate at c characters per line.
function blockEstimate(el, cpl) {
  var cs = getComputedStyle(el), fs = parseFloat(cs.fontSize) || 20;
  var lh = parseFloat(cs.lineHeight) || 2.1 * fs, gap = 0.6 * fs, blank = 0.6 * fs;
  var at = function (cpl) {
    return {
      at: at,
      line: function (n) { return n ? Math.ceil(n / cpl) * lh + gap : blank; }
    };
  };
  return at(cpl || Math.max(8, Math.floor(el.clientWidth / (0.5 * fs))));
}

// __hxSizeBlocks(el, measure) sets each block's contain-intrinsic-size
// (the height it takes while skipped) from its lines' lengths: with
// measure 0, from the font size and the width of el; with 1, fitted to the
// first block as laid out (the characters per line for which its estimate
// is its real height).
window.__hxSizeBlocks = function (el, measure) {
  var first = el.children[0];
  if (!first || first !== el.firstChild) return; // replaced meanwhile
  var blockHeight = function (blk, e) {
    var t = 0;
    for (var p = blk.firstChild; p; p = p.nextSibling) t += e.line(p.firstChild ? p.firstChild.length : 0);
    return t;
  };
  var e = blockEstimate(el, 0);
  if (measure) {
    var h = first.getBoundingClientRect().height;
    if (!(h > 0)) return;
    var lo = 1, hi = 4096; // the smallest that does not overestimate block 0
    while (lo < hi) {
      var m = (lo + hi) >> 1;
      if (blockHeight(first, e.at(m)) > h) lo = m + 1; else hi = m;
    }
    e = e.at(lo);
  }
  for (var b = 1; b < el.children.length; b++) {
    el.children[b].style.containIntrinsicSize = "auto " + Math.round(blockHeight(el.children[b], e)) + "px";
  }
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

// The annotation highlights of the article (app/ui/highlight.go), drawn in
// batches: one call per redraw instead of several calls through syscall/js
// per range. Ranges are StaticRanges kept here in slots that the Go side
// numbers; highlights are numbered too (__hxHLName), and registered in
// CSS.highlights only while they hold ranges.
(function () {
  var R = [], H = [], N = [];
  // __hxHLName(i, name, priority) declares highlight i.
  window.__hxHLName = function (i, name, priority) {
    var h = new Highlight();
    h.priority = priority;
    H[i] = h; N[i] = name;
  };
  // __hxHLReset() empties every highlight and forgets every range.
  window.__hxHLReset = function () {
    for (var i = 0; i < H.length; i++) if (H[i]) { H[i].clear(); CSS.highlights.delete(N[i]); }
    R = [];
  };
  // __hxHL(cont, per, ops) runs ops (an Int32Array) over the article cont
  // in blocks of per paragraphs: 1 slot p1 o1 p2 o2 makes the range from
  // (paragraph p1, UTF-16 offset o1) to (p2, o2), on the paragraph's text
  // node, or on an empty paragraph itself at offset 0; 2 slot h adds it to
  // highlight h, 3 slot h deletes it from h, 4 slot forgets it.
  // window.__hxHLCalls counts the calls (redraws), for the benchmarks.
  window.__hxHLCalls = 0;
  window.__hxHL = function (cont, per, ops) {
    window.__hxHLCalls++;
    var node = function (p) {
      var b = cont.children[(p / per) | 0], e = b && b.children[p % per];
      return e ? (e.firstChild || e) : null;
    };
    for (var i = 0; i < ops.length;) {
      var h;
      switch (ops[i]) {
        case 1:
          var n1 = node(ops[i + 2]), n2 = node(ops[i + 4]);
          R[ops[i + 1]] = n1 && n2 ? new StaticRange({
            startContainer: n1, startOffset: n1.nodeType === 3 ? ops[i + 3] : 0,
            endContainer: n2, endOffset: n2.nodeType === 3 ? ops[i + 5] : 0
          }) : null;
          i += 6;
          break;
        case 2:
          h = H[ops[i + 2]];
          if (R[ops[i + 1]]) { h.add(R[ops[i + 1]]); if (h.size === 1) CSS.highlights.set(N[ops[i + 2]], h); }
          i += 3;
          break;
        case 3:
          h = H[ops[i + 2]];
          if (R[ops[i + 1]] && h.delete(R[ops[i + 1]]) && h.size === 0) CSS.highlights.delete(N[ops[i + 2]]);
          i += 3;
          break;
        case 4:
          R[ops[i + 1]] = undefined;
          i += 2;
          break;
        default:
          return;
      }
    }
  };
})();
