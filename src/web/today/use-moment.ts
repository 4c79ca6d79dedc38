import { useEffect, useState } from "preact/hooks";
import type { Slot } from "../../core/model/slots.ts";
import { type DailyMoment, dailyMoment } from "../../core/reminders/time-of-day.ts";

/** How often Today looks at the clock again, so an app left open moves on with the day. */
const TICK_MS = 60_000;

/**
 * The current practice moment and the slot Today shows. The slot follows the clock (morning until
 * 2 p.m., then evening; a new day starts over) until the person picks one; their pick holds until
 * the clock crosses into another slot or day.
 */
export function useMoment(timeZone: string): {
  readonly moment: DailyMoment;
  readonly slot: Slot;
  readonly pick: (slot: Slot) => void;
} {
  const [moment, setMoment] = useState(() => dailyMoment(Date.now(), timeZone));
  const [picked, setPicked] = useState<{ slot: Slot; at: string }>();
  useEffect(() => {
    const timer = setInterval(() => {
      const next = dailyMoment(Date.now(), timeZone);
      setMoment((m) => (m.day === next.day && m.slot === next.slot ? m : next));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [timeZone]);
  const key = `${moment.day}|${moment.slot}`;
  const slot = picked !== undefined && picked.at === key ? picked.slot : moment.slot;
  return { moment, slot, pick: (s) => setPicked({ slot: s, at: key }) };
}
