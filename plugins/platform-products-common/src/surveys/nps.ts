import type { NpsSummary } from '../api/surveys';

/** The z value of a two-sided 95% confidence interval. */
const Z_95 = 1.96;

/**
 * Counts of answers by category.
 *
 * @public
 */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/**
 * The NPS category of a 0–10 answer: 9–10 promoter, 7–8 passive, 0–6 detractor.
 *
 * @public
 */
export function npsCategory(
  score: number,
): 'promoter' | 'passive' | 'detractor' {
  if (score >= 9) {
    return 'promoter';
  }
  return score >= 7 ? 'passive' : 'detractor';
}

/**
 * Counts answers by NPS category.
 *
 * @public
 */
export function countNpsCategories(scores: Iterable<number>): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    const category = npsCategory(score);
    if (category === 'promoter') {
      counts.promoters++;
    } else if (category === 'passive') {
      counts.passives++;
    } else {
      counts.detractors++;
    }
  }
  return counts;
}

/**
 * NPS and its 95% margin of error from category counts.
 *
 * Each answer is +1 (promoter), 0 (passive) or −1 (detractor); the NPS is their mean × 100.
 * With p and d the shares of promoters and detractors, the variance of one answer is
 * p + d − (p − d)², so the margin of error is 1.96 × √(variance ÷ n) × 100: the standard
 * formula for NPS, which treats respondents as a sample of the users.
 *
 * @public
 */
export function summarizeNps(counts: NpsCounts): NpsSummary {
  const { promoters, passives, detractors } = counts;
  const responses = promoters + passives + detractors;
  if (responses === 0) {
    return { ...counts, responses, nps: null, marginOfError: null };
  }
  const p = promoters / responses;
  const d = detractors / responses;
  const nps = (p - d) * 100;
  // One answer says nothing about how answers vary.
  const marginOfError =
    responses < 2
      ? null
      : Z_95 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / responses) * 100;
  return { ...counts, responses, nps, marginOfError };
}
