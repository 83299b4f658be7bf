import type { InlineNode, TextNode } from '@tend/shared-types';

/**
 * "✅ …" / "❌ …" markers in rich text. Screen readers announce these emoji inconsistently (or
 * not at all), so the renderer hides the emoji and says "Yes:" / "No:" instead, and a paragraph
 * that strings several marked items together is shown as a list.
 */

export type MarkerMeaning = 'yes' | 'no';

export type TextPiece =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'marker'; emoji: string; meaning: MarkerMeaning };

// ✅ ✔ ✓ ☑ mean yes; ❌ ✖ ✗ ✘ ❎ mean no; each may carry the emoji variation selector U+FE0F.
const MARKER = /([\u2705\u2714\u2713\u2611]|[\u274C\u2716\u2717\u2718\u274E])\uFE0F?/gu;
const YES = /^[\u2705\u2714\u2713\u2611]/u;

export function markerMeaning(emoji: string): MarkerMeaning {
  return YES.test(emoji) ? 'yes' : 'no';
}

/** Splits text into plain runs, line breaks ("\n" from Shift+Enter) and yes/no markers. */
export function splitTextPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) pieces.push({ kind: 'break' });
    let last = 0;
    for (const match of line.matchAll(MARKER)) {
      if (match.index > last) pieces.push({ kind: 'text', text: line.slice(last, match.index) });
      pieces.push({ kind: 'marker', emoji: match[0], meaning: markerMeaning(match[0]) });
      last = match.index + match[0].length;
    }
    if (last < line.length) pieces.push({ kind: 'text', text: line.slice(last) });
  });
  return pieces;
}

/** How many yes/no markers a text holds. */
export function countMarkers(text: string): number {
  return [...text.matchAll(MARKER)].length;
}

const LEADING_MARKER = new RegExp(`^\\s*${MARKER.source}`, 'u');

/** Whether a text starts (after whitespace) with a yes/no marker. */
export function startsWithMarker(text: string): boolean {
  return LEADING_MARKER.test(text);
}

export interface Checklist {
  /** Text before the first marker ("What we do:"), empty when the paragraph starts with one. */
  lead: InlineNode[];
  /** One entry per marker, each starting with its marker. */
  items: InlineNode[][];
}

/**
 * A paragraph such as "❌ Judging you ❌ Rushing you ✅ Listening" as a lead and list items, or
 * null when it holds fewer than two markers (then it stays a paragraph). Text nodes are cut at
 * each marker and keep their marks; links are never cut.
 */
export function splitChecklist(children: readonly InlineNode[]): Checklist | null {
  const markers = children.reduce((sum, node) => sum + (node.type === 'text' ? countMarkers(node.text) : 0), 0);
  if (markers < 2) return null;
  const segments: InlineNode[][] = [[]];
  for (const node of children) {
    if (node.type !== 'text') {
      segments[segments.length - 1]!.push(node);
      continue;
    }
    cutAtMarkers(node).forEach((part, index) => {
      if (index > 0) segments.push([]);
      if (part.text !== '') segments[segments.length - 1]!.push(part);
    });
  }
  const [lead = [], ...items] = segments.map(trimSegment);
  return { lead, items: items.filter((item) => item.length > 0) };
}

/** A text node cut before every marker: the first part precedes the first marker. */
function cutAtMarkers(node: TextNode): TextNode[] {
  const parts: TextNode[] = [];
  let last = 0;
  for (const match of node.text.matchAll(MARKER)) {
    parts.push({ ...node, text: node.text.slice(last, match.index) });
    last = match.index;
  }
  parts.push({ ...node, text: node.text.slice(last) });
  return parts;
}

/** Drops leading and trailing whitespace (and the text nodes it empties) of a segment. */
function trimSegment(segment: readonly InlineNode[]): InlineNode[] {
  const nodes = [...segment];
  while (nodes[0]?.type === 'text') {
    const text = nodes[0].text.trimStart();
    if (text !== '') {
      nodes[0] = { ...nodes[0], text };
      break;
    }
    nodes.shift();
  }
  for (let end = nodes.at(-1); end?.type === 'text'; end = nodes.at(-1)) {
    const text = end.text.trimEnd();
    if (text !== '') {
      nodes[nodes.length - 1] = { ...end, text };
      break;
    }
    nodes.pop();
  }
  return nodes;
}
