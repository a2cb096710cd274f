export * from './format';
export { PartIcon } from './PartIcon';
