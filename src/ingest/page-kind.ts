// Whether an article comes as a web page (read for its article) or as plain text: by the file's
// name or type, or a pasted text's opening tag. Apart from the page reader so that asking does not
// load Readability.

/** A saved page carries its markup, styles and scripts besides the article: it may be this large;
 * the article read out of it is held to the article limit. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** Whether a file or pasted text is a web page rather than plain text. */
export function isHtmlPage(name: string, type: string, text?: string): boolean {
  if (/\.x?html?$/i.test(name) || type === 'text/html' || type === 'application/xhtml+xml')
    return true;
  return text !== undefined && /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}
