import { WEEKDAYS, type OpeningHours, type Weekday, type WeeklyHours } from './types';

/** Where a service stands right now, in words a person can act on. */
export type OpeningStatus =
  | { readonly open: true; readonly closesAt?: string }
  | { readonly open: false; readonly opens: { readonly day: Weekday; readonly time: string; readonly today: boolean; readonly tomorrow: boolean } | undefined };

interface LocalTime {
  readonly day: Weekday;
  readonly minutes: number;
}

function localTime(at: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').toLowerCase().slice(0, 3) as Weekday;
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Whether a service is open at a moment, in its own time zone (Europe/London for UK services,
 * so British Summer Time is handled), and if not, when it next opens.
 */
export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  if (hours === 'always') return { open: true };
  const now = localTime(at, hours.timeZone);
  const open = toMinutes(hours.open);
  const close = toMinutes(hours.close);
  if (hours.days.includes(now.day) && now.minutes >= open && now.minutes < close) return { open: true, closesAt: hours.close };
  return { open: false, opens: nextOpening(hours, now) };
}

function nextOpening(hours: WeeklyHours, now: LocalTime): Extract<OpeningStatus, { open: false }>['opens'] {
  const todayIndex = WEEKDAYS.indexOf(now.day);
  for (let ahead = 0; ahead <= 7; ahead++) {
    const day = WEEKDAYS[(todayIndex + ahead) % 7];
    if (!day || !hours.days.includes(day)) continue;
    if (ahead === 0 && now.minutes >= toMinutes(hours.open)) continue;
    return { day, time: hours.open, today: ahead === 0, tomorrow: ahead === 1 };
  }
  return undefined;
}

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
};

/** "9am", "5:30pm": how people say times. */
export function spokenTime(time: string): string {
  const hour = Number(time.slice(0, 2));
  const minute = time.slice(3, 5);
  const suffix = hour >= 12 ? 'pm' : 'am';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === '00' ? `${twelve}${suffix}` : `${twelve}:${minute}${suffix}`;
}

/** "Monday to Friday, 9am to 5pm" or "any time, day or night". */
export function describeHours(hours: OpeningHours): string {
  if (hours === 'always') return 'any time, day or night';
  const days = hours.days;
  const first = days[0];
  const last = days[days.length - 1];
  const consecutive = first !== undefined && last !== undefined && WEEKDAYS.indexOf(last) - WEEKDAYS.indexOf(first) === days.length - 1;
  const dayText = consecutive && days.length > 2 && first && last ? `${DAY_NAMES[first]} to ${DAY_NAMES[last]}` : days.map((d) => DAY_NAMES[d]).join(', ');
  return `${dayText}, ${spokenTime(hours.open)} to ${spokenTime(hours.close)}`;
}

/** "open now", or "closed now; opens tomorrow at 9am". */
export function describeStatus(status: OpeningStatus): string {
  if (status.open) return status.closesAt ? `open now, until ${spokenTime(status.closesAt)}` : 'open now';
  if (!status.opens) return 'closed now';
  const when = status.opens.today ? 'today' : status.opens.tomorrow ? 'tomorrow' : `on ${DAY_NAMES[status.opens.day]}`;
  return `closed now; opens ${when} at ${spokenTime(status.opens.time)}`;
}

/** Parses "mon-fri 09:00-17:00" (how a deployer writes local hours in configuration). */
export function parseHours(text: string, timeZone = 'Europe/London'): WeeklyHours | undefined {
  const match = /^\s*([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+([0-2]\d:[0-5]\d)\s*-\s*([0-2]\d:[0-5]\d)\s*$/i.exec(text);
  if (!match) return undefined;
  const from = WEEKDAYS.indexOf((match[1] ?? '').toLowerCase() as Weekday);
  const to = WEEKDAYS.indexOf((match[2] ?? match[1] ?? '').toLowerCase() as Weekday);
  const open = match[3] ?? '';
  const close = match[4] ?? '';
  if (from < 0 || to < from || toMinutes(close) <= toMinutes(open) || toMinutes(close) > 24 * 60) return undefined;
  return { days: WEEKDAYS.slice(from, to + 1), open, close, timeZone };
}
