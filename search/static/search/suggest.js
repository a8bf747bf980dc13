// Title suggestions for the search box: fills its <datalist> as the resident types.
// Without JavaScript the box works as a plain search form.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("site-search-q");
    var list = document.getElementById("site-search-suggestions");
    if (!input || !list || !window.fetch) return;
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var value = input.value.trim();
      if (value.length < 2) return;
      timer = setTimeout(function () {
        var url = input.dataset.suggestUrl + "?format=json&q=" + encodeURIComponent(value);
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.replaceChildren.apply(list, data.suggestions.map(function (item) {
              var option = document.createElement("option");
              option.value = item.title;
              return option;
            }));
          })
          .catch(function () {});
      }, 200);
    });
  });
})();
