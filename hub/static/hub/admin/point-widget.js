/* A small map under the latitude and longitude fields (hub/map_widgets.py): clicking the map or
   dragging the pin fills both fields; typing in the fields moves the pin. The fields work
   without it. */
(function () {
  "use strict";

  function number(input) {
    var value = parseFloat(String(input.value).replace(",", "."));
    return isNaN(value) ? null : value;
  }

  function setValue(input, value) {
    input.value = value.toFixed(6);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function setUp(latitude) {
    var data = latitude.dataset;
    var longitude = latitude.form
      ? latitude.form.querySelector(
          'input[data-point="longitude"][name="' +
            latitude.name.replace(/latitude$/, "longitude") +
            '"]'
        )
      : null;
    if (!longitude || data.pointReady || !window.L) {
      return;
    }
    data.pointReady = "1";
    var L = window.L;
    var anchor =
      longitude.closest("[data-field-wrapper]") ||
      longitude.closest(".w-field__wrapper") ||
      longitude.parentNode;

    var box = document.createElement("div");
    var help = document.createElement("p");
    help.className = "help";
    help.textContent = data.pointHelp;
    var canvas = document.createElement("div");
    canvas.className = "hub-point-map";
    canvas.setAttribute("role", "region");
    canvas.setAttribute("aria-label", data.pointLabel);
    canvas.style.blockSize = "18rem";
    canvas.style.maxInlineSize = "40rem";
    canvas.style.marginBlock = "0.5rem 1.5rem";
    box.appendChild(help);
    box.appendChild(canvas);
    anchor.parentNode.insertBefore(box, anchor.nextSibling);

    var rtl = document.documentElement.dir === "rtl";
    var centre = data.pointCentre.split(",").map(parseFloat);
    var lat = number(latitude);
    var lng = number(longitude);
    var placed = lat !== null && lng !== null;
    var map = L.map(canvas, {
      center: placed ? [lat, lng] : centre,
      zoom: placed ? 16 : 12,
      scrollWheelZoom: false,
      zoomControl: false,
    });
    L.control
      .zoom({
        position: rtl ? "topright" : "topleft",
        zoomInTitle: data.pointZoomIn,
        zoomOutTitle: data.pointZoomOut,
      })
      .addTo(map);
    map.attributionControl.setPrefix(false);
    L.tileLayer(data.pointTiles, { attribution: data.pointAttribution, maxZoom: 19 }).addTo(map);
    var marker = L.marker(placed ? [lat, lng] : centre, {
      draggable: true,
      alt: data.pointMarker,
      title: data.pointMarker,
      icon: L.icon({
        iconUrl: data.pointIcon,
        iconRetinaUrl: data.pointIcon2x,
        shadowUrl: data.pointShadow,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        shadowSize: [41, 41],
      }),
    });
    if (placed) {
      marker.addTo(map);
    }

    function fill(point) {
      setValue(latitude, point.lat);
      setValue(longitude, L.Util.wrapNum(point.lng, [-180, 180], true));
    }

    map.on("click", function (event) {
      marker.setLatLng(event.latlng).addTo(map);
      fill(event.latlng);
    });
    marker.on("dragend", function () {
      fill(marker.getLatLng());
    });

    function follow() {
      var lat = number(latitude);
      var lng = number(longitude);
      if (lat === null || lng === null || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        return;
      }
      marker.setLatLng([lat, lng]).addTo(map);
      map.panTo([lat, lng]);
    }
    latitude.addEventListener("input", follow);
    longitude.addEventListener("input", follow);

    // In a tab or a collapsed panel the map is laid out at zero size: redraw once it shows.
    if (window.ResizeObserver) {
      new ResizeObserver(function () {
        map.invalidateSize();
      }).observe(canvas);
    }
  }

  function start() {
    document.querySelectorAll('input[data-point="latitude"]').forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
