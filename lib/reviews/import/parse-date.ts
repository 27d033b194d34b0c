import { fold } from "../text";
import { isCalendarDay, zonedInstant, type WallClock } from "./local-time";
import { cellText, type Cell } from "./sheet";

// Review dates as exports write them: ISO 8601, 05.03.2024, 03/05/2024 (day or month first),
// "March 5, 2024", "5. März 2024", "5 de marzo de 2024", Excel serial numbers and Unix timestamps.

export type DateOrder = "dmy" | "mdy";
export type DateResult = { ok: true; date: Date } | { ok: false; problem: string };

const EARLIEST_YEAR = 1995;
/** Clocks and time zones differ; a review "from tomorrow" by less than this is still today's. */
const FUTURE_SLACK_MS = 36 * 60 * 60_000;

const MONTHS: Record<string, number> = {};
[
  "january jan januar janvier janv enero ene gennaio gen janeiro januari jänner janner",
  "february feb februar fevrier fevr fev febrero febbraio fevereiro februari",
  "march mar marz mrz mars marzo marco maart mrt",
  "april apr avril avr abril abr aprile",
  "may mai mayo maggio mag maio mei",
  "june jun juni juin junio giugno giu junho",
  "july jul juli juillet juil julio luglio lug julho",
  "august aug aout agosto ago augustus",
  "september sep sept septembre septiembre setiembre settembre set setembro",
  "october oct oktober okt octobre octubre ottobre ott outubro out",
  "november nov novembre noviembre novembro",
  "december dec dezember dez decembre diciembre dic dicembre dezembro",
].forEach((names, i) => names.split(" ").forEach((n) => (MONTHS[n] = i + 1)));

const WEEKDAYS = new Set(
  `monday mon tuesday tue tues wednesday wed thursday thu thurs friday fri saturday sat sunday sun
  montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so
  lundi lun mardi mercredi mer jeudi jeu vendredi ven samedi sam dimanche dim
  lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi
  segunda terca quarta quinta sexta feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`.split(/\s+/).filter(Boolean),
);
/** Words between the parts of a written date: "5 de marzo de 2024", "the 5th of March". */
const FILLER = new Set(["de", "del", "of", "the", "le", "el", "den", "der", "am", "um", "at", "a", "as", "à", "h"]);

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(.+))?$/;
const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})(?:,?\s+(.+))?$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:,?\s+(.+))?$/;
const TIME = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** "14:30", "2:30 PM", "9h15": hours, minutes, seconds; null when it is not a time. */
function parseTime(text: string | undefined): { hour: number; minute: number; second: number } | null {
  if (!text) return { hour: 12, minute: 0, second: 0 };
  const m = TIME.exec(text.trim());
  if (!m || (!m[2] && !m[4])) return null;
  let hour = Number(m[1]);
  const meridiem = m[4]?.toLowerCase().replace(/\./g, "");
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  const minute = Number(m[2] ?? 0), second = Number(m[3] ?? 0);
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null;
}

/** Where the day and month sit in "03/04/2024"-style dates of a column, decided from its values. */
export function detectDateOrder(cells: Iterable<Cell>): { order: DateOrder; decided: boolean; conflicting: boolean } {
  let dayFirst = 0, monthFirst = 0;
  for (const cell of cells) {
    const m = SLASHED.exec(cellText(cell));
    if (!m) continue;
    const a = Number(m[1]), b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  // Without evidence, day first: most of the world, and every European hotel's export, writes it so.
  const order: DateOrder = monthFirst > dayFirst ? "mdy" : "dmy";
  return { order, decided: dayFirst + monthFirst > 0, conflicting: dayFirst > 0 && monthFirst > 0 };
}

type Parts = { year: number; month: number; day: number; time?: string | undefined };

function writtenDate(text: string): Parts | null {
  const tokens = fold(text).replace(/(\d)(st|nd|rd|th|er|eme|º|°)\b/g, "$1").split(/[\s,.]+/).filter((t) => t && !FILLER.has(t));
  while (tokens.length && WEEKDAYS.has(tokens[0]!)) tokens.shift();
  const [a, b, c, ...rest] = tokens;
  if (!a || !b || !c || !/^\d{4}$/.test(c)) return null;
  const time = rest.join(" ") || undefined;
  if (MONTHS[a] && /^\d{1,2}$/.test(b)) return { year: Number(c), month: MONTHS[a], day: Number(b), time };
  if (MONTHS[b] && /^\d{1,2}$/.test(a)) return { year: Number(c), month: MONTHS[b], day: Number(a), time };
  return null;
}

/** Excel counts days from 30 December 1899 (its 1900 leap-year bug included); fractions are the time. */
function fromSerial(serial: number, timeZone: string): Date {
  const ms = Math.round(serial * 86_400_000);
  const wall = new Date(Date.UTC(1899, 11, 30) + ms);
  const dateOnly = Number.isInteger(serial);
  return zonedInstant({
    year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
    hour: dateOnly ? 12 : wall.getUTCHours(), minute: wall.getUTCMinutes(), second: wall.getUTCSeconds(),
  }, timeZone);
}

function fromNumber(value: number, timeZone: string): Date | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  if (value >= 20_000 && value < 80_000) return fromSerial(value, timeZone); // 1954 .. 2119
  if (Number.isInteger(value) && value >= 1e9 && value < 1e10) return new Date(value * 1000); // Unix seconds
  if (Number.isInteger(value) && value >= 1e12 && value < 1e13) return new Date(value); // milliseconds
  return null;
}

