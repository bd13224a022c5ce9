/**
 * Masks the personal details people most often type into a health helpline chat, wherever text
 * is logged or stored: email addresses, UK phone numbers, NHS numbers and postcodes. Order
 * matters: international phone numbers before NHS numbers (both are runs of digits), NHS
 * numbers (exactly 10 digits, spaced 3-3-4 or not) before national phone numbers.
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, '[email]'],
  [/(?:\+|\b00)\s?44\s?(?:\(0\)\s?)?\d(?:[\s-]?\d){8,9}\b/g, '[phone]'],
  [/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, '[nhs number]'],
  [/\b0\d(?:[\s-]?\d){8,9}\b/g, '[phone]'],
  [/\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4}\b/g, '[phone]'],
  [/\b(?:GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b/gi, '[postcode]'],
];

/** Every pattern needs a digit or an @: most log fields (ids of our own content) have neither. */
const MIGHT_HOLD_DETAILS = /[\d@]/;

export function redact(text: string): string {
  if (!MIGHT_HOLD_DETAILS.test(text)) return text;
  let masked = text;
  for (const [pattern, mask] of PATTERNS) masked = masked.replace(pattern, mask);
  return masked;
}
