import { countNpsCategories, npsCategory, summarizeNps } from './nps';

describe('npsCategory', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ])('puts %p among the %ss', (score, category) => {
    expect(npsCategory(score)).toBe(category);
  });
});

describe('summarizeNps', () => {
  it('has no NPS without answers', () => {
    expect(summarizeNps({ promoters: 0, passives: 0, detractors: 0 })).toEqual({
      promoters: 0,
      passives: 0,
      detractors: 0,
      responses: 0,
      nps: null,
      marginOfError: null,
    });
  });

  it('has no margin of error for a single answer', () => {
    expect(
      summarizeNps({ promoters: 1, passives: 0, detractors: 0 }),
    ).toMatchObject({
      nps: 100,
      marginOfError: null,
    });
  });

  it('computes NPS and the 95% margin of error of a worked example', () => {
    // 50 promoters, 30 passives, 20 detractors: NPS 30; variance 0.5 + 0.2 − 0.09 = 0.61,
    // margin 1.96 × √(0.61 / 100) × 100 = 15.308…
    const summary = summarizeNps(
      countNpsCategories([
        ...Array(50).fill(10),
        ...Array(30).fill(7),
        ...Array(20).fill(3),
      ]),
    );
    expect(summary.responses).toBe(100);
    expect(summary.nps).toBeCloseTo(30, 10);
    expect(summary.marginOfError).toBeCloseTo(15.3082, 3);
  });

  it('has no spread when everyone agrees', () => {
    expect(
      summarizeNps({ promoters: 0, passives: 0, detractors: 12 }),
    ).toMatchObject({ nps: -100, marginOfError: 0 });
  });

  it('narrows the margin as answers grow', () => {
    const small = summarizeNps({ promoters: 5, passives: 3, detractors: 2 });
    const large = summarizeNps({
      promoters: 500,
      passives: 300,
      detractors: 200,
    });
    expect(small.nps).toBeCloseTo(large.nps!, 10);
    expect(large.marginOfError!).toBeCloseTo(small.marginOfError! / 10, 10);
  });
});
