import { utcOffsetMinutes } from "../time/zoned-epoch.ts";
import { localDateTime, utcOffset } from "./ics-text.ts";
import { type ZoneTransition, zoneTransitions } from "./zone-transitions.ts";

const DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
/** Years checked after the first one before a yearly rule is trusted. */
const RULE_CHECK_YEARS = 3;
/** Years listed one by one when a zone follows no yearly rule. */
const LISTED_YEARS = 10;

interface LocalOnset {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: number;
}

/** The wall-clock moment (in the old offset, as RFC 5545 wants DTSTART) a transition begins. */
function onset(t: ZoneTransition): LocalOnset {
  const d = new Date(t.at + t.offsetFrom * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/** `BYDAY` for an onset: `-1SU` when it is the month's last such weekday, else `2SU`, `1SU`… */
function byDay(o: LocalOnset): string {
  const daysInMonth = new Date(Date.UTC(o.year, o.month, 0)).getUTCDate();
  const nth = o.day + 7 > daysInMonth ? -1 : Math.ceil(o.day / 7);
  return `${nth}${DAYS[o.weekday]}`;
}

const ruleOf = (o: LocalOnset): string => `${o.month}|${byDay(o)}|${o.hour}:${o.minute}`;
const isoDate = (o: LocalOnset): string =>
  `${String(o.year).padStart(4, "0")}-${String(o.month).padStart(2, "0")}-${String(o.day).padStart(2, "0")}`;

function observance(t: ZoneTransition, extra: readonly string[]): readonly string[] {
  const kind = t.offsetTo > t.offsetFrom ? "DAYLIGHT" : "STANDARD";
  const o = onset(t);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localDateTime(isoDate(o), o.hour, o.minute)}`,
    `TZOFFSETFROM:${utcOffset(t.offsetFrom)}`,
    `TZOFFSETTO:${utcOffset(t.offsetTo)}`,
    ...extra,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, computed from the runtime's zone rules, valid
 * from `fromYear` on. A zone that changes its clocks by a yearly rule (Berlin: last Sunday of
 * March and October; New York: second Sunday of March, first of November) gets one observance
 * per change with that RRULE, checked against the next years' real changes; a zone with changes
 * that follow no such rule gets one observance per change, listed for ten years; a zone without changes gets
 * one STANDARD observance. TZID is the IANA name, which calendar apps also recognise on their own.
 */
export function vtimezoneLines(timeZone: string, fromYear: number): readonly string[] {
  const key = `${timeZone}|${fromYear}`;
  let lines = computed.get(key);
  if (lines === undefined) {
    lines = computeVtimezone(timeZone, fromYear);
    computed.set(key, lines);
  }
  return lines;
}

/**
 * Computed zones, by zone and year: a zone's rules do not change while the process runs, and the
 * scan behind each (four years of days through `Intl`) is most of the cost of a calendar file.
 */
const computed = new Map<string, readonly string[]>();

function computeVtimezone(timeZone: string, fromYear: number): readonly string[] {
  const first = zoneTransitions(timeZone, fromYear);
  const lines: string[] = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (first.length === 0) {
    const offset = utcOffsetMinutes(Date.UTC(fromYear, 0, 1), timeZone);
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${utcOffset(offset)}`,
      `TZOFFSETTO:${utcOffset(offset)}`,
      "END:STANDARD",
    );
    return [...lines, "END:VTIMEZONE"];
  }
  const later = Array.from({ length: RULE_CHECK_YEARS }, (_, i) =>
    zoneTransitions(timeZone, fromYear + 1 + i),
  );
  const yearly = later.every(
    (ts) =>
      ts.length === first.length &&
      ts.every((t, i) => ruleOf(onset(t)) === ruleOf(onset(first[i] as ZoneTransition))),
  );
  if (yearly) {
    for (const t of first) {
      const o = onset(t);
      lines.push(...observance(t, [`RRULE:FREQ=YEARLY;BYMONTH=${o.month};BYDAY=${byDay(o)}`]));
    }
    return [...lines, "END:VTIMEZONE"];
  }
  const all = [
    first,
    ...Array.from({ length: LISTED_YEARS }, (_, i) => zoneTransitions(timeZone, fromYear + 1 + i)),
  ].flat();
  for (const t of all) lines.push(...observance(t, []));
  return [...lines, "END:VTIMEZONE"];
}
