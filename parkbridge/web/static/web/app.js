/* ParkBridge pages: small progressive enhancements; every page works without them. */
(function () {
  "use strict";

  // The language menu switches as soon as a language is chosen (the button stays for no-JS).
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("select[data-autosubmit]")) target.form.submit();
  });

  // The navigation folds behind a menu button on narrow screens (CSS decides when); the button
  // only appears once this script runs, so without JS the navigation simply stays open.
  function setUpMenu() {
    var header = document.querySelector("[data-menu]");
    if (!header) return;
    var button = header.querySelector(".menu-toggle");
    if (!button) return;
    header.classList.add("menu-collapsible");
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      header.classList.toggle("menu-open", open);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && header.classList.contains("menu-open")) {
        button.setAttribute("aria-expanded", "false");
        header.classList.remove("menu-open");
        button.focus();
      }
    });
  }
  document.addEventListener("DOMContentLoaded", setUpMenu);

  // Charts: figures built on the server by Plotly's Python package, drawn by plotly.js.
  function drawCharts(root) {
    if (typeof Plotly === "undefined") return;
    (root || document).querySelectorAll("[data-chart]").forEach(function (el) {
      if (el.getAttribute("data-drawn")) return;
      var source = document.getElementById(el.getAttribute("data-chart"));
      if (!source) return;
      var figure = JSON.parse(source.textContent);
      Plotly.newPlot(el, figure.data, figure.layout, { responsive: true, displaylogo: false });
      el.setAttribute("data-drawn", "true");
    });
  }

  document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
  document.addEventListener("htmx:afterSwap", function (event) { drawCharts(event.target); });
})();
