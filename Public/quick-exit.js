// "Esci subito": leave the page for a neutral site at once. Progressive: without this script the
// link still leads there. With it, the current page is replaced in the history (the Back button
// does not come back here), the page is blanked at once, and pressing Escape twice within a
// second does the same as the link.
(function () {
  "use strict";
  var link = document.querySelector("a[data-quick-exit]");
  if (!link || !window.location || !window.location.replace) { return; }
  var lastEscape = 0;

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.classList.add("quick-exit-leaving");
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var now = Date.now();
    if (now - lastEscape < 1000) { leave(event); } else { lastEscape = now; }
  });
  var keys = document.querySelectorAll(".quick-exit-keys");
  for (var i = 0; i < keys.length; i++) { keys[i].hidden = false; }
})();
