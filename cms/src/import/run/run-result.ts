/** What a run did, added to the dry run's plan to make the final report. */
export interface MissingImage {
  article: string;
  src: string;
  why: string;
}

export interface ArticleOutcome {
  sourceLabel: string;
  slug: string;
  result: 'created' | 'updated' | 'unchanged' | 'failed';
  message?: string;
}

export interface RunResult {
  articles: ArticleOutcome[];
  topicsCreated: string[];
  redirectsCreated: number;
  redirectsKept: number;
  /** Old addresses left alone because a redirect made by hand already uses them. */
  redirectConflicts: Array<{ from: string; why: string }>;
  imagesUploaded: number;
  imagesReused: number;
  imagesMissing: MissingImage[];
  /** Uploaded to the Media Library but left out of the text: no alternative text to give readers. */
  imagesWithoutAlt: MissingImage[];
  finished: boolean;
}

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
