// Selecting a passage of an article by keyboard alone, in the article viewer's text (a focusable
// region, one paragraph per sentence): Arrow Down and Up select the next or previous sentence,
// Shift with them stretches the selection a sentence further or back, Shift+Arrow Right and Left
// move its end by a word, and Alt+Shift+Arrow Right and Left its start. The selection is the
// page's own (what a mouse selects), so the viewer's selection actions follow it as they do a
// mouse's. `keyMove` and `nextSpan` are the pure part.

/** The sentences a selection spans, from `anchor` (where it started) to `focus` (where it ends). */
export type SentenceSpan = { anchor: number; focus: number };

export type KeyMove =
  | { type: 'sentence'; step: 1 | -1; extend: boolean }
  | { type: 'word'; edge: 'start' | 'end'; direction: 'forward' | 'backward' };

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** What a key pressed in the text does, or null for a key the text leaves to the page. */
export function keyMove(event: KeyPress): KeyMove | null {
  if (event.ctrlKey || event.metaKey) return null;
  const vertical = { ArrowDown: 1, ArrowUp: -1 } as const;
  const horizontal = { ArrowRight: 'forward', ArrowLeft: 'backward' } as const;
  if (event.key in vertical && !event.altKey)
    return {
      type: 'sentence',
      step: vertical[event.key as keyof typeof vertical],
      extend: event.shiftKey,
    };
  if (event.key in horizontal && event.shiftKey)
    return {
      type: 'word',
      edge: event.altKey ? 'start' : 'end',
      direction: horizontal[event.key as keyof typeof horizontal],
    };
  return null;
}

/** The sentences selected after a sentence move, among `count`: without a span yet, the first
 * step selects `start` (the marked sentence, or the first or last one). */
export function nextSpan(
  span: SentenceSpan | null,
  move: { step: 1 | -1; extend: boolean },
  count: number,
  start: number,
): SentenceSpan | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  if (!span) {
    const first = clamp(start >= 0 ? start : move.step === 1 ? 0 : count - 1);
    return { anchor: first, focus: first };
  }
  const focus = clamp(span.focus + move.step);
  return move.extend ? { anchor: span.anchor, focus } : { anchor: focus, focus };
}

/** Selects the sentences of `span` (paragraphs of `body`), whole, and shows the last one. */
function selectSpan(body: HTMLElement, span: SentenceSpan): void {
  const paragraphs = body.children;
  const first = paragraphs[Math.min(span.anchor, span.focus)];
  const last = paragraphs[Math.max(span.anchor, span.focus)];
  const selection = document.getSelection();
  if (!first || !last || !selection) return;
  const range = document.createRange();
  range.setStartBefore(first.firstChild ?? first);
  range.setEnd(last, last.childNodes.length);
  selection.removeAllRanges();
  selection.addRange(range);
  paragraphs[span.focus]?.scrollIntoView({ block: 'nearest' });
}

/** Moves one edge of the page's selection by a word (the browser knows where words end). */
function moveWordEdge(
  selection: Selection,
  edge: 'start' | 'end',
  direction: 'forward' | 'backward',
) {
  if (selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  const { startContainer, startOffset, endContainer, endOffset } = range;
  // the edge to move becomes the selection's focus: modify() extends at the focus
  if (edge === 'end')
    selection.setBaseAndExtent(startContainer, startOffset, endContainer, endOffset);
  else selection.setBaseAndExtent(endContainer, endOffset, startContainer, startOffset);
  // a step crosses a word, not only the full stop or quote mark beside it
  for (let i = 0; i < 4; i++) {
    const before = selection.toString();
    selection.modify('extend', direction, 'word');
    const after = selection.toString();
    const [longer, shorter] = before.length > after.length ? [before, after] : [after, before];
    const crossed =
      edge === 'end' ? longer.slice(shorter.length) : longer.slice(0, -shorter.length || undefined);
    if (crossed === '' || /[\p{L}\p{N}]/u.test(crossed)) break;
  }
  // a start moved forward stops after its word: it goes on past the comma and space that follow,
  // to where the next word begins
  if (edge === 'start' && direction === 'forward')
    for (let i = 0; i < 8 && /^[^\p{L}\p{N}]/u.test(selection.toString()); i++)
      selection.modify('extend', 'forward', 'character');
}

/**
 * Lets the keyboard select sentences and words in `body`, starting at the sentence `marked` (or
 * -1). Returns the function that removes the listener.
 */
export function mountSentenceKeys(body: HTMLElement, marked: number): () => void {
  let span: SentenceSpan | null = null;
  const onKey = (event: KeyboardEvent) => {
    const move = keyMove(event);
    const selection = document.getSelection();
    if (!move || !selection) return;
    event.preventDefault();
    if (move.type === 'word') {
      moveWordEdge(selection, move.edge, move.direction);
      return;
    }
    span = nextSpan(span, move, body.children.length, marked);
    if (span) selectSpan(body, span);
  };
  body.addEventListener('keydown', onKey);
  return () => body.removeEventListener('keydown', onKey);
}
