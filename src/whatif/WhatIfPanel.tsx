// The What-if tab (loaded lazily): failed parts against the intact design, n−1 with the HA
// verdict, sweeps, and VM migration time per mode.
import { ActiveFailures } from './ActiveFailures';
import { MigrationSection } from './MigrationSection';
import { NMinus1Section } from './NMinus1Section';
import { SweepSection } from './SweepSection';
import './whatif.css';

export default function WhatIfPanel() {
  return (
    <div className="wi-panel" aria-label="What-if">
      <ActiveFailures />
      <NMinus1Section />
      <SweepSection />
      <MigrationSection />
    </div>
  );
}
