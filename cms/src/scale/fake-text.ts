import { between, pick, type Random } from './random';
import { ADJECTIVES, LINKS, NOUNS, SUBJECTS, VERBS } from './vocabulary';

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A plain clause: "you notice the quiet garden". */
function clause(random: Random): string {
  const object = random() < 0.5 ? `the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)}` : `your ${pick(random, NOUNS)}`;
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${object}`;
}

/** A sentence of roughly 8 to 20 words, capitalised, with a full stop. */
export function sentence(random: Random): string {
  const parts = [clause(random)];
  const more = between(random, 0, 2);
  for (let i = 0; i < more; i += 1) parts.push(`${pick(random, LINKS)} ${clause(random)}`);
  return `${capitalise(parts.join(' '))}.`;
}

export function paragraphText(random: Random): string {
  return Array.from({ length: between(random, 3, 6) }, () => sentence(random)).join(' ');
}

/** A section or article title: "The heavy river and your grief". */
export function headingText(random: Random): string {
  return capitalise(`the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} and your ${pick(random, NOUNS)}`);
}

/** An article title phrased as a worried reader's question. */
export function questionTitle(random: Random): string {
  return `Why do I ${pick(random, VERBS)} the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} when ${pick(random, NOUNS)} feels ${pick(random, ADJECTIVES)}?`;
}

/** `text` cut at a word boundary to at most `max` characters (an ellipsis marks a cut). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
