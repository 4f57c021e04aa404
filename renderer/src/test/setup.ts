/**
 * Component-test setup (jsdom). Vitest runs without globals, so Testing Library's automatic
 * cleanup is not registered: do it here, and start every test with a clean page and storage.
 */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// React 19 warns unless the environment says act() is supported.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/*
 * jsdom does no layout, so every element is 0×0 and a virtualised list would render no rows.
 * Give scroll containers with role="listbox" (the library) the size of a small window pane;
 * nothing else reads these properties.
 */
const PANE = { clientHeight: 600, clientWidth: 320 };
for (const [property, size] of Object.entries(PANE)) {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, property) ?? Object.getOwnPropertyDescriptor(Element.prototype, property);
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      if (this.getAttribute('role') === 'listbox') return size;
      return original?.get ? original.get.call(this) : 0;
    },
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});
