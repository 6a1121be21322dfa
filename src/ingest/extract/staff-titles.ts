// The military and government staff posts written in capitals: "Chief of Staff", "Chief of the
// General Staff", "Chief of Army Staff", "Chief of the Defence Staff", "Chairman of the Joint
// Chiefs of Staff", "Joint Chiefs Chairman", "White House Chief of Staff". Each is one title, whole:
// its "of the", its branch ("Army", "Naval") and its "Staff" are no organisation and no part of a
// name, and a rank written after it ("Chief of Army Staff Gen. X") is the person's, not the post's.
import type { Token } from './nlp';
import type { Piece } from './types';

/** The branch or kind of staff between "Chief of [the]" and "Staff". */
const BRANCH =
  '(?:General|Defence|Defense|Army|Naval|Navy|Air|Force|Joint|Combined|Armed|Forces|Military|Presidential) ';

/** The posts, over token values joined by single spaces. */
const STAFF_POST = new RegExp(
  [
    `Chief of (?:the )?(?:${BRANCH}){0,3}Staff`,
    '(?:Chairman|Chairwoman|Chair) of the Joint Chiefs of Staff',
    'Joint Chiefs (?:of Staff )?(?:Vice )?(?:Chairman|Chairwoman|Chair)',
  ]
    .map((post) => `(?:${post})`)
    .join('|'),
);
const WITH_OWNER = new RegExp(`^(White House )?(${STAFF_POST.source})(?= |$)`);

/** The title pieces of a staff post that begins at token `i` ("White House" a piece of its own,
 * so that the post's head word opens the other), or null. */
export function staffTitleAt(tokens: readonly Token[], i: number): Piece[] | null {
  const first = tokens[i]?.value ?? '';
  if (!/^(Chief|Chairman|Chairwoman|Chair|Joint|White)$/.test(first)) return null;
  const window = tokens
    .slice(i, i + 12)
    .map((t) => t.value)
    .join(' ');
  const m = WITH_OWNER.exec(window);
  if (m === null) return null;
  const owner = m[1] ? 2 : 0;
  const postEnd = i + owner + (m[2] as string).split(' ').length;
  const post: Piece = { type: 'title', start: i + owner, end: postEnd };
  return owner > 0 ? [{ type: 'title', start: i, end: i + owner }, post] : [post];
}

/** The end of the last staff post among a title's pieces, where the title a person holds ends
 * (a rank may follow it: "Chief of Army Staff Gen."); -1 when none is one. */
export function staffPostEnd(tokens: readonly Token[], pieces: readonly Piece[]): number {
  let end = -1;
  for (const piece of pieces)
    if (staffTitleAt(tokens, piece.start)?.at(-1)?.end === piece.end) end = piece.end;
  return end;
}