function fromText(text: string, order: DateOrder, timeZone: string): Date | "not-a-day" | null {
  let parts: Parts | null = null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!isCalendarDay(Number(y), Number(mo), Number(d))) return "not-a-day";
    if (zone) {
      const instant = new Date(`${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}T${(h ?? "12").padStart(2, "0")}:${mi ?? "00"}:${s ?? "00"}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
      return Number.isNaN(instant.getTime()) ? null : instant;
    }
    parts = { year: Number(y), month: Number(mo), day: Number(d), time: h ? `${h}:${mi}${s ? `:${s}` : ""}` : undefined };
  }
  const ymd = !parts && YMD.exec(text);
  if (ymd) parts = { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]), time: ymd[4] };
  const dotted = !parts && DOTTED.exec(text);
  if (dotted) parts = { year: fullYear(dotted[3]!), month: Number(dotted[2]), day: Number(dotted[1]), time: dotted[4] };
  const slashed = !parts && SLASHED.exec(text);
  if (slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    parts = order === "dmy"
      ? { year: fullYear(slashed[3]!), month: second, day: first, time: slashed[4] }
      : { year: fullYear(slashed[3]!), month: first, day: second, time: slashed[4] };
  }
  parts ??= writtenDate(text);
  if (!parts) return null;
  if (!isCalendarDay(parts.year, parts.month, parts.day)) return "not-a-day";
  const time = parseTime(parts.time);
  if (!time) return null;
  const wall: WallClock = { year: parts.year, month: parts.month, day: parts.day, ...time };
  return zonedInstant(wall, timeZone);
}

/**
 * Reads one date cell. Times without a zone are the hotel's local time; a date without a time is
 * taken as midday there, so it stays on the same calendar day wherever it is shown.
 */
export function parseDate(cell: Cell, opts: { order: DateOrder; timeZone: string; now?: Date }): DateResult {
  const text = cellText(cell);
  if (!text) return { ok: false, problem: "is empty; every review needs its date" };
  const numeric = typeof cell === "number" ? cell : /^\d+(\.\d+)?$/.test(text) ? Number(text) : null;
  const parsed = numeric !== null ? fromNumber(numeric, opts.timeZone) : fromText(text.replace(/\s+/g, " "), opts.order, opts.timeZone);
  if (parsed === "not-a-day") {
    return { ok: false, problem: `is not a real date${SLASHED.test(text) ? ` when read ${opts.order === "dmy" ? "day" : "month"} first` : ""}` };
  }
  if (!parsed) return { ok: false, problem: "is not a date Lobby can read (use 2024-03-05, 05.03.2024, 05/03/2024 or 5 March 2024)" };
  const now = opts.now ?? new Date();
  if (parsed.getTime() > now.getTime() + FUTURE_SLACK_MS) return { ok: false, problem: "is in the future" };
  if (parsed.getUTCFullYear() < EARLIEST_YEAR) return { ok: false, problem: `is before ${EARLIEST_YEAR}` };
  return { ok: true, date: parsed };
}
