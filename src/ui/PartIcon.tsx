import { memo } from 'react';
import type { PartKind } from '../domain';
import { PART_ICON_PATHS } from './partIconPaths';

export const PartIcon = memo(function PartIcon({ kind, size = 16 }: { kind: PartKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PART_ICON_PATHS[kind]} />
    </svg>
  );
});
