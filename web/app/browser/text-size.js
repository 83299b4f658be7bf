// @ts-check
// The reader's text size, kept in this browser only (localStorage, never a cookie). Inlined at the
// top of <head>: it runs before the body is parsed, so the saved size is there at the first paint
// and marking <html> shows the size buttons, which stay hidden without JavaScript (see
// UiTextSizeControl.vue). The same for every reader: the CSP allows it by its hash.
(() => {
  const KEY = 'tend:text-size';
  const SIZES = ['normal', 'large', 'larger'];
  const root = document.documentElement;

  /** @param {string | null | undefined} size */
  const apply = (size) => {
    const chosen = size && SIZES.includes(size) ? size : 'normal';
    root.dataset.textSize = chosen;
    for (const button of document.querySelectorAll('[data-text-size-choice]')) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-text-size-choice') === chosen));
    }
  };
  const saved = () => {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null; // storage refused (private browsing): the default size
    }
  };

  apply(saved());
  // The buttons exist once the body is parsed; a page from the back/forward cache or another
  // tab's choice brings the current one.
  document.addEventListener('DOMContentLoaded', () => apply(root.dataset.textSize));
  window.addEventListener('pageshow', () => apply(saved()));
  window.addEventListener('storage', () => apply(saved()));
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-text-size-choice]') : null;
    if (!button) return;
    const size = button.getAttribute('data-text-size-choice');
    apply(size);
    try {
      localStorage.setItem(KEY, root.dataset.textSize ?? 'normal');
    } catch {
      // the choice still holds on this page
    }
  });
})();
