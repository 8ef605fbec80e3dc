// The case page's records in a new order by drag and drop: the row follows the pointer, and once it is
// let go the whole order is posted through the page's hidden #record-order form (its CSRF token inside;
// htmx swaps the list in place, or the browser posts and reloads without it). A file, not inline script:
// the Content-Security-Policy allows none. The up/down buttons stay for the keyboard and without script.
(function () {
  "use strict";
  var dragging = null, before = "";

  function list(el) { return el && el.closest ? el.closest("tbody[data-reorder]") : null; }

  function rowOf(el) { return el && el.closest ? el.closest("tr[data-record]") : null; }

  function order(tbody) {
    return Array.prototype.map.call(tbody.querySelectorAll("tr[data-record]"), function (tr) {
      return tr.getAttribute("data-record");
    }).join(",");
  }

  function save() {
    var row = dragging, tbody = list(row);
    dragging = null;
    row.classList.remove("dragging");
    var now = order(tbody);
    if (now === before) return;
    var form = document.getElementById(tbody.getAttribute("data-reorder"));
    if (!form) return;
    form.querySelector('input[name="order"]').value = now;
    tbody.querySelectorAll("tr[data-record]").forEach(function (tr, i) {
      var cell = tr.querySelector("td.grip + td");
      if (cell) cell.textContent = String(i + 1);
    });
    form.requestSubmit();
  }

  document.addEventListener("dragstart", function (ev) {
    var row = rowOf(ev.target);
    if (!row || !list(row) || ev.target !== row) return;
    dragging = row;
    before = order(list(row));
    row.classList.add("dragging");
    ev.dataTransfer.effectAllowed = "move";
    ev.dataTransfer.setData("text/plain", row.getAttribute("data-record"));
  });

  document.addEventListener("dragover", function (ev) {
    var row = rowOf(ev.target);
    if (!dragging || !row || list(row) !== list(dragging)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "move";
    if (row === dragging) return;
    var box = row.getBoundingClientRect();
    row.parentNode.insertBefore(dragging, ev.clientY > box.top + box.height / 2 ? row.nextSibling : row);
  });

  document.addEventListener("drop", function (ev) {
    if (!dragging) return;
    ev.preventDefault();
    save();
  });

  // let go outside the list: the order shown is the order kept
  document.addEventListener("dragend", function () {
    if (dragging) save();
  });
})();
