import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { AttributeRows } from './AttributeRows';
import { focusRow, rowIndexOf, targetIndex } from './listKeyboard';
import { useListStyles } from './listStyles';
import type { VirtualListProps } from './VirtualList';

/** Rows rendered beyond the visible ones on each side, so a fast scroll or Tab finds them ready. */
const OVERSCAN = 6;

/**
 * The rows of a long list that are in view (@tanstack/react-virtual, about 10 KB gzip: its own
 * chunk, loaded only when a list is long), placed in a box as tall as the whole list; the others'
 * contract attributes sit on hidden attribute rows.
 */
export default function VirtualRows<T>({
  items,
  itemKey,
  renderItem,
  estimateSize,
  label,
  attributes,
  rowClassName,
  listAttributes,
  boxHeightGuess,
}: VirtualListProps<T> & { readonly boxHeightGuess: number }) {
  const styles = useListStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself on scroll
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current?.closest('[data-scroll-box]') ?? null,
    estimateSize: () => estimateSize,
    getItemKey: (index) => itemKey(items[index] as T, index),
    overscan: OVERSCAN,
    // The box's height until it is measured (after the first commit): with the default (0) the
    // first render has no rows and a second one, in the same task, makes them. A wrong guess (the
    // user's own font size) costs just that second render.
    initialRect: { width: 0, height: boxHeightGuess },
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const end = (rows[rows.length - 1]?.index ?? -1) + 1;

  // A row moved to with the keyboard is focused once it has been rendered.
  useEffect(() => {
    if (pendingFocus !== null && focusRow(listRef.current, pendingFocus)) setPendingFocus(null);
  }, [pendingFocus, first, end]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = rowIndexOf(event.target);
    const visible = Math.max(1, end - first - 2 * OVERSCAN);
    const to = from === null ? null : targetIndex(event.key, from, items.length, visible);
    if (to === null || to === from) return;
    event.preventDefault();
    if (!focusRow(listRef.current, to)) {
      virtualizer.scrollToIndex(to, { align: 'auto' });
      setPendingFocus(to);
    }
  };
  const measure = useCallback((element: HTMLLIElement | null) => virtualizer.measureElement(element), [virtualizer]);

  return (
    <>
      <ul
        ref={listRef}
        role="list"
        aria-label={label}
        className={`${styles.list} ${styles.virtual}`}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
        onKeyDown={onKeyDown}
        {...listAttributes}
      >
        {rows.map((row) => {
          const item = items[row.index] as T;
          return (
            <li
              key={row.key}
              ref={measure}
              className={rowClassName ? `${styles.placed} ${rowClassName}` : styles.placed}
              style={{ transform: `translateY(${row.start}px)` }}
              data-index={row.index}
              data-row=""
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              {...attributes?.(item)}
            >
              {renderItem(item, row.index)}
            </li>
          );
        })}
      </ul>
      {attributes ? <AttributeRows items={items} attributes={attributes} skipFrom={first} skipTo={end} /> : null}
    </>
  );
}
