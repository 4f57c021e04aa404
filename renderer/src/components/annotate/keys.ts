/** Keyboard helpers shared by the reader's shortcuts. */

/** True when the key belongs to a text field (its own editing and undo apply there). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/**
 * The shortcut letter of a key press, by physical key (event.code), so S, T, H and N work the
 * same on an Arabic keyboard layout, where event.key would be س, ف, ا or ى.
 */
export function shortcutOf(e: KeyboardEvent): string | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (/^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase();
  if (/^(Digit|Numpad)[1-9]$/.test(e.code)) return e.code.slice(-1);
  if (e.key === 'Enter' || e.key === 'Escape') return e.key;
  // Synthetic events (tests, assistive tools) may carry only `key`.
  if (!e.code && /^[a-zA-Z1-9]$/.test(e.key)) return e.key.toLowerCase();
  return null;
}
