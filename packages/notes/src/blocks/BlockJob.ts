import type { Experiment, ExperimentResult, ParamRecord } from '@dl8/experiments';

/** A ```dl8 block that could be read: its experiment, typed parameters, seed, and (once run) result. */
export interface ReadyBlock {
  ok: true;
  experiment: Experiment;
  params: ParamRecord;
  seed: number;
  result: ExperimentResult | null;
}

/** A ```dl8 block that cannot become a figure, with every reason in words. */
export interface FailedBlock {
  ok: false;
  headline: string;
  reasons: string[];
}

/** One ```dl8 block of a document, in document order. */
export interface BlockJob {
  /** 0-based position among the dl8 blocks of the document (or chapter). */
  index: number;
  /** 1-based line of the fence in its markdown source. */
  line: number | undefined;
  id: string;
  source: string;
  outcome: ReadyBlock | FailedBlock;
}
