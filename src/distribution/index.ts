// src/distribution: the per-VM distribution chart of the results panel (sorted curve, demand line,
// click to find the VM's server on the canvas).
export { VmDistribution, type VmDistributionProps } from './VmDistribution';
