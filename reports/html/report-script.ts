/**
 * The page's only script: the matrix filter (text, status toggles, disagreements only).
 * Everything is visible without it; it hides rows, and the violations of hidden rows.
 * Plain ES2017 with no dependency, so it runs from disk in any current browser.
 */
export const REPORT_SCRIPT = `
(function () {
  var text = document.getElementById('filter-text');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-status]'));
  var disagree = document.getElementById('filter-disagree');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-id]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('[data-violation-of]'));
  var count = document.getElementById('filter-count');
  if (rows.length === 0) return;
  function apply() {
    var needle = text ? text.value.trim().toLowerCase() : '';
    var on = {};
    boxes.forEach(function (b) { on[b.getAttribute('data-status')] = b.checked; });
    var visible = {};
    var shown = 0;
    rows.forEach(function (row) {
      var statuses = (row.getAttribute('data-statuses') || '').split(' ');
      var ok = (needle === '' || (row.getAttribute('data-text') || '').indexOf(needle) !== -1) &&
        statuses.some(function (s) { return on[s] !== false; }) &&
        (!disagree || !disagree.checked || row.classList.contains('disagree'));
      row.classList.toggle('hidden', !ok);
      if (ok) { visible[row.getAttribute('data-id')] = true; shown++; }
    });
    sections.forEach(function (s) { s.classList.toggle('hidden', !visible[s.getAttribute('data-violation-of')]); });
    if (count) count.textContent = shown + ' of ' + rows.length + ' invariants shown';
  }
  if (text) text.addEventListener('input', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  if (disagree) disagree.addEventListener('change', apply);
  apply();
})();
`;
