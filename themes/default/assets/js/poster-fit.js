// Fits a code-of-conduct poster to its one sheet. When the web fonts are ready, it lowers the items' size
// (--item-fit), then, if the heading alone is too long, everything (--fit), until no box overflows; opens the
// gaps of a short list; then it sets data-fitted on <html> (to the scales used), which printing and the tests
// wait for. Layout is always at
// the sheet's real size; on screen the sheet is only scaled down with a transform to show it whole.
(function () {
  "use strict";
  var root = document.documentElement;
  var sheet = document.querySelector(".sheet");
  if (!sheet) {
    return;
  }

  var content = sheet.querySelector(".content");
  var body = sheet.querySelector(".body");
  var items = sheet.querySelector(".items");

  function overflows() {
    // Half a CSS pixel of slack: sub-pixel rounding is not overflow.
    return content.scrollHeight > content.clientHeight + 0.5 ||
      content.scrollWidth > content.clientWidth + 0.5 ||
      body.scrollHeight > body.clientHeight + 0.5 ||
      items.scrollWidth > items.clientWidth + 0.5;
  }

  // The largest scale in [low, 1] at which nothing overflows, to within 1%; low when even that overflows.
  function search(name, low) {
    sheet.style.setProperty(name, "1");
    if (!overflows()) {
      return 1;
    }

    var good = low;
    var bad = 1;
    while (bad - good > 0.01) {
      var middle = (good + bad) / 2;
      sheet.style.setProperty(name, middle.toFixed(4));
      if (overflows()) {
        bad = middle;
      } else {
        good = middle;
      }
    }

    sheet.style.setProperty(name, good.toFixed(4));
    return good;
  }

  // True when an item's text runs to a second line (one client rect a line).
  function wrapped() {
    var range = document.createRange();
    var lis = items.children;
    for (var i = 0; i < lis.length; i++) {
      range.selectNodeContents(lis[i]);
      if (range.getClientRects().length > 1) {
        return true;
      }
    }

    return false;
  }

  // Short phrases read best one to a line: take a size up to 30% smaller when it sets every item on one line.
  function unwrap(itemFit) {
    if (!wrapped()) {
      return itemFit;
    }

    for (var scale = 0.99; scale >= 0.7; scale -= 0.01) {
      sheet.style.setProperty("--item-fit", (itemFit * scale).toFixed(4));
      if (!wrapped() && !overflows()) {
        return itemFit * scale;
      }
    }

    sheet.style.setProperty("--item-fit", itemFit.toFixed(4));
    return itemFit;
  }

  // A short list would float in empty space: open the gaps between items (up to 1.6 em) until it fills
  // about three quarters of the body.
  function spread() {
    if (items.children.length < 2) {
      return;
    }

    var size = parseFloat(getComputedStyle(items).fontSize);
    var gap = parseFloat(getComputedStyle(items).rowGap) / size;
    while (gap < 1.6 && items.getBoundingClientRect().height < body.clientHeight * 0.75) {
      items.style.rowGap = (gap + 0.05).toFixed(2) + "em";
      if (overflows()) {
        items.style.rowGap = gap.toFixed(2) + "em";
        return;
      }

      gap += 0.05;
    }
  }

  function fit() {
    sheet.style.setProperty("--fit", "1");
    var itemFit = unwrap(search("--item-fit", 0.5));
    var allFit = overflows() ? search("--fit", 0.3) : 1;
    spread();
    root.setAttribute("data-fitted", itemFit.toFixed(2) + " " + allFit.toFixed(2));
    preview();
  }

  function preview() {
    var stage = sheet.parentElement;
    if (!window.matchMedia("screen").matches || !stage) {
      return;
    }

    var toolbar = document.querySelector(".poster-toolbar");
    var room = window.innerHeight - (toolbar ? toolbar.offsetHeight : 0) - 32;
    var scale = Math.min(1, (window.innerWidth - 32) / sheet.offsetWidth, room / sheet.offsetHeight);
    sheet.style.setProperty("--preview", scale.toFixed(4));
    stage.style.width = (sheet.offsetWidth * scale) + "px";
    stage.style.height = (sheet.offsetHeight * scale) + "px";
  }

  window.addEventListener("resize", preview);
  (document.fonts ? document.fonts.ready : Promise.resolve()).then(fit, fit);
})();
