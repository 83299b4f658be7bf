import { MATCH_END, MATCH_START } from './article-text';

export interface SnippetSegment {
  text: string;
  match: boolean;
}

/**
 * Turns the index's marked snippet into text segments, so the website can wrap matches in
 * <mark> as text nodes and never has to trust markup. Empty segments are dropped and adjacent
 * ones of the same kind merged.
 */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let match = false;
  for (const piece of marked.split(new RegExp(`([${MATCH_START}${MATCH_END}])`, 'u'))) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece !== '') {
      const last = segments.at(-1);
      if (last && last.match === match) last.text += piece;
      else segments.push({ text: piece, match });
    }
  }
  return segments;
}
