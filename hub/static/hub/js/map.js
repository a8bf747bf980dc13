/* Turns each static map (components/map.html) into an interactive Leaflet map when it comes
   near the screen. Leaflet's files are fetched then, once, and only on pages that have a map.
   The wheel never zooms the map and, on touch screens, one finger scrolls the page: the map
   moves with two fingers, or with the keyboard (arrows, + and -) once focused. */
(function () {
  "use strict";
  if (window.hubMaps) {
    return;
  }
  window.hubMaps = true;

  var leaflet = null;

  function loadCss(href) {
    return new Promise(function (resolve, reject) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.onload = resolve;
      link.onerror = reject;
      document.head.appendChild(link);
    });
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadLeaflet(data) {
    if (!leaflet) {
      leaflet = Promise.all([loadCss(data.leafletCss), loadScript(data.leafletJs)]).then(
        function () {
          return window.L;
        }
      );
    }
    return leaflet;
  }

  function popupContent(place, listing) {
    var box = document.createElement("div");
    var title = document.createElement(listing && place.url ? "a" : "strong");
    title.textContent = place.title;
    if (listing && place.url) {
      title.href = place.url;
    }
    box.appendChild(title);
    if (place.address) {
      var address = document.createElement("p");
      address.textContent = place.address;
      box.appendChild(address);
    }
    return box;
  }

  function upgrade(L, figure) {
    var data = figure.dataset;
    var places = JSON.parse(data.places);
    var listing = figure.classList.contains("map--listing");
    var rtl = document.documentElement.dir === "rtl";
    var touch = window.matchMedia("(pointer: coarse)").matches;
    var canvas = document.createElement("div");
    canvas.className = "map__canvas";
    canvas.setAttribute("role", "region");
    canvas.setAttribute("aria-label", data.label);
    figure.insertBefore(canvas, figure.querySelector(".map__caption"));
    figure.classList.add("map--live");
    if (touch) {
      figure.querySelector(".map__hint").hidden = false;
    }

    var map = L.map(canvas, {
      center: [parseFloat(data.lat), parseFloat(data.lng)],
      zoom: parseInt(data.zoom, 10),
      scrollWheelZoom: false,
      dragging: !touch,
      touchZoom: true,
      tapHold: false,
      zoomControl: false,
      attributionControl: false,
    });
    L.control
      .zoom({
        position: rtl ? "topright" : "topleft",
        zoomInTitle: data.zoomIn,
        zoomOutTitle: data.zoomOut,
      })
      .addTo(map);
    L.control.attribution({ position: rtl ? "bottomleft" : "bottomright", prefix: false }).addTo(map);
    L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 19 }).addTo(map);

    var icon = L.icon({
      iconUrl: data.icon,
      iconRetinaUrl: data.icon2x,
      shadowUrl: data.shadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41],
    });
    var points = [];
    places.forEach(function (place) {
      points.push([parseFloat(place.lat), parseFloat(place.lng)]);
      L.marker([parseFloat(place.lat), parseFloat(place.lng)], {
        icon: icon,
        alt: place.title,
        title: place.title,
      })
        .bindPopup(popupContent(place, listing))
        .addTo(map);
    });
    if (points.length > 1) {
      // The container may be narrower than the static map: every place stays in view.
      map.fitBounds(points, { padding: [32, 32], maxZoom: parseInt(data.zoom, 10) });
    }
    map.on("popupopen", function (event) {
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", data.close);
        close.title = data.close;
      }
    });
  }

  function start() {
    var figures = document.querySelectorAll("[data-map]");
    if (!figures.length || !("IntersectionObserver" in window) || !window.Promise) {
      return;
    }
    var observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) {
            return;
          }
          observer.unobserve(entry.target);
          loadLeaflet(entry.target.dataset).then(function (L) {
            upgrade(L, entry.target);
          });
        });
      },
      { rootMargin: "300px 0px" }
    );
    figures.forEach(function (figure) {
      observer.observe(figure);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
