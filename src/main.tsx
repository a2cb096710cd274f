import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './app/start';

void startApp(document.getElementById('root')!, (root, node) => createRoot(root).render(<StrictMode>{node}</StrictMode>));
