// First: Zod's eval probe is switched off in the browser before any schema parses.
import './zodJitless';
export * from './iov';
export * from './units';
export * from './bounds';
export * from './part';
export * from './workload';
export * from './settings';
export * from './design';
export * from './failure';
export * from './groups';
export * from './results';
export * from './importDesign';
export * from './migrations';
export * from './integrity';
