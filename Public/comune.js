// Comune suggestions for fields marked data-comuni. Progressive: without this script the field is
// a plain text box that the server resolves by name or postal code. With it, typing fills the
// field's <datalist> with matches from /api/comuni, which the browser offers natively.
(function () {
  "use strict";
  if (!window.fetch || !document.querySelectorAll) { return; }

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var endpoint = input.getAttribute("data-comuni");
    if (!list || !endpoint) { return; }
    var timer = null;
    var lastQuery = "";

    function fill(items) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      items.slice(0, 10).forEach(function (item) {
        var option = document.createElement("option");
        option.value = item.nome;
        option.label = item.nome + " (" + item.provincia + ") " + item.cap;
        list.appendChild(option);
      });
    }

    function lookup() {
      var query = input.value.trim();
      if (query.length < 2 || query === lastQuery) { return; }
      lastQuery = query;
      fetch(endpoint + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (data) { if (input.value.trim() === query) { fill(data.comuni || []); } })
        .catch(function () { /* suggestions are optional: the form still works */ });
    }

    input.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(lookup, 150);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-comuni]"), attach);
})();
