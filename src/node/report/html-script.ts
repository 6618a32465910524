import { createHash } from 'node:crypto';

/**
 * The report's only script: it shows the filter form (hidden without JavaScript) and hides the establishments
 * that do not match the search text (FINESS, name, region, status; accents and case ignored), the region (the
 * first part of each line's `<small>`) and the palier of the latest period (the class of its marks). Progressive enhancement: without it the page is complete, only unfiltered.
 * Allowed by the page's Content-Security-Policy through its SHA-256 hash, nothing else may run.
 *
 * @category Reports
 */
export const FILTER_SCRIPT = `(function () {
  var form = document.getElementById('filter');
  if (!form) return;
  var q = document.getElementById('q'), r = document.getElementById('r'), s = document.getElementById('s');
  var out = document.getElementById('n');
  var items = Array.prototype.slice.call(document.querySelectorAll('#list > details'));
  var fold = function (t) { return t.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); };
  var texts = items.map(function (d) { return fold(d.firstElementChild.textContent); });
  var regions = items.map(function (d) { var s = d.querySelector('summary > small'); return s ? s.textContent.split(' · ')[0] : ''; });
  var statuses = items.map(function (d) { var m = d.querySelector('summary > i'); return m ? m.className : ''; });
  form.hidden = false;
  var run = function () {
    var t = fold(q.value.trim()), rv = r.value, sv = s.value, shown = 0;
    items.forEach(function (d, i) {
      var keep = (t === '' || texts[i].indexOf(t) >= 0) && (rv === '' || regions[i] === rv) &&
        (sv === '' || statuses[i] === 'l-' + sv);
      d.hidden = !keep;
      if (keep) shown++;
    });
    var fr = out.getAttribute('data-lang') === 'fr', one = fr ? shown < 2 : shown === 1;
    out.textContent = shown.toLocaleString(fr ? 'fr-FR' : 'en-GB') + ' ' + out.getAttribute(one ? 'data-one' : 'data-many');
  };
  form.addEventListener('input', run);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
})();`;

/**
 * The Content-Security-Policy source allowing {@link FILTER_SCRIPT} and nothing else (`'sha256-…'`).
 *
 * @example
 * ```ts
 * scriptHash(); // "'sha256-…'"
 * ```
 *
 * @category Reports
 */
export function scriptHash(): string {
  return `'sha256-${createHash('sha256').update(FILTER_SCRIPT).digest('base64')}'`;
}
