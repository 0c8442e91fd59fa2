import { z } from 'zod';

/**
 * The building blocks every report step's schema is made of. Card inputs arrive as strings (a choice set
 * sends its value, a multi-select a comma-separated list, a date "YYYY-MM-DD", an empty box "" or nothing),
 * so each helper normalises that shape before checking it, and states its limit so the card can say it too.
 */

export const LIMITS = {
  name: 100,
  short: 200,
  link: 500,
  text: 2000,
} as const;

/** The school's calendar day: staff pick dates in UK time, whatever zone the server runs in. */
export function ukToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const trimString = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/**
 * Anything that looks like a file rather than words: a data: URI or a long unbroken base64 run. Nobody types
 * those; a tampered submission might, and for the indecent-image form the record must never hold an image.
 */
const DATA_URI = /data:[a-z]+\/[a-z0-9.+-]+;base64,/i;
const BASE64_RUN = /[A-Za-z0-9+/]{400,}={0,2}/;
export function looksLikeFile(text: string): boolean {
  return DATA_URI.test(text) || BASE64_RUN.test(text);
}

const FILE_MESSAGE = 'This box takes words only, not a file or an image.';

function textField(max: number) {
  return z
    .string({ invalid_type_error: 'Please type your answer as text.' })
    .max(max, { message: `too_long:${max}` })
    .refine((s) => !looksLikeFile(s), { message: FILE_MESSAGE });
}

export function optionalText(max: number) {
  return z.preprocess((v) => blankToUndefined(trimString(v)), textField(max).optional()) as unknown as z.ZodType<
    string | undefined,
    z.ZodTypeDef,
    unknown
  >;
}

export function requiredChoice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => blankToUndefined(trimString(v)), z.enum(values)) as unknown as z.ZodType<
    T[number],
    z.ZodTypeDef,
    unknown
  >;
}

export function optionalChoice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => blankToUndefined(trimString(v)), z.enum(values).optional()) as unknown as z.ZodType<
    T[number] | undefined,
    z.ZodTypeDef,
    unknown
  >;
}

/** A multi-select ChoiceSet: "link,screenshot" -> ['link', 'screenshot']; nothing chosen -> []. */
export function multiChoice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => {
      const s = blankToUndefined(trimString(v));
      if (s === undefined) return [];
      if (typeof s !== 'string') return s;
      return s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
    },
    z.array(z.enum(values)).refine((a) => new Set(a).size === a.length, { message: 'Each choice once, please.' }),
  ) as unknown as z.ZodType<T[number][], z.ZodTypeDef, unknown>;
}

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
export const YES_NO_LABELS: Record<YesNo, string> = { yes: 'Yes', no: 'No' };

/** A calendar date typed or picked on the card, never after today (UK time) by the injected clock. */
export function pastOrTodayDate(now: Date) {
  const today = ukToday(now);
  return z.preprocess(
    (v) => blankToUndefined(trimString(v)),
    z
      .string({ invalid_type_error: 'Please pick a date.' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Please pick a date from the calendar.' })
      .refine((s) => isRealDate(s), { message: 'That is not a real date. Please pick one from the calendar.' })
      .refine((s) => s <= today, { message: 'This date is in the future. Please choose today or an earlier day.' })
      .refine((s) => s >= '2000-01-01', { message: 'Please choose a date after 1 January 2000.' }),
  ) as unknown as z.ZodType<string, z.ZodTypeDef, unknown>;
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Routing fields every step's Action.Execute data carries alongside the inputs. */
export function routing(step: string) {
  return {
    formId: z.string().min(1).max(100),
    step: z.literal(step),
  };
}
