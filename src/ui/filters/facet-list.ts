// One facet of the Filters group (entity kinds, relation kinds or sources): a list of checkboxes,
// each with its "visible of total" count. Rows are made once per value and reused (and renamed)
// when the values change, so a checkbox keeps its focus across a change of the graph.
import type { FacetCount } from '../../state/filters';
import { el, replaceChildren } from '../dom';

export type FacetList = {
  element: HTMLUListElement;
  /** The values listed, in order, each with the name shown for it. */
  setValues(values: ReadonlyArray<readonly [value: string, name: string]>): void;
  /** Ticks the values not hidden and writes each count. */
  update(counts: ReadonlyMap<string, FacetCount>, hidden: ReadonlySet<string>): void;
};

type Row = { row: HTMLLIElement; box: HTMLInputElement; name: HTMLElement; count: HTMLElement };

/** `idPrefix` makes the count elements' ids unique; `toggle` runs when a box is clicked. */
export function createFacetList(idPrefix: string, toggle: (value: string) => void): FacetList {
  const element = el('ul');
  const rows = new Map<string, Row>();
  let rowIds = 0;

  function makeRow(value: string, name: string): Row {
    const countId = `${idPrefix}-${++rowIds}`;
    const box = el('input', {
      attrs: { type: 'checkbox', checked: true, 'aria-describedby': countId },
      on: { change: () => toggle(value) },
    });
    const count = el('span', { id: countId, className: 'facet-count' });
    const text = el('span', { text: name });
    const row = el('li', {}, [el('label', { className: 'facet' }, [box, text]), count]);
    return { row, box, name: text, count };
  }

  function rowFor(value: string, name: string): HTMLLIElement {
    const existing = rows.get(value);
    if (existing) {
      if (existing.name.textContent !== name) existing.name.textContent = name;
      return existing.row;
    }
    const made = makeRow(value, name);
    rows.set(value, made);
    return made.row;
  }

  function setValues(values: ReadonlyArray<readonly [string, string]>) {
    const wanted = values.map(([value, name]) => rowFor(value, name));
    const same =
      wanted.length === element.children.length &&
      wanted.every((row, i) => element.children[i] === row);
    if (!same) replaceChildren(element, wanted);
    // forget the rows of values no longer listed
    const live = new Set(values.map(([value]) => value));
    for (const value of [...rows.keys()]) if (!live.has(value)) rows.delete(value);
  }

  function update(counts: ReadonlyMap<string, FacetCount>, hidden: ReadonlySet<string>) {
    for (const [value, { total, visible }] of counts) {
      const row = rows.get(value);
      if (!row) continue;
      row.box.checked = !hidden.has(value);
      row.count.textContent = `${visible} of ${total}`;
    }
  }

  return { element, setValues, update };
}
