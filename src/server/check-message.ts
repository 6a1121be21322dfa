// Reads a client's message far enough to refuse a malformed Yjs change before it reaches the
// story: the message's address and type, and for a sync step 2 or an update, the update decoded
// in full (Yjs's own decoder, without applying it). Yjs would log and skip such a change itself;
// refusing it instead tells the client why.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Why a message cannot be taken, or null when it is well formed (or not a change). */
export function malformedChange(message: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    return null;
  } catch (error) {
    return `the change is malformed (${error instanceof Error ? error.message : String(error)})`;
  }
}
