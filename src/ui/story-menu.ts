// The top bar's Story menu on narrow screens: a disclosure button that shows or hides the story's
// buttons (Import…, Add article…, New story…, Add source…, Add entity, Export, Share…) as a list
// under the bar, so the bar keeps to two rows and the graph stays in view. The buttons are the
// same ones, with the same names; on wide screens the stylesheet lays them in the bar and hides
// the Story button. Escape in the list closes it and gives focus back to Story; a press outside
// it or Tab past its end closes it too, but not a dialog one of its buttons opened: the list
// closes when that dialog does (the person is done with it, and on a phone it covers the
// graph), and focus goes back to Story.

/** Opens the list under its button, kept 8 px inside the top bar. */
function placeUnder(toggle: HTMLElement, menu: HTMLElement) {
  const bar = toggle.offsetParent;
  if (!(bar instanceof HTMLElement)) return;
  const room = bar.clientWidth - menu.offsetWidth - 8;
  menu.style.left = `${Math.max(8, Math.min(toggle.offsetLeft, room))}px`;
  menu.style.right = 'auto';
}

export function mountStoryMenu(toggle: HTMLButtonElement, menu: HTMLElement): () => void {
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
    if (open) placeUnder(toggle, menu);
  };
  const onToggle = () => setOpen(!isOpen());
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    event.preventDefault();
    setOpen(false);
    toggle.focus();
  };
  const onPointer = (event: PointerEvent) => {
    const target = event.target as Element | null;
    if (!isOpen() || !target || toggle.contains(target) || menu.contains(target)) return;
    if (target.closest('dialog')) return;
    setOpen(false);
  };
  // Tab past the last button closes the list, as a press outside it does
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Element | null;
    if (!isOpen() || !next || toggle.contains(next) || menu.contains(next)) return;
    if (next.closest('dialog')) return;
    setOpen(false);
  };
  // a dialog's close event does not bubble: it is caught on its way down
  const onDialogClose = (event: Event) => {
    if (!isOpen() || !(event.target instanceof HTMLDialogElement)) return;
    setOpen(false);
    toggle.focus();
  };
  document.addEventListener('close', onDialogClose, true);
  toggle.addEventListener('click', onToggle);
  toggle.addEventListener('keydown', onKey);
  menu.addEventListener('keydown', onKey);
  menu.addEventListener('focusout', onFocusOut);
  document.addEventListener('pointerdown', onPointer);
  return () => {
    toggle.removeEventListener('click', onToggle);
    toggle.removeEventListener('keydown', onKey);
    menu.removeEventListener('keydown', onKey);
    menu.removeEventListener('focusout', onFocusOut);
    document.removeEventListener('pointerdown', onPointer);
    document.removeEventListener('close', onDialogClose, true);
  };
}
