import { lazy, Suspense, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { AttributeRows, type RowAttributes } from './AttributeRows';
import { focusRow, rowIndexOf, targetIndex } from './listKeyboard';
import { useListStyles } from './listStyles';

/** The virtualizer is fetched only for long lists (a provisional verdict starts it early). */
const loadVirtualRows = () => import(/* webpackChunkName: "virtual-rows" */ './VirtualRows');
const VirtualRows = lazy(loadVirtualRows);

/** For a long list that is not shown yet (a folded group): its rows will not wait for the chunk. */
export function prefetchVirtualRows(): void {
  void loadVirtualRows().catch(() => undefined);
}

/** Up to this many rows a list renders them all; longer lists render the rows in view only. */
export const VIRTUALIZE_FROM = 40;
/** Above this many rows a list sits in its own scroll box, with a line saying it scrolls. */
export const SCROLL_BOX_FROM = 8;
export type { RowAttributes } from './AttributeRows';

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
  /** The scroll box's greatest height, in rem (default 26). */
  readonly maxHeightRem?: number;
}

/** The root font size the browser starts with, in px: what a rem is unless the user changed it. */
const DEFAULT_REM_PX = 16;

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
  const styles = useListStyles();
  const boxed = items.length > SCROLL_BOX_FROM;
  const hintId = `${useId()}-hint`;
  const maxHeightRem = props.maxHeightRem ?? 26;
  const list =
    items.length > VIRTUALIZE_FROM ? (
      // Until the virtualizer has arrived the contract is there already, on attribute rows.
      <Suspense fallback={props.attributes ? <AttributeRows items={items} attributes={props.attributes} /> : null}>
        {/* A long list always fills its box, so the box's height is known before it is laid out. */}
        <VirtualRows {...(props as VirtualListProps<unknown>)} boxHeightGuess={maxHeightRem * DEFAULT_REM_PX} />
      </Suspense>
    ) : (
      <PlainRows {...props} />
    );
  if (!boxed) return list;
  return (
    <>
      <ScrollBox label={label} describedBy={hintId} className={styles.box} maxHeight={`${maxHeightRem}rem`} focusable={props.focusableBox === true}>
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
    <div
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      className={className}
      style={{ maxHeight }}
      data-scroll-box=""
      tabIndex={focusable ? 0 : undefined}
    >
      {children}
    </div>
  );
}

function PlainRows<T>({ items, itemKey, renderItem, label, attributes, rowClassName, listAttributes }: VirtualListProps<T>) {
  const styles = useListStyles();
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
