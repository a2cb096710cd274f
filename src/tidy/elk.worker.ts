// Runs elkjs off the main thread: laying out a few hundred nodes takes longer than a frame.
import { expose } from 'comlink';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkGraph } from '../layout';

const elk = new ELK();

export const tidyApi = {
  async layout(graph: ElkGraph): Promise<{ children?: Array<{ id: string; x?: number; y?: number }> }> {
    const out = await elk.layout(graph as Parameters<typeof elk.layout>[0]);
    return { children: (out.children ?? []).map((c) => ({ id: c.id, x: c.x, y: c.y })) };
  },
};
export type TidyApi = typeof tidyApi;

expose(tidyApi);
