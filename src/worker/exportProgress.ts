// Export progress travels beside Comlink's own messages, as the simulator's does: a plain post
// with no Comlink id. Kept apart from the export code so the page does not load that code.
export interface ExportProgressMessage {
  iovExportProgress: string;
}

export const isExportProgress = (data: unknown): data is ExportProgressMessage => typeof data === 'object' && data !== null && 'iovExportProgress' in data;
