// The controls that would change the story, disabled while it cannot be changed here (a story
// opened from a read-only link), each saying why in its description; enabled again, with its own
// description back, when it can. The reason comes from the store (editBlock in shared-view.ts).
import type { AppState } from '../../state/app-state';
import { editBlock } from '../../state/shared-view';
import type { Store } from '../../state/store';

/** Disables the control with the reason as its description, or gives it back as it was. */
export function lockEditing(control: HTMLButtonElement, reason: string | null): HTMLButtonElement {
  if (control.dataset.ownTitle === undefined) control.dataset.ownTitle = control.title;
  control.disabled = reason !== null;
  control.title = reason ?? control.dataset.ownTitle;
  return control;
}

/** Keeps lasting controls in step with the store's read-only reason; returns what stops it. */
export function followEditLock(
  store: Store<AppState>,
  controls: readonly HTMLButtonElement[],
): () => void {
  let shown: string | null | undefined;
  const update = (state: AppState) => {
    const reason = editBlock(state);
    if (reason === shown) return;
    shown = reason;
    for (const control of controls) lockEditing(control, reason);
  };
  update(store.get());
  return store.subscribe(update);
}
