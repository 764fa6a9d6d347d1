import { describe, expect, it } from 'vitest';
import { fitText, measureText, wrapText } from '../../src/images/layout.js';

const box = { weight: 400 as const, width: 400, height: 120, maxSize: 40, minSize: 20, lineHeight: 1.25 };

describe('fitting text into a box', () => {
  it('keeps the largest size at which the text fits', () => {
    const fitted = fitText({ ...box, text: 'Xen' });
    expect(fitted).toMatchObject({ fontSize: 40, lines: ['Xen'], truncated: false, overflow: false });
  });

  it('shrinks long text before cutting it', () => {
    const fitted = fitText({ ...box, text: 'AWS changes its tune, multi-hypervisor plan is its future' });
    expect(fitted.fontSize).toBeLessThan(40);
    expect(fitted.truncated).toBe(false);
    expect(fitted.height).toBeLessThanOrEqual(box.height);
  });

  it('cuts text that does not fit even at the smallest size with an ellipsis, inside the box', () => {
    const fitted = fitText({ ...box, text: 'word '.repeat(200) });
    expect(fitted).toMatchObject({ fontSize: 20, truncated: true, overflow: false });
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    expect(fitted.lines).toHaveLength(Math.floor(box.height / Math.ceil(20 * 1.25)));
    for (const line of fitted.lines) expect(measureText(line, 400, 20)).toBeLessThanOrEqual(box.width);
  });

  it('breaks a word wider than the box between graphemes, never inside one', () => {
    const lines = wrapText(`${'x'.repeat(80)}👨‍👩‍👧${'y'.repeat(80)}`, 400, 20, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`${'x'.repeat(80)}👨‍👩‍👧${'y'.repeat(80)}`);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('keeps words joined by a no-break space on one line', () => {
    const lines = wrapText('and using #Xen.\u00a0http://bit.ly/2mPf0Wf', 400, 20, 330);
    expect(lines.some((line) => line.includes('#Xen.\u00a0http://bit.ly/2mPf0Wf'))).toBe(true);
  });

  it('reports overflow when not even one line fits the box', () => {
    expect(fitText({ ...box, height: 10, text: 'Xen' }).overflow).toBe(true);
  });
});
