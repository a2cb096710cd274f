/** How the canvas fits a design in view (open, resize, Fit, after Tidy). */
export const FIT = { padding: 0.06, maxZoom: 1.1 };
