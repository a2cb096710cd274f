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

  it('workload options reach the design', async () => {
    const r = await cli(['generate', '--servers', '8', '--vms', '4', '--lan', '120', '--san', '7.5', '--ipc', '50', '--mode', 'software']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { workloads: Array<{ lanMbps: number; sanMBps: number; ipcMbps: number }>; settings: { mode: string } };
    expect(d.workloads[0]).toMatchObject({ lanMbps: 120, sanMBps: 7.5, ipcMbps: 50 });
    expect(d.settings.mode).toBe('software');
  });

  it.each([
    [['generate', '--servers', '8', '--vms', '4', '--fabric', 'fibre'], 2, /bad --fabric 'fibre': expected gige-fc, infiniband, infiniband-native-storage, modern/],
    [['generate', '--servers', '8', '--vms', '4', '--oversubscription', '4'], 2, /bad --oversubscription '4': expected 1, 2, 3/],
    [['generate', '--servers', '8', '--vms', '4', '--lan', 'lots'], 2, /--lan must be a number/],
    [['generate', '--servers', '8', '--vms', '4', '--era', '2007', '--fabric', 'modern'], 1, /cannot size this design: SR-IOV adapters came after 2007/],
    [['generate', '--servers', '8', '--vms', '4', '--switch', 'sw-gige-48'], 1, /not an infiniband switch/],
  ])('%j → exit %i with a reason', async (argv, code, message) => {
    const r = await cli(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });
});
