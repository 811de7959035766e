import { mooieStap } from './as-stap';

describe('mooieStap', () => {
  it.each([
    [0.3, 0.5],
    [1, 1],
    [1.2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [12, 20],
    [26.25, 50],
    [240, 250],
    [1001, 2000],
  ])('rounds %p up to %p', (minimum, stap) => {
    expect(mooieStap(minimum)).toBe(stap);
  });

  it('gives 1 when there is nothing to divide', () => {
    expect(mooieStap(0)).toBe(1);
    expect(mooieStap(-3)).toBe(1);
  });

  it('never lies below the minimum, nor 2.5 times above it', () => {
    for (let minimum = 0.013; minimum < 1e6; minimum *= 1.37) {
      const stap = mooieStap(minimum);
      expect(stap).toBeGreaterThanOrEqual(minimum);
      expect(stap).toBeLessThan(minimum * 2.5 + 1e-9);
    }
  });
});
