// Node has no DOMParser; the browser has one. Tests hand the importer @xmldom/xmldom's, set to
// stop at errors (as browsers do) and to stay quiet about warnings.
import { DOMParser, ParseError } from '@xmldom/xmldom';
import type { DomParserConstructor } from '../../src/io/xml-dom';

class StrictXmlDomParser {
  parseFromString(text: string, mimeType: 'application/xml'): Document {
    let firstError: ParseError | null = null;
    const parser = new DOMParser({
      onError: (level, message, context) => {
        // Fatal errors throw on their own after this call; plain errors are made to stop here.
        if (level === 'error') {
          firstError = new ParseError(message, context?.locator);
          throw firstError;
        }
      },
    });
    try {
      return parser.parseFromString(text, mimeType) as unknown as Document;
    } catch (error) {
      // xmldom wraps what onError throws ("Reporting error … caused …"): hand back the original.
      throw firstError ?? error;
    }
  }
}

export const NodeDomParser: DomParserConstructor = StrictXmlDomParser;
export const nodeXml = { domParser: NodeDomParser };
