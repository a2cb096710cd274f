import { describe, expect, it } from 'vitest';
import { CurrencySchema, DesignNodeSchema, DesignSchema, PriceOverrideSchema, SettingsSchema, WorkloadSchema } from '../domain';
import { formatNumberDraft, issueMessage, parseNumberDraft, parseTextDraft } from './fields';

const count = { schema: DesignNodeSchema.shape.count };

describe('parseNumberDraft', () => {
  it('accepts valid numbers with spaces around them', () => {
    expect(parseNumberDraft(' 128 ', count)).toEqual({ ok: true, value: 128 });
    expect(parseNumberDraft('.5', { schema: WorkloadSchema.shape.cpuGhz })).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberDraft('1e3', { schema: WorkloadSchema.shape.lanMbps })).toEqual({ ok: true, value: 1000 });
  });

  it('says what is wrong, in plain words', () => {
    expect(parseNumberDraft('0', count)).toEqual({ ok: false, error: 'Must be at least 1' });
    expect(parseNumberDraft('2.5', count)).toEqual({ ok: false, error: 'Must be a whole number' });
    expect(parseNumberDraft('200000', count)).toEqual({ ok: false, error: 'Must be at most 100,000' });
    expect(parseNumberDraft('abc', count)).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberDraft('12abc', count)).toEqual({ ok: false, error: 'Enter a number' });
    expect(parseNumberDraft('', count)).toEqual({ ok: false, error: 'Required' });
    expect(parseNumberDraft('0', { schema: WorkloadSchema.shape.memoryGb })).toEqual({ ok: false, error: 'Must be at least 0.001' });
    expect(parseNumberDraft('1e308', { schema: WorkloadSchema.shape.lanMbps })).toEqual({ ok: false, error: 'Must be at most 1,000,000' });
    expect(parseNumberDraft('-1', { schema: WorkloadSchema.shape.lanMbps })).toEqual({ ok: false, error: 'Must be at least 0' });
    expect(parseNumberDraft('1e400', count)).toEqual({ ok: false, error: 'Enter a number' });
  });

  it('treats an empty optional field as "no value"', () => {
    const price = { schema: PriceOverrideSchema.shape.priceUsd, optional: true };
    expect(parseNumberDraft('  ', price)).toEqual({ ok: true, value: undefined });
    expect(parseNumberDraft('-5', price)).toEqual({ ok: false, error: 'Must be at least 0' });
  });

  it('scales shown units to stored ones, and reports bounds in shown units', () => {
    const reserve = { schema: SettingsSchema.shape.hypervisorReserve, scale: 100 };
    expect(parseNumberDraft('10', reserve)).toEqual({ ok: true, value: 0.1 });
    expect(parseNumberDraft('33', reserve)).toEqual({ ok: true, value: 0.33 });
    expect(parseNumberDraft('95', reserve)).toEqual({ ok: false, error: 'Must be at most 90' });
  });

  it('takes LAN and server-to-server demand in Gb/s, stores Mb/s (the file format) without float noise', () => {
    const lan = { schema: WorkloadSchema.shape.lanMbps, scale: 0.001 };
    expect(parseNumberDraft('0.015', lan)).toEqual({ ok: true, value: 15 });
    expect(parseNumberDraft('0.3', { schema: WorkloadSchema.shape.ipcMbps, scale: 0.001 })).toEqual({ ok: true, value: 300 });
    expect(parseNumberDraft('0.0005', lan)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberDraft('2000', lan)).toEqual({ ok: false, error: 'Must be at most 1000' });
    expect(formatNumberDraft(15, 0.001)).toBe('0.015');
    expect(formatNumberDraft(300, 0.001)).toBe('0.3');
    // The QoS cap's least value, 0.001 Mb/s, in Gb/s.
    expect(parseNumberDraft('0', { schema: WorkloadSchema.shape.qosCapMbps, scale: 0.001, optional: true })).toEqual({ ok: false, error: 'Must be at least 0.000001' });
  });
});

describe('formatNumberDraft', () => {
  it('round-trips what parse stores', () => {
    expect(formatNumberDraft(0.1, 100)).toBe('10');
    expect(formatNumberDraft(0.07, 100)).toBe('7');
    expect(formatNumberDraft(128)).toBe('128');
    expect(formatNumberDraft(undefined)).toBe('');
  });
});

describe('parseTextDraft', () => {
  it('validates names and codes with the file schemas', () => {
    expect(parseTextDraft('  Rack A ', DesignSchema.shape.name)).toEqual({ ok: true, value: 'Rack A' });
    expect(parseTextDraft('   ', DesignSchema.shape.name)).toEqual({ ok: false, error: 'Required' });
    expect(parseTextDraft('x'.repeat(121), DesignSchema.shape.name)).toEqual({ ok: false, error: 'At most 120 characters' });
    expect(parseTextDraft('usd', CurrencySchema.shape.code)).toEqual({ ok: false, error: 'A three-letter ISO code such as USD' });
    expect(parseTextDraft('', DesignNodeSchema.shape.label)).toEqual({ ok: true, value: '' });
  });
});

describe('issueMessage', () => {
  it('falls back to the schema message for codes it does not know', () => {
    expect(issueMessage({ code: 'custom', message: 'ports must match' })).toBe('Ports must match');
  });
});
