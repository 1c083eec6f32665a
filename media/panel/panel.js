// @ts-check
// The verification panel's only script. It turns a click (or Enter/Space) on an action button into
// `{ command, uri, qualifiedName }` for the extension, which checks it against what the panel
// offers. It reads nothing from the extension: every re-render is a new page, so it only keeps the
// page's scroll position, folded sections and focused button across re-renders of the same file.
(function () {
  /** The commands a button may ask for; the extension checks again. */
  const COMMANDS = ['vouch.rerun', 'vouch.acceptChange', 'vouch.generateTests', 'vouch.showReport'];

  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('vouch-panel');
  const pageUri = (main && main.getAttribute('data-uri')) || '';

  /** @type {{ uri?: string, scrollY?: number, focusId?: string, focusGroup?: string, hadFocus?: boolean, details?: Record<string, boolean> }} */
  const previous = vscode.getState() || {};
  /** @type {typeof previous} */
  const state = previous.uri === pageUri ? { ...previous, uri: pageUri } : { uri: pageUri, details: {} };
  const save = () => vscode.setState(state);

  /** @param {unknown} target */
  function actionButton(target) {
    if (!target || typeof (/** @type {Element} */ (target).closest) !== 'function') return null;
    return /** @type {Element} */ (target).closest('button[data-command]');
  }

  /** @param {Element} button */
  function messageOf(button) {
    const command = button.getAttribute('data-command');
    const uri = button.getAttribute('data-uri');
    const qualifiedName = button.getAttribute('data-qualified-name');
    if (!command || COMMANDS.indexOf(command) < 0 || !uri) return undefined;
    return qualifiedName ? { command, uri, qualifiedName } : { command, uri };
  }

  document.addEventListener('click', (event) => {
    const button = actionButton(event.target);
    if (!button) return;
    const message = messageOf(button);
    if (message) vscode.postMessage(message);
  });

  // Restore what a re-render of the same file would lose.
  if (previous.uri === pageUri) {
    for (const [id, open] of Object.entries(state.details || {})) {
      const element = document.getElementById(id);
      if (element && element.tagName === 'DETAILS') /** @type {HTMLDetailsElement} */ (element).open = open;
    }
    if (state.scrollY) window.scrollTo(0, state.scrollY);
    // VS Code loads a new page in a hidden frame, swaps it in, and focuses it only if the old one had
    // the focus: so the button is focused when the window gets the focus, never taken from the editor.
    // The button may be gone (Accept, once accepted): then the first button of its declaration.
    const group = state.focusGroup ? document.getElementById(state.focusGroup) : null;
    const focused = !state.hadFocus ? null : (state.focusId && document.getElementById(state.focusId)) || (group && group.querySelector('button'));
    if (focused) {
      const restore = () => {
        if (document.activeElement !== focused) focused.focus({ preventScroll: true });
      };
      if (document.hasFocus()) restore();
      else window.addEventListener('focus', restore, { once: true });
    }
  }
  save();

  document.addEventListener('focusin', (event) => {
    const target = /** @type {Element | null} */ (event.target);
    state.focusId = target && target.id ? target.id : undefined;
    const declaration = target && typeof target.closest === 'function' ? target.closest('.declaration') : null;
    state.focusGroup = declaration && declaration.id ? declaration.id : undefined;
    state.hadFocus = true;
    save();
  });
  window.addEventListener('blur', () => {
    state.hadFocus = false;
    save();
  });
  document.addEventListener(
    'toggle',
    (event) => {
      const target = /** @type {HTMLDetailsElement | null} */ (event.target);
      if (!target || !target.id) return;
      state.details = { ...(state.details || {}), [target.id]: target.open };
      save();
    },
    true,
  );
  let scrollTimer = 0;
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(scrollTimer);
      scrollTimer = setTimeout(() => {
        state.scrollY = window.scrollY;
        save();
      }, 100);
    },
    { passive: true },
  );
})();
