import { describe, expect, it } from 'vitest';
import { demandLines, demandMet } from '../analysis';
import type { IovMode } from '../domain';
import { simulate } from '../sim';
import { TEMPLATES } from '.';

/** Each template's description says in which modes it meets its workload: the simulator agrees. */
const MEETS: Record<string, { modes: IovMode[]; says: RegExp }> = {
  'seed-baseline-gige-fc': { modes: [], says: /No mode meets its server-to-server demand/ },
  'seed-ib-software': { modes: ['native'], says: /server-to-server demand only in native mode/ },
  'seed-ib-native': { modes: ['native'], says: /meets its workload in native mode;/ },
  'seed-ib-passthrough': { modes: ['native', 'passthrough'], says: /meets its workload in native and pass-through modes/ },
  'seed-ib-software-ha': { modes: ['software', 'native', 'passthrough', 'offload'], says: /meets its workload in every mode/ },
  'seed-scenario-2': { modes: ['native'], says: /meets its workload in native mode;/ },
  'modern-ethernet-100g': { modes: ['passthrough', 'offload'], says: /meets its workload in pass-through and offload modes/ },
  'modern-infiniband-hdr': { modes: ['native', 'passthrough'], says: /meets its workload in native and pass-through modes/ },
};

describe('templates say what they demonstrate', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: the modes its description names are the modes that meet its demand', (id, t) => {
    const expected = MEETS[id];
    expect(expected, `add ${id} to MEETS`).toBeDefined();
    expect(t.description).toMatch(expected!.says);
    const r = simulate(t.build());
    expect(r.modes.filter((m) => demandMet(demandLines(m), m)).map((m) => m.mode)).toEqual(expected!.modes);
  });

  it('symmetric layouts give every VM of the group the same figures (the baseline’s ring crosses thin LAN uplinks)', () => {
    for (const t of TEMPLATES) {
      if (t.id === 'seed-baseline-gige-fc') continue;
      for (const m of simulate(t.build()).modes) {
        for (const s of [m.vm.lanGbps, m.vm.sanMBps, m.vm.ipcGbps]) expect(s.max - s.min, `${t.id} ${m.mode}`).toBeLessThanOrEqual(1e-9 * s.max);
      }
    }
  });
});
