/** The CSS variable of each part kind's colour on the canvas's drawings (overview, minimap); a part the catalog lacks is drawn in the danger colour. */
export const KIND_VAR: Readonly<Record<string, string>> = {
  server: '--kind-server',
  switch: '--kind-switch',
  storage: '--kind-storage',
  network: '--kind-network',
  gateway: '--kind-gateway',
  missing: '--danger',
};
