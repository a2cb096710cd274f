// First: switch off Zod's eval probe before any schema parses (domain/zodJitless.ts).
import './domain/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startApp } from './app/start';

void startApp(document.getElementById('root')!, (root, node) => createRoot(root).render(<StrictMode>{node}</StrictMode>));
