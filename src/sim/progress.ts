/**
 * How far a long computation has got. The simulator reports it between stages (and inside the
 * long loops) so that whoever waits for it can tell slow honest work from a hang.
 */
export interface SimProgress {
  /** What the engine is doing, in a user's words ("routing flows"). */
  stage: string;
  done: number;
  total: number;
}

export type ProgressSink = (progress: SimProgress) => void;

export const noProgress: ProgressSink = () => undefined;
