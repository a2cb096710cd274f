import { expose, transfer } from 'comlink';
import { exportFile } from './exportApi';
import type { ExportProgressMessage } from './exportProgress';
import type { ExportRequest } from '../io/export/job';

const post = (message: ExportProgressMessage): void => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

// The file's bytes go back transferred, not copied.
expose({
  async exportFile(req: ExportRequest) {
    const file = await exportFile(req, (stage) => post({ iovExportProgress: stage }));
    return transfer(file, [file.bytes.buffer as ArrayBuffer]);
  },
});
