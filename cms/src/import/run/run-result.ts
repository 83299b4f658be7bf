/** An empty run result, filled in as a run goes (the types are in ../report/report-types). */
import type { RunResult } from '../report/report-types';

export type { ArticleOutcome, MissingImage, RunResult } from '../report/report-types';

export function emptyResult(): RunResult {
  return {
    articles: [],
    topicsCreated: [],
    redirectsCreated: 0,
    redirectsKept: 0,
    redirectConflicts: [],
    imagesUploaded: 0,
    imagesReused: 0,
    imagesMissing: [],
    imagesWithoutAlt: [],
    finished: false,
  };
}
