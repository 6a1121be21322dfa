// The "Search entities" combobox (ARIA 1.2 list autocomplete): suggestions as you type, Arrow
// keys move, Enter selects, Escape closes; "/" anywhere focuses it. Choosing selects the entity.
import { MAX_QUERY_LENGTH, type SearchHit, type SearchIndex } from '../search/search-index';
import { el, replaceChildren } from './dom';

export type SearchBoxDeps = {
  index: SearchIndex;
  onChoose(id: string): void;
  /** The accessible name: "Search entities", "Path from", "Path to". */
  label?: string;
  placeholder?: string;
  /** Whether "/" anywhere on the page focuses this box (only the main search). */
  slashShortcut?: boolean;
  /** Called when the person empties the box. */
  onClear?(): void;
};

export type SearchBox = { setValue(text: string): void; dispose(): void };

let instances = 0;

/** The label, the combobox input, its listbox of suggestions and the status line. */
function createElements(prefix: string, deps: SearchBoxDeps) {
  const listId = `${prefix}-listbox`;
  const name = deps.label ?? 'Search entities';
  const input = el('input', {
    id: `${prefix}-input`,
    className: 'search-input',
    attrs: {
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: deps.placeholder ?? 'Search people, institutions, events…  ( / )',
      maxlength: MAX_QUERY_LENGTH,
    },
  });
  const label = el('label', { className: 'visually-hidden', text: name, attrs: { for: input.id } });
  const list = el('ul', {
    id: listId,
    className: 'search-results',
    attrs: { role: 'listbox', 'aria-label': `${name} suggestions` },
  });
  const status = el('p', {
    className: 'search-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const wrapper = el('div', { className: 'search' }, [label, input, list, status]);
  return { input, list, status, wrapper };
}

/** One suggestion: the entity's label, the name that matched when it differs, and its kind. */
function optionElement(id: string, hit: SearchHit, selected: boolean, pick: () => void) {
  return el(
    'li',
    {
      id,
      className: 'search-option',
      attrs: { role: 'option', 'aria-selected': String(selected) },
      on: {
        // mousedown, not click: keep focus in the input until the choice is made
        mousedown: (event) => {
          event.preventDefault();
          pick();
        },
      },
    },
    [
      el('span', { className: 'option-label', text: hit.label }),
      hit.matchedText !== hit.label
        ? el('span', { className: 'option-match', text: hit.matchedText })
        : null,
      el('span', { className: `option-kind kind-${hit.kind}`, text: hit.kind }),
    ],
  );
}

/** "/" anywhere outside a field focuses `input` (the main search only). */
function slashShortcut(input: HTMLInputElement) {
  return (event: KeyboardEvent) => {
    if (event.key !== '/' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
}

/** What the combobox's keys act on. */
type ComboboxHost = {
  isOpen(): boolean;
  hits(): number;
  active(): number;
  setActive(index: number): void;
  /** Opens the suggestions for what is typed. */
  suggest(): void;
  choose(index: number): void;
  close(): void;
  /** Empties the box; false when it was empty already. */
  clear(): boolean;
};

/** Arrow keys move through the suggestions, Enter chooses, Escape closes, then empties. */
function comboboxKeys(host: ComboboxHost) {
  return (event: KeyboardEvent) => {
    const open = host.isOpen();
    const count = host.hits();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) host.suggest();
      else host.setActive(count ? (host.active() + 1) % count : host.active());
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      host.setActive(open && count ? (host.active() - 1 + count) % count : host.active());
    } else if (event.key === 'Enter' && open && host.active() >= 0) {
      event.preventDefault();
      host.choose(host.active());
    } else if (event.key === 'Escape' && (open || host.clear())) {
      // an open list closes first; a closed one with text was just emptied
      event.preventDefault();
      event.stopPropagation();
      if (open) host.close();
    }
  };
}

/** A search box's elements and what it shows, changed only by the updaters below. */
type Box = ReturnType<typeof createElements> & {
  readonly prefix: string;
  readonly deps: SearchBoxDeps;
  hits: SearchHit[];
  /** The suggestion the arrow keys are on; -1 when none. */
  active: number;
};

const optionId = (box: Box, i: number) => `${box.prefix}-option-${i}`;

function setOpen(box: Box, open: boolean) {
  box.input.setAttribute('aria-expanded', String(open));
  box.list.hidden = !open;
  if (!open) {
    box.active = -1;
    box.input.removeAttribute('aria-activedescendant');
  }
}

function renderOptions(box: Box) {
  const { input, list, hits, active } = box;
  replaceChildren(
    list,
    hits.map((hit, i) => optionElement(optionId(box, i), hit, i === active, () => choose(box, i))),
  );
  if (active >= 0) input.setAttribute('aria-activedescendant', optionId(box, active));
  else input.removeAttribute('aria-activedescendant');
  list.querySelector(`#${optionId(box, active)}`)?.scrollIntoView({ block: 'nearest' });
}

/** The suggestions for what is typed, with a status line saying how many (or that none match). */
function update(box: Box) {
  const { input, status, deps } = box;
  const query = input.value.trim();
  if (query === '') {
    deps.onClear?.();
    box.hits = [];
    status.textContent = '';
    setOpen(box, false);
    return;
  }
  const hits = deps.index.search(query, 8);
  box.hits = hits;
  box.active = hits.length > 0 ? 0 : -1;
  status.textContent =
    hits.length === 0
      ? `No entity matches “${query}”.`
      : `${hits.length} suggestion${hits.length === 1 ? '' : 's'}`;
  status.classList.toggle('empty', hits.length === 0);
  setOpen(box, hits.length > 0);
  renderOptions(box);
}

function choose(box: Box, i: number) {
  const hit = box.hits[i];
  if (!hit) return;
  box.input.value = hit.label;
  box.hits = [];
  box.status.textContent = '';
  setOpen(box, false);
  box.deps.onChoose(hit.id);
}

/** The combobox's keys, acting on this box. */
function keysOf(box: Box) {
  return comboboxKeys({
    isOpen: () => box.input.getAttribute('aria-expanded') === 'true',
    hits: () => box.hits.length,
    active: () => box.active,
    setActive(i) {
      box.active = i;
      renderOptions(box);
    },
    suggest: () => {
      update(box);
      renderOptions(box);
    },
    choose: (i) => choose(box, i),
    close: () => setOpen(box, false),
    clear() {
      if (!box.input.value) return false;
      box.input.value = '';
      box.status.textContent = '';
      return true;
    },
  });
}

export function mountSearchBox(root: HTMLElement, deps: SearchBoxDeps): SearchBox {
  const prefix = `search-${++instances}`;
  const elements = createElements(prefix, deps);
  const box: Box = { ...elements, prefix, deps, hits: [], active: -1 };
  const { input, wrapper } = elements;
  root.append(wrapper);

  const onInput = () => update(box);
  const onKeyDown = keysOf(box);
  const onGlobalKey = slashShortcut(input);
  const onBlur = () => setOpen(box, false);
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', onBlur);
  if (deps.slashShortcut) document.addEventListener('keydown', onGlobalKey);
  setOpen(box, false);

  return {
    setValue(text) {
      input.value = text;
    },
    dispose() {
      input.removeEventListener('input', onInput);
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('blur', onBlur);
      document.removeEventListener('keydown', onGlobalKey);
      wrapper.remove();
    },
  };
}
