// The names of a state's own bodies (its forces, chambers, courts, ministries, central bank, coast
// guard), which news writes with the state's adjective ("the Chinese Coast Guard"), its name ("the
// China Coast Guard") or after "of" ("the Armed Forces of the Philippines"): one body each way.

/** The head of a state body's name, without the state. */
export const STATE_BODY_HEAD =
  /^(?:(?:Royal|National|Federal|Supreme|High|Constitutional|Central|Grand|Joint|Popular)\s+)*(?:Armed Forces|Army|Navy|Air Force|Coast Guard|Border Guard|Police|Senate|(?:National |Legislative )?Assembly|Parliament|Congress|Chamber of Deputies|House of Representatives|Council of Ministers|Government|Ministry(?: of [\p{L} ,]+)?|Department(?: of [\p{L} ,]+)?|(?:\p{L}+ )?Court(?: of Justice)?|Central Bank|National Bank|Reserve Bank|Embassy|Presidency)$/u;

/** "China Coast Guard" → the country's words ("China") and the body's head ("Coast Guard"), when
 * the name opens with one or two capitalised words and the rest is a state body's head. */
export function countryAndHead(label: string): { country: string; head: string }[] {
  const words = label.split(' ');
  const out: { country: string; head: string }[] = [];
  for (const n of [2, 1]) {
    const head = words.slice(n).join(' ');
    if (words.length > n && STATE_BODY_HEAD.test(head))
      out.push({ country: words.slice(0, n).join(' '), head });
  }
  return out;
}
