export { SimClient, type SimBackend, type SimEvent } from './client';
export { spawnWorkerBackend } from './browserBackend';
export type { Fault, SimulateRequest, SimApi } from './api';
