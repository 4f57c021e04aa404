/**
 * A modal dialog: role="dialog" (or "alertdialog") labelled by its heading, focus moved inside
 * on open and given back on close, Tab kept inside, Escape closes when closing is allowed.
 * It is rendered at the end of <body> and makes everything else inert while it is open, so
 * neither the mouse, the keyboard nor a screen reader reaches the page behind it (a dialog
 * opened above another, such as an error over the path dialog, makes that one inert too).
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface DialogProps {
  title: ReactNode;
  children: ReactNode;
  /** Omitted while the dialog must stay (an import running): Escape then does nothing. */
  onClose?: () => void;
  role?: 'dialog' | 'alertdialog';
  testId?: string;
  className?: string;
  /** When this changes (the dialog shows another step), focus moves to the new step. */
  focusKey?: string;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, children, onClose, role = 'dialog', testId, className, focusKey }: DialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  // Declared first so that on close the page is live again before focus goes back to it.
  useEffect(() => {
    const host = hostRef.current;
    const others = [...document.body.children].filter((el) => el !== host && !el.hasAttribute('inert'));
    for (const el of others) el.setAttribute('inert', '');
    return () => {
      for (const el of others) el.removeAttribute('inert');
    };
  }, []);

  // Give focus back to whatever had it before the dialog opened. When that was nothing
  // (a button disabled while its request ran drops focus to <body>), focus the dialog still
  // open underneath, so Escape and Tab keep working there.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const host = hostRef.current;
    return () => {
      const usable = previous && previous !== document.body && previous.isConnected && !previous.matches(':disabled');
      if (usable) {
        previous.focus();
        return;
      }
      const below = [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].filter((d) => !host?.contains(d));
      const target = below[below.length - 1];
      (target?.querySelector<HTMLElement>('[data-autofocus]') ?? target)?.focus();
    };
  }, []);

  useEffect(() => {
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box)?.focus();
  }, [focusKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onCloseRef.current) {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop" ref={hostRef}>
      <div
        ref={ref}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`dialog ${className ?? ''}`}
        data-testid={testId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
