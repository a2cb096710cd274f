import { describe, expect, it } from 'vitest';
import { importDesignText } from '../domain';
import { sizeDesign, defaultSizingInput } from '../scenarios';
import { run, type Io } from './main';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (s) => void (stdout += s), err: (s) => void (stderr += s), readFile: async () => Promise.reject(new Error('no files')) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('generate: the sizing wizard on the command line', () => {
  it('prints the same design the wizard builds for the same requirements', async () => {
    const r = await cli(['generate', '--servers', '256', '--vms', '32', '--era', 'modern', '--fabric', 'modern', '--ha', '--oversubscription', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const imported = importDesignText(r.stdout);
    expect(imported.ok).toBe(true);
    const wizard = sizeDesign({ ...defaultSizingInput('modern', 'modern'), servers: 256, vmsPerServer: 32, ha: true, oversubscription: 2 });
    expect(wizard.ok && imported.ok && imported.design).toEqual(wizard.ok && wizard.result.design);
  });

  it('--explain says why these counts', async () => {
    const r = await cli(['generate', '--servers', '128', '--vms', '16', '--oversubscription', '3', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/8 IB leaf switches: 128 servers, 1 port each, 18 servers on 18 ports down and 6 up per 24-port leaf/);
    expect(r.stdout).toMatch(/3 IB spines: each of the 9 leaves sends its 6 uplinks as 2 cables/);
  });

  it('workload options reach the design: LAN and server-to-server in Gb/s (as the results show them), stored in Mb/s as the file format has it', async () => {
    const r = await cli(['generate', '--servers', '8', '--vms', '4', '--lan-gbps', '0.12', '--san', '7.5', '--ipc-gbps=0.07', '--mode', 'software']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { workloads: Array<{ lanMbps: number; sanMBps: number; ipcMbps: number }>; settings: { mode: string } };
    // 0.07 Gb/s is 70 Mb/s exactly, not 70.00000000000001.
    expect(d.workloads[0]).toMatchObject({ lanMbps: 120, sanMBps: 7.5, ipcMbps: 70 });
    expect(d.settings.mode).toBe('software');
  });

  it('refuses the old Mb/s options --lan and --ipc, with the new spelling and the value in Gb/s', async () => {
    for (const [argv, message] of [
      [['--lan', '15'], '--lan now takes Gb/s as --lan-gbps (15 Mb/s = 0.015). For --lan 15, write --lan-gbps 0.015.'],
      [['--ipc=300'], '--ipc now takes Gb/s as --ipc-gbps (300 Mb/s = 0.3). For --ipc 300, write --ipc-gbps 0.3.'],
      [['--lan'], '--lan now takes Gb/s as --lan-gbps (15 Mb/s = 0.015).'],
    ] as const) {
      const r = await cli(['generate', '--servers', '8', '--vms', '4', ...argv]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    }
    // The usage names the new options and their unit.
    const help = await cli(['generate', '--help']);
    expect(help.stdout).toMatch(/--lan-gbps Gb\/s\s+--san MB\/s\s+--ipc-gbps Gb\/s/);
    expect(help.stdout).not.toMatch(/--lan Mb\/s/);
  });

  it.each([
    [['generate', '--servers', '8', '--vms', '4', '--fabric', 'fibre'], 2, /bad --fabric 'fibre': expected gige-fc, infiniband, infiniband-native-storage, modern/],
    [['generate', '--servers', '8', '--vms', '4', '--oversubscription', '4'], 2, /bad --oversubscription '4': expected 1, 2, 3/],
    [['generate', '--servers', '8', '--vms', '4', '--lan-gbps', 'lots'], 2, /--lan-gbps must be a number from 0 to 100, not 'lots'/],
    [['generate', '--servers', '8', '--vms', '4', '--ipc-gbps', '300'], 2, /--ipc-gbps must be a number from 0 to 100, not '300'/],
    [['generate', '--servers', '8', '--vms', '4', '--era', '2007', '--fabric', 'modern'], 1, /cannot size this design: SR-IOV adapters came after 2007/],
    [['generate', '--servers', '8', '--vms', '4', '--switch', 'sw-gige-48'], 1, /not an infiniband switch/],
  ])('%j → exit %i with a reason', async (argv, code, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });
});
