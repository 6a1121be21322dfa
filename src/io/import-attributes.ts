// The zod schemas an imported graph's attributes must pass: the attributes Parley knows, each
// optional, with lists accepted as JSON text too (Parley's own GEXF and GraphML write them so).
// Attributes Parley does not know are not kept; the caller lists them in a warning.
import { z } from 'zod';
import { EvidenceSchema, IsoDateSchema, RoleSchema, SourceSchema, TONES } from '../data/schema';
import { IMPORT_LIMITS } from './limits';

export const NODE_ATTRIBUTE_NAMES = [
  'label',
  'kind',
  'aliases',
  'description',
  'roles',
  'x',
  'y',
  'size',
  'color',
] as const;

export const EDGE_ATTRIBUTE_NAMES = [
  'kind',
  'label',
  'date',
  'dateApproximate',
  'tone',
  'evidence',
] as const;

/** Drawing hints other tools write that mean nothing to Parley; dropped without a warning. */
export const SILENT_ATTRIBUTE_NAMES = new Set([
  'z',
  'type',
  'shape',
  'thickness',
  'hidden',
  'forceLabel',
  'highlighted',
  'zIndex',
]);

/** A list given as a list, or as JSON text (`["a","b"]`); optionally plain text as one item. */
function listOf<T extends z.ZodType>(item: T, what: string, plainTextIsOneItem: boolean) {
  return z.preprocess(
    (value, ctx) => {
      if (typeof value !== 'string') return value;
      const text = value.trim();
      if (text === '') return [];
      if (text.startsWith('[')) {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({
            code: 'custom',
            message: `is not a valid JSON list of ${what}`,
            input: value,
          });
          return z.NEVER;
        }
      }
      if (plainTextIsOneItem) return [value];
      ctx.addIssue({
        code: 'custom',
        message: `must be a list of ${what} (or that list as JSON text), not plain text`,
        input: value,
      });
      return z.NEVER;
    },
    z.array(item, { error: `must be a list of ${what}` }),
  );
}

const Text = z.string();
/** Labels may be numbers in other tools' files (node "1"); they are read as text. */
const TextOrNumber = z.union([z.string(), z.number()], { error: 'must be text' }).transform(String);
/** A UTF-16 surrogate without its pair: broken text that no link or XML file can carry. */
export const LONE_SURROGATE = /\p{Cs}/u;
/** Kinds travel in links (#/?hide=person), so they are short, well-formed text. */
const Kind = TextOrNumber.superRefine((value, ctx) => {
  const max = IMPORT_LIMITS.maxKeyLength;
  if (value.length > max)
    ctx.addIssue({
      code: 'custom',
      message: `is ${value.length} characters long; a kind is at most ${max} characters`,
      input: value,
    });
  else if (LONE_SURROGATE.test(value))
    ctx.addIssue({
      code: 'custom',
      message: 'holds broken Unicode (a lone surrogate)',
      input: value,
    });
});
/** zod 4's number already refuses NaN and ±Infinity. */
const FiniteNumber = z.number();

export const NodeAttributesSchema = z.object({
  label: TextOrNumber.nullish(),
  kind: Kind.nullish(),
  aliases: listOf(Text, 'aliases', true).nullish(),
  description: Text.nullish(),
  roles: listOf(RoleSchema, 'roles', false).nullish(),
  x: FiniteNumber.nullish(),
  y: FiniteNumber.nullish(),
  size: FiniteNumber.refine((n) => n > 0, 'must be greater than 0').nullish(),
  color: Text.nullish(),
});

export const EdgeAttributesSchema = z.object({
  kind: Kind.nullish(),
  label: TextOrNumber.nullish(),
  date: IsoDateSchema.nullish(),
  dateApproximate: z.boolean().nullish(),
  tone: z.enum(TONES, { error: `must be one of ${TONES.join(', ')}` }).nullish(),
  evidence: listOf(EvidenceSchema, 'evidence', false).nullish(),
});

export const GraphAttributesSchema = z.object({
  title: TextOrNumber.nullish(),
  sources: listOf(SourceSchema, 'sources', false).nullish(),
});

export type ImportedNodeAttributes = z.output<typeof NodeAttributesSchema>;
export type ImportedEdgeAttributes = z.output<typeof EdgeAttributesSchema>;

const HEX_COLOR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_COLOR =
  /^rgba?\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*(?:,\s*(?:\d+(?:\.\d+)?|\.\d+)\s*)?\)$/i;

/** True for the colour notations sigma draws and GEXF/GraphML carry: #rgb(a), #rrggbb(aa), rgb()/rgba(). */
export function isDrawableColor(value: string): boolean {
  return HEX_COLOR.test(value) || RGB_COLOR.test(value);
}
