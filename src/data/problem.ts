// One problem found in a dataset document: where it is (a path such as `relations[3].tone`) and
// what is wrong, as `npm run validate` prints it.

export type Problem = { path: string; message: string };
