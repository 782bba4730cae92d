import { editDistance } from './editDistance';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['sla-availability', 'sla-availability', 0],
    ['sla-availabilty', 'sla-availability', 1],
    ['sla-windw', 'sla-window', 1],
    ['sla-timezone', 'sla-tiemzone', 2],
    ['kitten', 'sitting', 3],
  ])('between %j and %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
