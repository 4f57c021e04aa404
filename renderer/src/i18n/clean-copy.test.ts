import { afterEach, describe, expect, it } from 'vitest';
import { installCleanCopy } from './clean-copy';
import { isolatePath } from './isolate';

/** Select an element's text and fire a copy on it, as the browser does; what went to the clipboard. */
function copyFrom(element: Element): { data: string | null; prevented: boolean } {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  let data: string | null = null;
  const event = new Event('copy', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { setData: (_type: string, text: string) => (data = text) } });
  element.dispatchEvent(event);
  return { data, prevented: event.defaultPrevented };
}

describe('copying text the UI isolated for display', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('drops the isolates, so a copied path pastes as the path', () => {
    stop = installCleanCopy(document);
    document.body.innerHTML = `<p id="m">${isolatePath('/home/سارة/أرشيف.sqlite')} ليس مشروع دفتر.</p>`;
    expect(copyFrom(document.getElementById('m')!)).toEqual({ data: '/home/سارة/أرشيف.sqlite ليس مشروع دفتر.', prevented: true });
  });

  it('leaves an article’s own text, and text without isolates, to the browser', () => {
    stop = installCleanCopy(document);
    document.body.innerHTML = '<div class="reader-body"><p id="a">نص \u2068مستورد\u2069</p></div><p id="b">نص عادي</p>';
    expect(copyFrom(document.getElementById('a')!)).toEqual({ data: null, prevented: false });
    expect(copyFrom(document.getElementById('b')!)).toEqual({ data: null, prevented: false });
  });
});
