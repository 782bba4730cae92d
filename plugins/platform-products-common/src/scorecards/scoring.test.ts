import { levelForScore, scoreChecks } from './scoring';

describe('scoreChecks', () => {
  it('is the weighted mean of the check scores, 0 to 100', () => {
    expect(
      scoreChecks([
        { status: 'pass', score: 1, weight: 2 },
        { status: 'fail', score: 0, weight: 1 },
        { status: 'warn', score: 0.5, weight: 1 },
      ]),
    ).toBe(62.5);
  });

  it('counts waived checks as passed whatever their own score', () => {
    expect(
      scoreChecks([
        { status: 'waived', score: 0, weight: 1 },
        { status: 'fail', score: 0, weight: 1 },
      ]),
    ).toBe(50);
  });

  it('leaves unknown and error checks out rather than counting them as failed or passed', () => {
    expect(
      scoreChecks([
        { status: 'pass', score: 1, weight: 1 },
        { status: 'unknown', score: 0, weight: 5 },
        { status: 'error', score: 0, weight: 5 },
      ]),
    ).toBe(100);
  });

  it('is null when nothing can be scored', () => {
    expect(scoreChecks([])).toBeNull();
    expect(
      scoreChecks([{ status: 'unknown', score: 0, weight: 1 }]),
    ).toBeNull();
    expect(scoreChecks([{ status: 'pass', score: 1, weight: 0 }])).toBeNull();
  });

  it('clamps scores to 0..1 and rounds to one decimal', () => {
    expect(
      scoreChecks([
        { status: 'pass', score: 1.5, weight: 1 },
        { status: 'fail', score: -1, weight: 1 },
        { status: 'warn', score: 0.3333, weight: 1 },
      ]),
    ).toBe(44.4);
  });
});

describe('levelForScore', () => {
  const levels = [
    { name: 'Gold', score: 90 },
    { name: 'Bronze', score: 50 },
    { name: 'Silver', score: 75 },
  ];

  it('is the highest level reached, whatever the order of the levels', () => {
    expect(levelForScore(levels, 49.9)).toBeNull();
    expect(levelForScore(levels, 50)).toBe('Bronze');
    expect(levelForScore(levels, 89.9)).toBe('Silver');
    expect(levelForScore(levels, 90)).toBe('Gold');
    expect(levelForScore(levels, 100)).toBe('Gold');
  });

  it('is the later of two levels with the same threshold', () => {
    expect(
      levelForScore(
        [
          { name: 'Bronze', score: 50 },
          { name: 'Listed', score: 50 },
        ],
        60,
      ),
    ).toBe('Listed');
  });

  it('is null without a score or without levels', () => {
    expect(levelForScore(levels, null)).toBeNull();
    expect(levelForScore([], 100)).toBeNull();
  });
});
