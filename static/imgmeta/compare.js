// The compare page's overlay: the second image over the first, uncovered up to the slider's
// position. The slider is hidden without script, where it could do nothing. The clip is set through
// the style property (allowed by the page's CSP, unlike inline style attributes).
(function () {
  "use strict";

  document.querySelectorAll("[data-overlay]").forEach(function (overlay) {
    var top = overlay.querySelector("img.top");
    var slider = overlay.parentElement.querySelector("[data-overlay-slider]");
    if (!top || !slider) return;
    function clip() {
      top.style.clipPath = "inset(0 0 0 " + slider.value + "%)";
    }
    slider.closest("label").hidden = false;
    slider.addEventListener("input", clip);
    clip();
  });
})();
