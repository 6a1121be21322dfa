// Small helpers for writing XML by hand: escape text and attribute values, and drop the
// characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF).

/** Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const FORBIDDEN_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that no XML 1.0 document may contain, even escaped. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, '');
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes a value for element text or a quoted attribute. Tabs and line breaks become character
 * references so attribute values keep them (a parser would otherwise normalise them to spaces).
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}
