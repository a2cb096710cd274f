import { version } from '../../package.json';

/** Written into design files and price lists, so a file says which version made it. */
export const APP_VERSION: string = version;
export const APP_NAME = 'IOV Planner';
