import { describe, expect, it } from 'vitest';
import { createLogger, isoTimeBySecond } from '../../src/logger';
import { redact } from '../../src/privacy/redact';

describe('redaction masks personal details', () => {
  it.each([
    ['email addresses', 'write to jane.doe+nhs@example.co.uk please', 'write to [email] please'],
    ['NHS numbers spaced 3-3-4', 'my NHS number is 943 476 5919.', 'my NHS number is [nhs number].'],
    ['NHS numbers without spaces', 'nhs no 9434765919', 'nhs no [nhs number]'],
    ['NHS numbers with dashes', 'ref 943-476-5919', 'ref [nhs number]'],
    ['UK mobile numbers', 'call me on 07700 900123 tonight', 'call me on [phone] tonight'],
    ['UK numbers without spaces', 'ring 02079460958', 'ring [phone]'],
    ['UK numbers in international form', 'or +44 7700 900123', 'or [phone]'],
    ['UK numbers with (0)', 'or +44 (0)20 7946 0958', 'or [phone]'],
    ['landlines with the area code in brackets', 'phone (0161) 496 0000', 'phone [phone]'],
    ['postcodes with a space', 'I live at SW1A 1AA now', 'I live at [postcode] now'],
    ['postcodes in lower case without a space', 'near m11ae', 'near [postcode]'],
    ['postcodes of every shape', 'B33 8TH, CR2 6XH, DN55 1PT, W1A 0AX, EC1A 1BB', '[postcode], [postcode], [postcode], [postcode], [postcode]'],
  ])('masks %s', (_kind, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('leaves ordinary questions alone', () => {
    for (const text of ['how much does a second opinion cost?', 'I waited 6 weeks and 3 days', 'is it free on the NHS in 2024', 'my GP said no'])
      expect(redact(text)).toBe(text);
  });
});

describe('the logger', () => {
  it('writes one JSON object per line with level, time and event', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.warn('something-happened', { entry: 'cost', count: 2 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 'warn', event: 'something-happened', entry: 'cost', count: 2 });
    expect(JSON.parse(lines[0] as string).time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("writes the time as pino's ISO time does, within a second and across seconds, days and years", () => {
    let now = 0;
    const time = isoTimeBySecond(() => now);
    for (const ms of [Date.UTC(2026, 11, 1, 2, 49, 53, 422), Date.UTC(2026, 11, 1, 2, 49, 53, 7), Date.UTC(2026, 11, 1, 2, 49, 53, 999), Date.UTC(2026, 11, 1, 2, 49, 54, 0), Date.UTC(2026, 11, 31, 23, 59, 59, 999), Date.UTC(2027, 0, 1), 0, 1]) {
      now = ms;
      expect(time()).toBe(`,"time":"${new Date(ms).toISOString()}"`);
    }
  });

  it('redacts any text field that reaches it', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line)).info('message-received', { text: 'I am 943 476 5919, jane@example.com' });
    expect(lines.join()).not.toMatch(/943|jane@/);
    expect(JSON.parse(lines[0] as string).text).toBe('I am [nhs number], [email]');
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), 'warn');
    logger.info('quiet');
    logger.error('loud');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['loud']);
  });

  it('writes no info or warn line while withholding (the start-up warm-up), but errors still, and all again afterwards', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.withhold(true);
    logger.info('made-up-turn');
    logger.warn('made-up-warning');
    logger.error('real-failure');
    logger.info('made-up-turn-after-an-error');
    logger.withhold(false);
    logger.info('real-turn');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['real-failure', 'real-turn']);
  });
});
