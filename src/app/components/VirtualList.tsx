import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Up to this many rows a list renders them all; longer lists render the rows in view only. */
export const VIRTUALIZE_FROM = 40;
/** Above this many rows a list sits in its own scroll box, with a line saying it scrolls. */
export const SCROLL_BOX_FROM = 8;
/** Rows rendered beyond the visible ones on each side, so a fast scroll or Tab finds them ready. */
const OVERSCAN = 6;
/** Hidden attribute rows are grouped in blocks; scrolling re-renders only the blocks it touches. */
const STUB_BLOCK = 250;

export type RowAttributes = Readonly<Record<`data-${string}`, string>>;

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly itemKey: (item: T, index: number) => string;
  /** The row's content (inside its `<li>`); its first button or input is what the arrow keys focus. */
  readonly renderItem: (item: T, index: number) => ReactNode;
  /** Rendered row height in px before it is measured. */
  readonly estimateSize: number;
  /** The list's accessible name (also the scroll box's). */
  readonly label: string;
  /**
   * The DOM contract (e.g. `data-recipient`): on the row while it is rendered, and otherwise on an
   * attribute-only element in a hidden list, so every item's attributes are readable without
   * scrolling and each item has exactly one element carrying them. Must be a stable function.
   */
  readonly attributes?: ((item: T) => RowAttributes) | undefined;
  readonly rowClassName?: string;
  /** Extra attributes on the `<ul>` (markers such as `data-recall-targets`). */
  readonly listAttributes?: RowAttributes;
  /** Rows without a button/input of their own: the scroll box takes focus so the keyboard can scroll it. */
  readonly focusableBox?: boolean;
  readonly maxHeight?: string;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  box: {
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A shadow at the bottom edge while more rows are below: the box visibly continues.
    backgroundImage: `linear-gradient(${tokens.colorNeutralBackground1} 30%, transparent), linear-gradient(transparent, ${tokens.colorNeutralBackground1} 70%), radial-gradient(farthest-side at 50% 100%, ${tokens.colorNeutralShadowAmbient}, transparent)`,
    backgroundRepeat: 'no-repeat',
    backgroundSize: '100% 24px, 100% 24px, 100% 12px',
    backgroundPosition: 'top, bottom, bottom',
    backgroundAttachment: 'local, local, scroll',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
  },
  virtual: { position: 'relative', width: '100%' },
  placed: { position: 'absolute', top: 0, left: 0, width: '100%' },
});

/**
 * A list that stays cheap at any length: short lists render every row; long ones render only the
 * rows in view (@tanstack/react-virtual) inside a scroll box that says it scrolls. Rows keep list
 * semantics for screen readers (`aria-setsize` / `aria-posinset` give each rendered row its place
 * in the whole list), and Up/Down/Home/End/PageUp/PageDown move focus row by row, scrolling
 * rows into existence as needed.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, label } = props;
  const i18n = useI18n();
  const styles = useStyles();
  const boxed = items.length > SCROLL_BOX_FROM;
  const hintId = `${useId()}-hint`;
  const list = items.length > VIRTUALIZE_FROM ? <VirtualRows {...props} /> : <PlainRows {...props} />;
  if (!boxed) return list;
  return (
    <>
      <ScrollBox label={label} describedBy={hintId} className={styles.box} maxHeight={props.maxHeight ?? '26rem'} focusable={props.focusableBox === true}>
        {list}
      </ScrollBox>
      <p id={hintId} className={styles.hint} data-scroll-hint="">
        {i18n.t('list.scrollHint', { count: items.length })}
      </p>
    </>
  );
}

/** The scroll box; a long list's virtualizer finds it as its rows' closest `[data-scroll-box]`. */
function ScrollBox({
  label,
  describedBy,
  className,
  maxHeight,
  focusable,
  children,
}: {
  label: string;
  describedBy: string;
  className: string;
  maxHeight: string;
  focusable: boolean;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} aria-describedby={describedBy} className={className} style={{ maxHeight }} data-scroll-box="" tabIndex={focusable ? 0 : undefined}>
      {children}
    </div>
  );
}

