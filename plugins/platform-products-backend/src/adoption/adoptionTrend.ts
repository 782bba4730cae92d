import {
  AdoptionChange,
  AdoptionHistoryPoint,
  AdoptionSummary,
  AdoptionTrend,
} from '@paved-road/plugin-platform-products-common';
import { DAY_MS } from '../time';

function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

function changeSince(
  current: AdoptionSummary,
  history: AdoptionHistoryPoint[],
  now: Date,
  days: number,
): AdoptionChange | null {
  const day = dayBefore(now, days);
  // The latest point on or before that day; history is oldest first.
  const then = [...history].reverse().find(point => point.day <= day);
  if (!then) {
    return null;
  }
  return {
    since: then.day,
    rate:
      current.rate === null || then.rate === null
        ? null
        : current.rate - then.rate,
    adopters: current.adopters - then.adopters,
  };
}

/** How adoption changed over the last 30 and 90 days, from the daily history. */
export function adoptionTrend(
  current: AdoptionSummary,
  history: AdoptionHistoryPoint[],
  now: Date,
): AdoptionTrend {
  return {
    last30Days: changeSince(current, history, now, 30),
    last90Days: changeSince(current, history, now, 90),
  };
}
