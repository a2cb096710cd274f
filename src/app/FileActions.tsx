import { useRef } from 'react';
import { copyShareLink, openDesignFile, saveDesignToFile } from './files';

const Icon = ({ d }: { d: string }) => (
  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

/** "Open file…": the file picker for a design file (it opens as a new design). */
export function OpenFileButton({ children, label = 'Open file', disabled }: { children: React.ReactNode; label?: string; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" aria-label={label} title="Open a design file (.json) as a new design — or a cabling sheet (.csv, also NetBox’s cables CSV) for this design’s devices; or drop it on the canvas, or paste its text" disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv"
        hidden
        aria-label="Design file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again
          if (file) void openDesignFile(file);
        }}
      />
    </>
  );
}

/** Save to file, open a file, copy a share link: the design leaves and enters the browser here. */
export function FileActions() {
  return (
    <div className="button-group file-actions">
      <button type="button" aria-label="Save to file" title="Save to file (.json): the design with its price list and custom parts" onClick={() => saveDesignToFile()}>
        <Icon d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
      </button>
      <OpenFileButton>
        <Icon d="M4 7a2 2 0 0 1 2-2h4l2 2h6a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z" />
      </OpenFileButton>
      <button type="button" aria-label="Copy share link" title="Copy a link that carries this design (opens read-only)" onClick={() => void copyShareLink()}>
        <Icon d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
      </button>
    </div>
  );
}
