"use strict";
// adalscan report tables: sort on header click, filter by text / select / "gaps only".
// Reads cell text with textContent and never writes HTML, so crawled text stays inert.
(function () {
  function cellValue(row, col) {
    var cell = row.cells[col];
    if (!cell) { return ""; }
    var v = cell.getAttribute("data-v");
    return v !== null ? v : cell.textContent.trim();
  }
  function compare(a, b, numeric) {
    if (numeric) {
      var x = parseFloat(a), y = parseFloat(b);
      if (isNaN(x)) { x = -Infinity; }
      if (isNaN(y)) { y = -Infinity; }
      return x - y;
    }
    return a.localeCompare(b, document.documentElement.lang || undefined);
  }
  function sortTable(th) {
    var table = th.closest("table");
    var col = th.hasAttribute("data-col") ? parseInt(th.getAttribute("data-col"), 10) : th.cellIndex;
    var numeric = th.getAttribute("data-sort") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th[data-sort]").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var r = compare(cellValue(a, col), cellValue(b, col), numeric);
      return ascending ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function applyFilters(group) {
    var controls = document.querySelectorAll("[data-filter-for='" + group + "']");
    var tables = document.querySelectorAll("table[data-filter-group='" + group + "']");
    var shown = 0, total = 0;
    tables.forEach(function (table) {
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var ok = true;
        controls.forEach(function (c) {
          if (c.type === "checkbox") {
            if (c.checked && row.getAttribute(c.getAttribute("data-row-attr")) !== "1") { ok = false; }
          } else if (c.hasAttribute("data-row-attr")) {
            if (c.value && row.getAttribute(c.getAttribute("data-row-attr")) !== c.value) { ok = false; }
          } else if (c.hasAttribute("data-col")) {
            if (c.value && cellValue(row, parseInt(c.getAttribute("data-col"), 10)) !== c.value) { ok = false; }
          } else if (c.value && row.textContent.toLowerCase().indexOf(c.value.toLowerCase()) < 0) {
            ok = false;
          }
        });
        row.hidden = !ok;
        total += 1;
        if (ok) { shown += 1; }
      });
      var section = table.closest("[data-hide-empty]");
      if (section) { section.hidden = !Array.prototype.some.call(table.tBodies[0].rows, function (r) { return !r.hidden; }); }
    });
    document.querySelectorAll("[data-count-for='" + group + "']").forEach(function (el) {
      el.textContent = shown + " / " + total;
    });
  }
  document.querySelectorAll("th[data-sort]").forEach(function (th) {
    th.tabIndex = 0;
    th.addEventListener("click", function () { sortTable(th); });
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sortTable(th); }
    });
  });
  document.querySelectorAll("[data-filter-for]").forEach(function (c) {
    var group = c.getAttribute("data-filter-for");
    c.addEventListener(c.type === "checkbox" || c.tagName === "SELECT" ? "change" : "input", function () {
      applyFilters(group);
    });
    applyFilters(group);
  });
  document.documentElement.classList.add("js");
}());
