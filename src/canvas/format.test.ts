import { describe, expect, it } from 'vitest';
import { cableText, compact, labelFits, loadText, portRate, portsText, rate, utilBucket, utilVar } from './format';

describe('utilization colour buckets', () => {
  it('splits at 25, 50, 75 and 90 %', () => {
    expect([0, 0.1, 0.2499].map(utilBucket)).toEqual([0, 0, 0]);
    expect([0.25, 0.49].map(utilBucket)).toEqual([1, 1]);
    expect([0.5, 0.74].map(utilBucket)).toEqual([2, 2]);
    expect([0.75, 0.899].map(utilBucket)).toEqual([3, 3]);
    expect([0.9, 1, 1.7].map(utilBucket)).toEqual([4, 4, 4]);
  });
  it('treats nonsense as idle', () => {
    expect(utilBucket(Number.NaN)).toBe(0);
    expect(utilBucket(-1)).toBe(0);
  });
  it('names the theme variable', () => {
    expect(utilVar(0.8)).toBe('var(--util-3)');
  });
});

describe('cable and port texts', () => {
  it('shows protocol, rate and lanes', () => {
    expect(cableText('infiniband', 16, 1)).toBe('IB DDR 4x · 16 Gb/s data');
    expect(cableText('ethernet', 1, 6)).toBe('GigE · 1 Gb/s data ×6');
    expect(cableText('infiniband', 16, 2, true)).toBe('IB DDR 4x · 16 Gb/s data ×2 mesh');
  });
  it('shows load over capacity with a percentage', () => {
    expect(loadText({ loadGbps: 12.4, capacityGbps: 16, utilization: 0.775 })).toBe('12.4 / 16 Gb/s · 78%');
  });
  it('summarises ports', () => {
    expect(portsText(24, 'ethernet', 1)).toBe('24 × GigE · 1 Gb/s data');
    expect(portsText(1000, 'ethernet', 1)).toBe('1,000 × GigE · 1 Gb/s data');
  });
  it('names the rate as datasheets do, beside the payload rate (2 Gb/s FC carries 200 MB/s = 1.6 Gb/s)', () => {
    expect(portRate('fc', 1.6)).toBe('2 Gb/s FC · 1.6 Gb/s data');
    expect(portRate('fc', 25.6)).toBe('32 Gb/s FC · 25.6 Gb/s data');
    expect(portRate('infiniband', 54.5)).toBe('IB FDR 4x · 54.5 Gb/s data');
    expect(portRate('infiniband', 200)).toBe('IB HDR 4x · 200 Gb/s data');
    expect(portRate('ethernet', 25)).toBe('25GbE · 25 Gb/s data');
    expect(portRate('infiniband', 12)).toBe('IB · 12 Gb/s data');
  });
});

describe('compact numbers', () => {
  it('drops trailing zeros but keeps significant digits', () => {
    expect([16, 1, 1.6, 54.5, 3.2, 0.0123, 1234, 100].map(compact)).toEqual(['16', '1', '1.6', '54.5', '3.2', '0.0123', '1,234', '100']);
    expect(rate(25.6)).toBe('25.6 Gb/s');
    expect(rate(Number.NaN)).toBe('—');
  });
});

describe('cable label fit', () => {
  const left = { x: 0, y: 0, width: 200, height: 100 };
  const right = { x: 300, y: 0, width: 200, height: 100 };
  it('fits a long label in a wide gap only', () => {
    const text = '4.58 / 15.7 Gb/s · 23%';
    expect(labelFits(text, 250, 50, [left, right], false)).toBe(false);
    expect(labelFits(text, 300, 50, [left, { ...right, x: 400 }], false)).toBe(true);
    expect(labelFits('23%', 250, 50, [left, right], false)).toBe(true);
  });
  it('fits beside the nodes on a vertical run', () => {
    expect(labelFits('4.58 / 15.7 Gb/s · 23%', 250, 200, [left, { ...right, y: 300 }], false)).toBe(true);
  });
});
