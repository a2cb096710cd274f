import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store/store';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { committedName } from './DesignName';

describe('the design name field', () => {
  it('a rename refused in a shared (read-only) design leaves the field on the design’s name', () => {
    const store = createAppStore(tinyIbDesign());
    store.getState().setReadOnly(true);
    const name = store.getState().design.name;
    const shown = committedName('My copy', name, (n) => store.getState().rename(n), () => store.getState().design.name);
    expect(store.getState().design.name).toBe(name);
    expect(shown).toBe(name);
    expect(store.getState().notice?.text).toMatch(/read-only/);
  });

  it('a rename that is made shows the new name; an invalid draft goes back to the old one', () => {
    const store = createAppStore(tinyIbDesign());
    const name = store.getState().design.name;
    const rename = (n: string): void => store.getState().rename(n);
    const current = (): string => store.getState().design.name;
    expect(committedName('  Pod A  ', name, rename, current)).toBe('Pod A');
    expect(store.getState().design.name).toBe('Pod A');
    expect(committedName('   ', 'Pod A', rename, current)).toBe('Pod A');
    expect(store.getState().design.name).toBe('Pod A');
  });
});
