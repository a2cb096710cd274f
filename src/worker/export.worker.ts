import { expose, transfer } from 'comlink';
import { exportFile } from './exportApi';
import type { ExportProgressMessage } from './exportProgress';
import type { ExportRequest } from '../io/export/job';

const post = (message: ExportProgressMessage): void => (self as unknown as { postMessage(m: unknown): void }).postMessage(message);

// The file's bytes go back transferred, not copied.
expose({
  async exportFile(req: ExportRequest) {
    let stage = 'starting';
    // A heartbeat while the job waits on async work (pdf-lib writes the file in ticks): the page's
    // watchdog hears it. A job stuck in a synchronous loop cannot send it, and is stopped.
    const beat = setInterval(() => post({ iovExportProgress: stage }), 1000);
    try {
      const file = await exportFile(req, (s) => {
        stage = s;
        post({ iovExportProgress: s });
      });
      return transfer(file, [file.bytes.buffer as ArrayBuffer]);
    } finally {
      clearInterval(beat);
    }
  },
});
