export { SimClient, type SimBackend, type SimEvent } from './client';
export { spawnWorkerBackend } from './browserBackend';
export type { Fault, SimulateRequest, SimApi } from './api';
export { simulateOnce, SimulateOnceError, type SimulateOnceOptions } from './simulateOnce';
export { runExportJob, type ExportJobOptions } from './exportClient';
