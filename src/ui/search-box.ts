// The "Search entities" combobox (ARIA 1.2 list autocomplete): suggestions as you type, Arrow
// keys move, Enter selects, Escape closes; "/" anywhere focuses it. Choosing selects the entity.
import { MAX_QUERY_LENGTH, type SearchHit, type SearchIndex } from '../search/search-index';
import { el, replaceChildren } from './dom';

export type SearchBoxDeps = {
  index: SearchIndex;
  onChoose(id: string): void;
  /** The accessible name (DESIGN §4): "Search entities", "Path from", "Path to". */
  label?: string;
  placeholder?: string;
  /** Whether "/" anywhere on the page focuses this box (only the main search). */
  slashShortcut?: boolean;
  /** Called when the person empties the box. */
  onClear?(): void;
};

export type SearchBox = { setValue(text: string): void; dispose(): void };

let instances = 0;

export function mountSearchBox(root: HTMLElement, deps: SearchBoxDeps): SearchBox {
  const prefix = `search-${++instances}`;
  const listId = `${prefix}-listbox`;
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
  const label = el('label', {
    className: 'visually-hidden',
    text: deps.label ?? 'Search entities',
    attrs: { for: input.id },
  });
  const list = el('ul', {
    id: listId,
    className: 'search-results',
    attrs: { role: 'listbox', 'aria-label': `${deps.label ?? 'Search entities'} suggestions` },
  });
  const status = el('p', {
    className: 'search-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const wrapper = el('div', { className: 'search' }, [label, input, list, status]);
  root.append(wrapper);

  let hits: SearchHit[] = [];
  let active = -1;

  function setOpen(open: boolean) {
    input.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
    if (!open) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function renderOptions() {
    replaceChildren(
      list,
      hits.map((hit, i) =>
        el(
          'li',
          {
            id: `${prefix}-option-${i}`,
            className: 'search-option',
            attrs: { role: 'option', 'aria-selected': String(i === active) },
            on: {
              // mousedown, not click: keep focus in the input until the choice is made
              mousedown: (event) => {
                event.preventDefault();
                choose(i);
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
        ),
      ),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${prefix}-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
    list.querySelector(`#${prefix}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }

  function update() {
    const query = input.value.trim();
    if (query === '') {
      deps.onClear?.();
      hits = [];
      status.textContent = '';
      setOpen(false);
      return;
    }
    hits = deps.index.search(query, 8);
    active = hits.length > 0 ? 0 : -1;
    status.textContent =
      hits.length === 0
        ? `No entity matches “${query}”.`
        : `${hits.length} suggestion${hits.length === 1 ? '' : 's'}`;
    status.classList.toggle('empty', hits.length === 0);
    setOpen(hits.length > 0);
    renderOptions();
  }

  function choose(i: number) {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    status.textContent = '';
    setOpen(false);
    deps.onChoose(hit.id);
  }

  function onKeyDown(event: KeyboardEvent) {
    const open = input.getAttribute('aria-expanded') === 'true';
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) update();
        else if (hits.length) active = (active + 1) % hits.length;
        renderOptions();
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && hits.length) active = (active - 1 + hits.length) % hits.length;
        renderOptions();
        break;
      case 'Enter':
        if (open && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
        } else if (input.value) {
          event.preventDefault();
          event.stopPropagation();
          input.value = '';
          status.textContent = '';
        }
        break;
    }
  }

  function onGlobalKey(event: KeyboardEvent) {
    if (event.key !== '/' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  }

  const onBlur = () => setOpen(false);
  input.addEventListener('input', update);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', onBlur);
  if (deps.slashShortcut) document.addEventListener('keydown', onGlobalKey);
  setOpen(false);

  return {
    setValue(text) {
      input.value = text;
    },
    dispose() {
      input.removeEventListener('input', update);
      input.removeEventListener('keydown', onKeyDown);
      input.removeEventListener('blur', onBlur);
      document.removeEventListener('keydown', onGlobalKey);
      wrapper.remove();
    },
  };
}
