/** Keyboard movement in a list of rows (VirtualList): which row to go to, and focusing it. */

/** Up/Down/Home/End/PageUp/PageDown: the index to go to from `from`; null for other keys. */
export function targetIndex(key: string, from: number, count: number, page: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, from + 1);
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, from + page);
    case 'PageUp':
      return Math.max(0, from - page);
    default:
      return null;
  }
}

const FOCUSABLE = 'button, input, a[href], [tabindex]:not([tabindex="-1"])';

export function rowIndexOf(target: EventTarget | null): number | null {
  const row = target instanceof Element ? target.closest('[data-index]') : null;
  const index = row === null ? NaN : Number(row.getAttribute('data-index'));
  return Number.isInteger(index) ? index : null;
}

export function focusRow(list: HTMLElement | null, index: number): boolean {
  const row = list?.querySelector(`[data-index="${index}"]`);
  const target = row?.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}
