/**
 * "Export / Share" in the top bar: a menu button (aria-haspopup) with three items. Arrow keys
 * move between the items, Escape closes the menu and gives focus back to its button.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShare } from '../../state/context';
import type { ShareDialog } from '../../state/share-store';

const ITEMS: [ShareDialog, string][] = [
  ['export', 'share.menuExport'],
  ['copy', 'share.menuCopy'],
  ['merge', 'share.menuMerge'],
];

export function ShareMenu({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const openDialog = useShare((s) => s.openDialog);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <div className="share-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        data-testid="share-button"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('share.menu')}
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label={t('share.title')} className="share-menu-items" onKeyDown={onKeyDown}>
          {ITEMS.map(([dialog, label]) => (
            <button
              key={dialog}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={`share-menu-${dialog}`}
              onClick={() => {
                setOpen(false);
                openDialog(dialog);
              }}
            >
              {t(label)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
