// One problem found in a dataset document: where it is (a path such as `relations[3].tone`) and
// what is wrong, as `npm run validate` prints it; and how a path is written.

export type Problem = { path: string; message: string };

/** `["relations", 12, "target"]` → `relations[12].target`; the empty path is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(root)';
}
