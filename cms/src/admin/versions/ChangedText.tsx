/**
 * One side of a field in the comparison, paragraph by paragraph: the paragraphs the other side
 * does not have are marked, the rest is shown quietly, so a one-sentence edit in a long article
 * can be found at a glance.
 */
const paragraphs = (text: string): string[] => text.split(/\n{2,}/);

export function ChangedText({ text, other, mark }: { text: string; other: string; mark: string }) {
  if (!text) return <>(empty)</>;
  const elsewhere = new Set(paragraphs(other));
  return (
    <>
      {paragraphs(text).map((paragraph, index) => {
        const changed = !elsewhere.has(paragraph);
        return (
          <p
            key={index}
            style={{ margin: '0 0 8px', padding: changed ? '2px 4px' : 0, background: changed ? mark : undefined, color: changed ? '#32324d' : '#666687' }}
          >
            {changed ? <strong>{paragraph}</strong> : paragraph}
          </p>
        );
      })}
    </>
  );
}
