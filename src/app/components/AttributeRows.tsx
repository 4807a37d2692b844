import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useContractComplete } from './contractGate';

/** Hidden attribute rows are grouped in blocks; scrolling re-renders only the blocks it touches. */
const STUB_BLOCK = 250;

export type RowAttributes = Readonly<Record<`data-${string}`, string>>;

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
 * elements are made with the DOM API in a layout effect: thousands of them cost a few
 * milliseconds this way, several times more through React. No HTML is parsed: values go in with
 * setAttribute. On the check step they wait for the contract gate (contractGate.tsx): built in
 * the commit after the verdict and the rows in view have been painted, together with
 * `data-overall-verdict`.
 */
export function AttributeRows<T>({ items, attributes, skipFrom = 0, skipTo = 0 }: AttributeRowsProps<T>) {
  if (!useContractComplete()) return null;
  const blocks: ReactNode[] = [];
  for (let from = 0; from < items.length; from += STUB_BLOCK) {
    const to = Math.min(items.length, from + STUB_BLOCK);
    const start = Math.max(from, skipFrom);
    const stop = Math.min(to, skipTo);
    // Blocks the rendered rows do not touch get the same props on every scroll, so React skips them.
    const touched = start < stop;
    blocks.push(
      <AttributeBlock key={from} items={items} attributes={attributes} from={from} to={to} skipFrom={touched ? start : 0} skipTo={touched ? stop : 0} />,
    );
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
