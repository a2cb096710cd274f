import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { openDesignFile } from './files';

const carriesFiles = (e: DragEvent): boolean => e.dataTransfer.types.includes('Files');

/**
 * The canvas column accepts a design file dropped from the desktop: it opens as a new design
 * (parts dragged from the palette are the canvas's own drops and pass through untouched).
 */
export function FileDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  return (
    <div
      className="canvas-column"
      onDragEnter={(e) => {
        if (!carriesFiles(e)) return;
        depth.current++;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!carriesFiles(e)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.stopPropagation();
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) void openDesignFile(file);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <span>Drop a design file (.json) to open it as a new design</span>
        </div>
      )}
    </div>
  );
}
