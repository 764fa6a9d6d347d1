import { describe, expect, it } from 'vitest';
import { fitText, measureText, reportLayout, wrapText } from '../../src/images/layout.js';

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

describe('the layout report', () => {
  const fitted = (size: number) => fitText({ ...box, text: 'Xen', maxSize: size, minSize: size });
  const text = (name: string, size: number, y: number) => ({
    name,
    rect: { x: 10, y, width: 400, height: fitted(size).height },
    fitted: fitted(size),
    color: '#111827',
    background: '#ffffff',
    weight: 400 as const,
  });

  it('passes text at least 28 px, inside the image, apart and legible', () => {
    expect(reportLayout({ width: 1200, height: 630, texts: [text('a', 28, 10), text('b', 40, 100)] })).toEqual({
      smallestTextPx: 28,
      problems: [],
    });
  });

  it('names text smaller than 28 px at 1200 px width, measuring a narrower image at its scale', () => {
    expect(reportLayout({ width: 1200, height: 630, texts: [text('footer', 22, 10)] }).problems).toEqual([
      'footer: 22 px text, under the 28 px minimum',
    ]);
    expect(reportLayout({ width: 600, height: 315, texts: [text('footer', 20, 10)] })).toMatchObject({ smallestTextPx: 40 });
  });

  it('names overlapping texts, a box outside the image and low contrast', () => {
    const faint = { ...text('faint', 30, 400), color: '#d1d5db' };
    const { problems } = reportLayout({ width: 1200, height: 420, texts: [text('a', 30, 10), text('b', 30, 20), faint] });
    expect(problems).toEqual([
      'a: overlaps b',
      'faint: box outside the image',
      expect.stringMatching(/^faint: contrast 1\.\d+, under 3$/),
    ]);
  });
});
