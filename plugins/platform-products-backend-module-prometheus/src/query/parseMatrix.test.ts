import { parseMatrix } from './parseMatrix';

describe('parseMatrix', () => {
  it('reads the points of one series by time', () => {
    const values = parseMatrix({
      resultType: 'matrix',
      result: [
        {
          metric: {},
          values: [
            [1709251260, '100'],
            [1709251320, '101.5'],
          ],
        },
      ],
    });
    expect([...values]).toEqual([
      [1709251260, 100],
      [1709251320, 101.5],
    ]);
  });

  it('adds up several series at the same time', () => {
    const values = parseMatrix({
      resultType: 'matrix',
      result: [
        {
          metric: { pod: 'a' },
          values: [
            [60, '1'],
            [120, '2'],
          ],
        },
        {
          metric: { pod: 'b' },
          values: [
            [120, '3'],
            [180, '4'],
          ],
        },
      ],
    });
    expect([...values]).toEqual([
      [60, 1],
      [120, 5],
      [180, 4],
    ]);
  });

  it('gives no value for no series, and leaves out NaN and infinities', () => {
    expect(parseMatrix({ resultType: 'matrix', result: [] }).size).toBe(0);
    const values = parseMatrix({
      resultType: 'matrix',
      result: [
        {
          metric: {},
          values: [
            [60, 'NaN'],
            [120, '+Inf'],
            [180, '-Inf'],
            [240, '7'],
          ],
        },
      ],
    });
    expect([...values]).toEqual([[240, 7]]);
  });

  it('explains an answer that is not a matrix', () => {
    expect(() =>
      parseMatrix({ resultType: 'scalar', result: [60, '1'] }),
    ).toThrow('the answer is a scalar, not a matrix');
    expect(() => parseMatrix(undefined)).toThrow(
      'the answer is a undefined, not a matrix',
    );
    expect(() => parseMatrix({ resultType: 'matrix' })).toThrow(
      'the answer has no result list',
    );
    expect(() =>
      parseMatrix({ resultType: 'matrix', result: [{ metric: {} }] }),
    ).toThrow('a series of the answer has no values');
    expect(() =>
      parseMatrix({
        resultType: 'matrix',
        result: [{ metric: {}, values: [['60', 1]] }],
      }),
    ).toThrow('a point of the answer is not [time, "value"]: ["60",1]');
  });
});