/** Arrow-key movement shared by both renderings: which index to go to from `from`. */
function targetIndex(key: string, from: number, count: number, page: number): number | null {
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

function rowIndexOf(target: EventTarget | null): number | null {
  const row = target instanceof Element ? target.closest('[data-index]') : null;
  const index = row === null ? NaN : Number(row.getAttribute('data-index'));
  return Number.isInteger(index) ? index : null;
}

function focusRow(list: HTMLElement | null, index: number): boolean {
  const row = list?.querySelector(`[data-index="${index}"]`);
  const target = row?.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

function PlainRows<T>({ items, itemKey, renderItem, label, attributes, rowClassName, listAttributes }: VirtualListProps<T>) {
  const styles = useStyles();
  const ref = useRef<HTMLUListElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = rowIndexOf(event.target);
    const to = from === null ? null : targetIndex(event.key, from, items.length, 5);
    if (to === null || to === from) return;
    if (focusRow(ref.current, to)) event.preventDefault();
  };
  return (
    <ul ref={ref} role="list" aria-label={label} className={styles.list} onKeyDown={onKeyDown} {...listAttributes}>
      {items.map((item, index) => (
        <li key={itemKey(item, index)} className={rowClassName} data-index={index} data-row="" {...attributes?.(item)}>
          {renderItem(item, index)}
        </li>
      ))}
    </ul>
  );
}

function VirtualRows<T>({ items, itemKey, renderItem, estimateSize, label, attributes, rowClassName, listAttributes }: VirtualListProps<T>) {
  const styles = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself on scroll
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => listRef.current?.closest('[data-scroll-box]') ?? null,
    estimateSize: () => estimateSize,
    getItemKey: (index) => itemKey(items[index] as T, index),
    overscan: OVERSCAN,
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
      <ul ref={listRef} role="list" aria-label={label} className={`${styles.list} ${styles.virtual}`} style={{ height: `${virtualizer.getTotalSize()}px` }} onKeyDown={onKeyDown} {...listAttributes}>
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

interface AttributeRowsProps<T> {
  readonly items: readonly T[];
  readonly attributes: (item: T) => RowAttributes;
  /** Items rendered as rows (they carry their attributes themselves): [skipFrom, skipTo). */
  readonly skipFrom?: number;
  readonly skipTo?: number;
}

/**
 * The DOM contract for items not rendered as rows: one attribute-only `<li>` each, in a hidden
 * list (no layout, not in the accessibility tree). Also used on its own for a folded group. The
 * elements are made with the DOM API in a layout effect, inside the same commit as the rows (so
 * they are there as soon as the verdict is): thousands of them cost a few milliseconds this way,
 * several times more through React. No HTML is parsed: values go in with setAttribute.
 */
export function AttributeRows<T>({ items, attributes, skipFrom = 0, skipTo = 0 }: AttributeRowsProps<T>) {
  const blocks: ReactNode[] = [];
  for (let from = 0; from < items.length; from += STUB_BLOCK) {
    const to = Math.min(items.length, from + STUB_BLOCK);
    const start = Math.max(from, skipFrom);
    const stop = Math.min(to, skipTo);
    // Blocks the rendered rows do not touch get the same props on every scroll, so React skips them.
    const touched = start < stop;
    blocks.push(<AttributeBlock key={from} items={items} attributes={attributes} from={from} to={to} skipFrom={touched ? start : 0} skipTo={touched ? stop : 0} />);
  }
  return (
    <div hidden data-attribute-rows="">
      {blocks}
    </div>
  );
}

interface BlockProps<T> {
  readonly items: readonly T[];
  readonly attributes: (item: T) => RowAttributes;
  readonly from: number;
  readonly to: number;
  readonly skipFrom: number;
  readonly skipTo: number;
}

const AttributeBlock = memo(function AttributeBlock<T>({ items, attributes, from, to, skipFrom, skipTo }: BlockProps<T>) {
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = ref.current;
    if (list === null) return;
    const rows: HTMLLIElement[] = [];
    for (let index = from; index < to; index++) {
      if (index >= skipFrom && index < skipTo) continue;
      const row = document.createElement('li');
      for (const [name, value] of Object.entries(attributes(items[index] as T))) row.setAttribute(name, value);
      rows.push(row);
    }
    list.replaceChildren(...rows);
  }, [items, attributes, from, to, skipFrom, skipTo]);
  return <ul ref={ref} />;
}) as <T>(props: BlockProps<T>) => ReactNode;
