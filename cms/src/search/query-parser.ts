/**
 * A reader's query as the index understands it: plain words (every one must match, prefixes
 * allowed) and "quoted phrases" (words in this order). The same parse feeds the SQLite and the
 * PostgreSQL index, so both answer the same question.
 */
export interface ParsedQuery {
  terms: string[];
  phrases: string[][];
}

/**
 * Words too common to narrow anything down: PostgreSQL's `english` stop list (Snowball's), used
 * on SQLite too so that both databases answer a query the same way.
 */
const STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself '
    + 'it its itself they them their theirs themselves what which who whom this that these those am is are was were be '
    + 'been being have has had having do does did doing a an the and but if or because as until while of at by for with '
    + 'about against between into through during before after above below to from up down in out on off over under '
    + 'again further then once here there when where why how all any both each few more most other some such no nor not '
    + 'only own same so than too very s t can will just don should now'
  ).split(' '),
);

/** Enough for any real question; keeps a pasted paragraph from becoming a huge query. */
export const MAX_TERMS = 8;

/** Letters and digits in any script; apostrophes split words as both indexes' tokenizers do. */
function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_TERMS);
}

export function parseQuery(query: string): ParsedQuery {
  const terms: string[] = [];
  const phrases: string[][] = [];
  // Odd-numbered parts sit between double quotes (straight or curly); an unclosed quote still counts.
  query.split(/["“”]/u).forEach((part, index) => {
    const found = words(part);
    if (index % 2 === 1 && found.length > 1) phrases.push(found);
    else terms.push(...found.filter((word) => !STOP_WORDS.has(word)));
  });
  return { terms: [...new Set(terms)].slice(0, MAX_TERMS), phrases: phrases.slice(0, MAX_TERMS) };
}

export function isEmptyQuery(parsed: ParsedQuery): boolean {
  return parsed.terms.length === 0 && parsed.phrases.length === 0;
}

/** Short fragments would match half the archive as prefixes ("a*"): only longer ones are prefixes. */
export const MIN_PREFIX_LENGTH = 3;
