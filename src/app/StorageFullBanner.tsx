import { useApp } from '../store';
import { saveDesignToFile } from './files';

/**
 * The library refused the latest save and neither journal could keep the edit (the disk or the
 * browser's storage quota is full): the design on screen is the only copy of the latest edits.
 * Saving to a file is the way to keep them; autosave goes on retrying meanwhile.
 */
export function StorageFullBanner() {
  const atRisk = useApp((s) => s.persist.atRisk && s.persist.status === 'error');
  if (!atRisk) return null;
  return (
    <div className="banner" role="alert" aria-label="Edits not stored">
      <span>
        <strong>Your latest edits are not stored:</strong> this browser’s storage is full, so autosave and its journal could not keep them. They are
        still open here. Save the design to a file to keep them; autosave retries on its own.
      </span>
      <button type="button" className="primary" onClick={() => saveDesignToFile()}>
        Save to file
      </button>
    </div>
  );
}
