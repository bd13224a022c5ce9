import { describe, expect, it } from 'vitest';
import { describeHours, describeStatus, openingStatus, parseHours } from '../../../src/knowledge/openingHours';
import { ServiceDirectory } from '../../../src/knowledge/services';
import { loadKnowledge } from '../../../src/knowledge/loading/loadKnowledge';
import { FIXTURE_KNOWLEDGE } from '../../support/fixtureKnowledge';

const weekdays = parseHours('mon-fri 09:00-17:00');
if (!weekdays) throw new Error('fixture hours did not parse');

describe('opening hours in UK time', () => {
  it('is open on a weekday afternoon in winter (GMT)', () => {
    expect(openingStatus(weekdays, new Date('2026-11-25T14:00:00Z'))).toEqual({ open: true, closesAt: '17:00' });
  });

  it('follows British Summer Time: 08:30 UTC in July is 09:30 in London', () => {
    expect(openingStatus(weekdays, new Date('2026-07-15T08:30:00Z')).open).toBe(true);
    expect(openingStatus(weekdays, new Date('2026-07-15T16:30:00Z')).open).toBe(false);
  });

  it('says when a closed service next opens: later today, tomorrow, or on Monday', () => {
    expect(describeStatus(openingStatus(weekdays, new Date('2026-11-25T07:00:00Z')))).toBe('closed now; opens today at 9am');
    expect(describeStatus(openingStatus(weekdays, new Date('2026-11-25T18:00:00Z')))).toBe('closed now; opens tomorrow at 9am');
    expect(describeStatus(openingStatus(weekdays, new Date('2026-11-28T12:00:00Z')))).toBe('closed now; opens on Monday at 9am');
  });

  it('describes hours the way people say them', () => {
    expect(describeHours(weekdays)).toBe('Monday to Friday, 9am to 5pm');
    expect(describeHours(parseHours('sat 10:30-12:00') ?? 'always')).toBe('Saturday, 10:30am to 12pm');
    expect(describeHours('always')).toBe('any time, day or night');
  });

  it('rejects hours it cannot read rather than guessing', () => {
    expect(parseHours('weekdays 9-5')).toBeUndefined();
    expect(parseHours('fri-mon 09:00-17:00')).toBeUndefined();
    expect(parseHours('mon-fri 17:00-09:00')).toBeUndefined();
  });
});

describe('describing a service', () => {
  const services = loadKnowledge(FIXTURE_KNOWLEDGE).services;
  const at = (iso: string) => () => new Date(iso);

  it("uses the deployer's local PALS details and hours, and says it is closed and what to do meanwhile", () => {
    const directory = new ServiceDirectory(services, { name: 'City Hospital', phone: '01234 567890', hours: weekdays }, at('2026-11-28T12:00:00Z'));
    const text = directory.describe('pals');
    expect(text).toContain('**PALS (Patient Advice and Liaison Service) at City Hospital**');
    expect(text).toContain('phone 01234 567890');
    expect(text).toContain('Open Monday to Friday, 9am to 5pm (closed now; opens on Monday at 9am).');
    expect(text).toMatch(/urgent, call NHS 111[\s\S]*emergency, call 999/);
  });

  it('without local details, says how to find your PALS instead of printing placeholders', () => {
    const directory = new ServiceDirectory(services, {}, at('2026-11-25T10:00:00Z'));
    expect(directory.hasLocalPals).toBe(false);
    const text = directory.describe('pals');
    expect(text).not.toMatch(/undefined|TODO|xxx/i);
    expect(text).toContain('nhs.uk');
  });

  it('gives a service open around the clock without a closing time', () => {
    expect(new ServiceDirectory(services).describe('samaritans')).toContain('Open any time, day or night.');
  });
});
