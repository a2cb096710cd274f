import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './app/start';

// The first render is a transition: React renders it in slices that yield to the browser, so
// opening a large design never holds the main thread for the whole tree at once.
void startApp(document.getElementById('root')!, (root, node) => startTransition(() => createRoot(root).render(<StrictMode>{node}</StrictMode>)));
