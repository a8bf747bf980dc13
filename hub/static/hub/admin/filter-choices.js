/* Narrows a long list of choices (hub/widgets/grouped_checkboxes.html) to those whose label
 * contains what the editor types, ignoring Hebrew and Arabic points and letter case. Groups
 * with nothing left are hidden; chosen options always stay in view. */
(() => {
  const normalise = (text) =>
    text.normalize('NFKD').replace(/[\u0591-\u05C7\u064B-\u065F\u0670]/g, '').toLowerCase().trim();

  const setUp = (root) => {
    const input = root.querySelector('[data-hub-filter-input]');
    const none = root.querySelector('[data-hub-filter-none]');
    input.addEventListener('input', () => {
      const wanted = normalise(input.value);
      let shown = 0;
      root.querySelectorAll('[data-hub-filter-option]').forEach((option) => {
        const match =
          option.querySelector('input').checked || normalise(option.textContent).includes(wanted);
        option.hidden = !match;
        shown += match ? 1 : 0;
      });
      root.querySelectorAll('[data-hub-filter-group]').forEach((group) => {
        group.hidden = !group.querySelector('[data-hub-filter-option]:not([hidden])');
      });
      none.hidden = shown > 0;
    });
  };

  const setUpAll = () =>
    document.querySelectorAll('[data-hub-filter-choices]:not([data-hub-ready])').forEach((root) => {
      root.setAttribute('data-hub-ready', '');
      setUp(root);
    });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpAll);
  } else {
    setUpAll();
  }
})();
