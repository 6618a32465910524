import { createHash } from 'node:crypto';

/**
 * The report's only script: it shows the filter form (hidden without JavaScript) and hides the establishments
 * that do not match the search text (FINESS, name, region; accents and case ignored), the region and the
 * palier of the latest period. Progressive enhancement: without it the page is complete, only unfiltered.
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
  form.hidden = false;
  var run = function () {
    var t = fold(q.value.trim()), rv = r.value, sv = s.value, shown = 0;
    items.forEach(function (d, i) {
      var keep = (t === '' || texts[i].indexOf(t) >= 0) && (rv === '' || d.getAttribute('data-r') === rv) &&
        (sv === '' || d.getAttribute('data-s') === sv);
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
