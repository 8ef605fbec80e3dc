// The review page's behaviour: outline a fact's box on its page, zoom, keyboard shortcuts, file drop.
// Served as a file (the Content-Security-Policy allows no inline script).
(function () {
  "use strict";
  var zoom = 1;

  function facts() { return Array.prototype.slice.call(document.querySelectorAll(".fact-list .fact")); }

  function select(fact, scroll) {
    if (!fact) return;
    facts().forEach(function (f) { f.classList.toggle("selected", f === fact); });
    var name = fact.getAttribute("data-field");
    document.querySelectorAll("rect.box").forEach(function (r) {
      r.classList.toggle("active", r.getAttribute("data-box") === name);
    });
    var box = document.querySelector('rect.box[data-box="' + name + '"]');
    if (scroll !== false) {
      if (box) box.scrollIntoView({block: "center", inline: "center"});
      else if (fact.dataset.page) {
        var page = document.getElementById("page-" + fact.dataset.page);
        if (page) page.scrollIntoView({block: "start"});
      }
    }
  }

  function setZoom(step) {
    zoom = step === 0 ? 1 : Math.min(4, Math.max(0.5, zoom * (step > 0 ? 1.25 : 0.8)));
    document.querySelectorAll(".page svg, .page img").forEach(function (el) {
      el.style.width = (zoom * 100) + "%";
    });
  }

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT");
  }

  function move(by) {
    var all = facts(), at = all.indexOf(document.querySelector(".fact.selected"));
    var next = all[Math.max(0, Math.min(all.length - 1, at + by))];
    select(next);
    if (next) next.focus({preventScroll: true});
  }

  function submit(id) {
    var form = document.getElementById(id);
    if (form) form.requestSubmit();
  }

  document.addEventListener("click", function (ev) {
    var zoomButton = ev.target.closest("[data-zoom]");
    if (zoomButton) { setZoom(parseInt(zoomButton.getAttribute("data-zoom"), 10)); return; }
    var fact = ev.target.closest(".fact");
    if (fact) select(fact, !typing(ev.target));
    var box = ev.target.closest("rect.box");
    if (box) select(document.querySelector('.fact[data-field="' + box.getAttribute("data-box") + '"]'));
  });

  document.addEventListener("focusin", function (ev) {
    var fact = ev.target.closest && ev.target.closest(".fact");
    if (fact && !fact.classList.contains("selected")) select(fact);
  });

  document.addEventListener("submit", function (ev) {
    var ask = ev.target.getAttribute("data-confirm");
    if (ask && !window.confirm(ask)) ev.preventDefault();
  });

  document.addEventListener("keydown", function (ev) {
    if (!document.querySelector(".review-page")) return;
    if (ev.key === "Enter" && ev.shiftKey) { ev.preventDefault(); submit("next-form"); return; }
    if (typing(ev.target)) {
      if (ev.key === "Escape") ev.target.blur();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var keys = {
      "j": function () { move(1); }, "k": function () { move(-1); },
      "a": function () { submit("approve-form"); }, "n": function () { submit("next-form"); },
      "+": function () { setZoom(1); }, "=": function () { setZoom(1); }, "-": function () { setZoom(-1); },
      "0": function () { setZoom(0); },
      "e": function () {
        var fact = document.querySelector(".fact.selected") || facts()[0];
        var input = fact && fact.querySelector('input[name="value"]');
        if (input) { select(fact); input.focus(); input.select(); }
      }
    };
    if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
  });

  // htmx swaps a fact row after a fix: keep it selected and its box outlined
  document.addEventListener("htmx:afterSwap", function (ev) {
    var fact = ev.detail && ev.detail.elt && ev.detail.elt.closest ? ev.detail.elt.closest(".fact") : null;
    if (fact) select(fact, false);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var drop = document.getElementById("drop");
    if (drop) {
      var input = drop.querySelector("input[type=file]");
      ["dragenter", "dragover"].forEach(function (t) {
        drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
      });
      ["dragleave", "drop"].forEach(function (t) {
        drop.addEventListener(t, function () { drop.classList.remove("over"); });
      });
      drop.addEventListener("drop", function (ev) {
        ev.preventDefault();
        input.files = ev.dataTransfer.files;
      });
    }
    var first = document.querySelector(".fact.low, .fact.missing");
    if (first) select(first, false);
  });
})();
