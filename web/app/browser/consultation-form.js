// @ts-check
// The consultation form's enhancement; the page works without it (a plain POST to /consultation).
// It checks the form with the server's own rules (the JSON data block #consultation-rules, built
// from the shared schema by shared/utils/consultation-rules.ts), sends it as JSON to the API and
// shows every error in the markup the server rendered. Nothing typed is ever cleared.
// Inlined byte for byte (the CSP allows it by its hash), so it is the same for every reader.

/** @typedef {import('#shared/utils/consultation-rules').ConsultationBrowserRules} Rules */
/** @typedef {import('#shared/utils/consultation-rules').BrowserCheck} Check */
/** @typedef {Record<string, string | boolean>} Values */
/** @typedef {Record<string, string | undefined>} Errors */

(() => {
  /** @param {Check} check @param {string | boolean} value */
  const passes = (check, value) => {
    switch (check.kind) {
      case 'filled':
        return value !== '';
      case 'maxLength':
        return String(value).length <= check.max;
      case 'pattern':
        return new RegExp(check.pattern).test(String(value));
      case 'oneOf':
        return check.options.includes(String(value));
      case 'ticked':
        return value === true;
    }
  };

  /**
   * One message per field, as the server's validateConsultation gives them.
   * @param {Rules} rules @param {Values} values @returns {Errors}
   */
  const validate = (rules, values) => {
    /** @type {Errors} */
    const errors = {};
    for (const rule of rules.fields) {
      const raw = values[rule.name] ?? '';
      const value = rule.trim && typeof raw === 'string' ? raw.trim() : raw;
      let message = rule.optional && value === '' ? undefined : rule.checks.find((check) => !passes(check, value))?.message;
      const needed = rule.neededWhen;
      if (!message && needed && value === '' && values[needed.field] === needed.value) message = needed.message;
      if (message) errors[rule.name] = message;
    }
    return errors;
  };

  /** An ARIA state that is "true" or absent. @param {Element} element @param {string} name @param {boolean} on */
  const flag = (element, name, on) => (on ? element.setAttribute(name, 'true') : element.removeAttribute(name));

  /** @param {HTMLFormElement} form @param {Rules} rules */
  const enhance = (form, rules) => {
    const summary = /** @type {HTMLElement} */ (form.querySelector('.error-summary'));
    const list = /** @type {HTMLElement} */ (summary.querySelector('.error-summary__list'));
    const noticeBox = /** @type {HTMLElement} */ (summary.querySelector('.error-summary__notice'));
    const noticeText = /** @type {HTMLElement} */ (summary.querySelector('.error-summary__notice-text'));
    const button = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
    const label = button.textContent;
    /** @param {string} name */
    const fieldOf = (name) => /** @type {HTMLElement} */ (form.querySelector(`[data-field="${name}"]`));
    /** @param {HTMLElement} field */
    const inputOf = (field) => /** @type {HTMLInputElement} */ (field.querySelector('input, textarea'));
    /** @param {HTMLElement} slot The error paragraph: a hidden "Error: " for screen readers, then the message. */
    const messageIn = (slot) => (slot.hidden ? undefined : slot.textContent?.slice(slot.firstElementChild?.textContent?.length));

    /** @param {string} name @returns {string | boolean} */
    const read = (name) => {
      const control = form.elements.namedItem(name);
      if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
      return control && 'value' in control ? String(control.value) : '';
    };
    /** @returns {Values} */
    const values = () => Object.fromEntries(rules.fields.map((rule) => [rule.name, read(rule.name)]));

    /** @param {string} name @param {string | undefined} message */
    const showField = (name, message) => {
      const field = fieldOf(name);
      const slot = /** @type {HTMLElement} */ (field.querySelector('.field__error'));
      field.classList.toggle('field--error', !!message);
      const prefix = slot.firstElementChild;
      slot.replaceChildren(...(prefix ? [prefix] : []), message ?? '');
      slot.hidden = !message;
      // A fieldset describes its radios as a group; other fields describe their one control.
      const described = field instanceof HTMLFieldSetElement ? field : inputOf(field);
      const ids = (described.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== slot.id);
      if (message) ids.push(slot.id);
      if (ids.length > 0) described.setAttribute('aria-describedby', ids.join(' '));
      else described.removeAttribute('aria-describedby');
      if (described !== field) flag(described, 'aria-invalid', !!message);
    };

    // What the server rendered (after a post that did not go through) is where this starts from.
    /** @type {Errors} */
    let errors = Object.fromEntries(rules.fields.map((rule) => [rule.name, messageIn(/** @type {HTMLElement} */ (fieldOf(rule.name).querySelector('.field__error')))]));
    let notice = noticeBox.hidden ? null : noticeText.textContent;
    /** After the first attempt, a field's error follows its value as the reader corrects it. */
    let attempted = !summary.hidden;
    let sending = false;

    /** @param {boolean} focus */
    const render = (focus) => {
      const items = rules.fields.flatMap((rule) => {
        const message = errors[rule.name];
        if (typeof message !== 'string') return [];
        const link = document.createElement('a');
        link.href = `#${inputOf(fieldOf(rule.name)).id}`;
        link.textContent = message;
        const item = document.createElement('li');
        item.append(link);
        return [item];
      });
      for (const rule of rules.fields) showField(rule.name, errors[rule.name]);
      list.replaceChildren(...items);
      list.hidden = items.length === 0;
      noticeText.textContent = notice;
      noticeBox.hidden = !notice;
      summary.hidden = items.length === 0 && !notice;
      if (focus && !summary.hidden) summary.focus();
    };

    /** @param {Errors} next @param {string | null} message */
    const fail = (next, message) => {
      errors = next;
      notice = message;
      render(true);
    };

    /** @param {boolean} busy */
    const setSending = (busy) => {
      sending = busy;
      button.textContent = busy ? rules.sending : label;
      flag(button, 'aria-disabled', busy);
      flag(form, 'aria-busy', busy);
    };

    // A field whose need depends on another (the phone number, once phoning is chosen).
    const follow = () => {
      for (const rule of rules.fields) {
        if (!rule.neededWhen) continue;
        const needed = read(rule.neededWhen.field) === rule.neededWhen.value;
        const field = fieldOf(rule.name);
        const note = field.querySelector('.field__note');
        if (note) note.textContent = needed ? rules.phoneNote.needed : rules.phoneNote.optional;
        inputOf(field).required = needed;
      }
    };

    // The characters left under the message, repeated in the live region once the reader pauses.
    const message = /** @type {HTMLTextAreaElement} */ (form.querySelector('textarea'));
    const count = document.getElementById(`${message.id}-count`);
    const live = message.parentElement?.querySelector('[aria-live]');
    /** @type {ReturnType<typeof setTimeout> | undefined} */
    let pause;
    const countLeft = () => {
      const left = message.maxLength - message.value.length;
      const text = (left === 1 ? rules.charactersLeft.one : rules.charactersLeft.other).replace('{count}', left.toLocaleString('en-GB'));
      if (count) count.textContent = text;
      return text;
    };
    message.addEventListener('input', () => {
      const text = countLeft();
      clearTimeout(pause);
      pause = setTimeout(() => {
        if (live) live.textContent = text;
      }, 700);
    });

    form.addEventListener('change', (event) => {
      const name = event.target instanceof Element ? event.target.getAttribute('name') : null;
      if (!name) return;
      follow();
      if (!attempted) return;
      // The contact choice decides whether the phone number is needed.
      const field = rules.fields.find((rule) => rule.neededWhen?.field === name)?.name ?? name;
      if (!rules.fields.some((rule) => rule.name === field)) return;
      errors = { ...errors, [field]: validate(rules, values())[field] };
      render(false);
    });

    // A link in the summary takes the reader to the field itself, not just near it.
    summary.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      const target = link && document.getElementById((link.getAttribute('href') ?? '').slice(1));
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.closest('.field')?.scrollIntoView({ block: 'start' });
    });

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      attempted = true;
      const typed = values();
      const found = validate(rules, typed);
      if (Object.keys(found).length > 0) return fail(found, null);
      setSending(true);
      try {
        const response = await fetch(rules.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: JSON.stringify({ ...typed, [rules.honeypot]: read(rules.honeypot) }),
        });
        // The server's answer says what happened (shared/utils/consultation-outcomes.ts):
        // a page to go to when the request was taken, otherwise field errors or a message.
        /** @type {{ next?: unknown, errors?: Errors, message?: unknown } | null} */
        const body = await response.json().catch(() => null);
        if (response.ok && typeof body?.next === 'string' && body.next.startsWith('/')) {
          // Still busy while the next page loads: a second click sends nothing.
          window.location.assign(body.next);
          return;
        }
        const fieldErrors = Object.fromEntries(
          rules.fields.flatMap((rule) => (typeof body?.errors?.[rule.name] === 'string' ? [[rule.name, body.errors[rule.name]]] : [])),
        );
        if (response.status === 400 && Object.keys(fieldErrors).length > 0) fail(fieldErrors, null);
        else fail({}, typeof body?.message === 'string' ? body.message : rules.messages.failed);
      } catch {
        fail({}, rules.messages.unreachable);
      }
      setSending(false);
    });

    // Back from the thanks page (the browser's page cache): the button is no longer busy.
    window.addEventListener('pageshow', () => {
      if (sending) setSending(false);
    });

    // Values the browser restored (back, reload) count as typed.
    follow();
    countLeft();
    form.dataset.enhanced = 'true';
  };

  const start = () => {
    const form = document.querySelector('form.consultation-form');
    const data = document.getElementById('consultation-rules');
    if (!(form instanceof HTMLFormElement) || !data || form.dataset.enhanced) return;
    enhance(form, JSON.parse(data.textContent ?? ''));
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
