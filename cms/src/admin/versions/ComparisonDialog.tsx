import { Box, Button } from '@strapi/design-system';
import { ChangedText } from './ChangedText';
import type { Comparison } from '../../dashboard-contract';
import { whatHappened, whenAndWho } from './describe-version';

const overlay: React.CSSProperties = {
  position: 'fixed',
  inset: 0,
  background: 'rgba(33, 33, 52, 0.6)',
  zIndex: 10,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
};
const dialog: React.CSSProperties = {
  background: '#fff',
  color: '#32324d',
  borderRadius: 4,
  width: 'min(1100px, 94vw)',
  maxHeight: '88vh',
  overflow: 'auto',
  padding: 24,
};
const cell: React.CSSProperties = { verticalAlign: 'top', padding: '8px 12px', whiteSpace: 'pre-wrap', borderTop: '1px solid #eaeaef' };
// Changed paragraphs are marked in the cells (ChangedText): red, what the older version had; green, what the newer one has.

interface Props {
  comparison: Comparison;
  onClose: () => void;
}

/** Two versions side by side, field by field, as text: changed fields first, unchanged ones listed by name. */
export function ComparisonDialog({ comparison, onClose }: Props) {
  const changed = comparison.fields.filter((field) => field.changed);
  const unchanged = comparison.fields.filter((field) => !field.changed);
  return (
    <div style={overlay} role="presentation" onClick={onClose}>
      <div style={dialog} role="dialog" aria-modal="true" aria-labelledby="tend-compare-title" onClick={(event) => event.stopPropagation()}>
        <h2 id="tend-compare-title" style={{ fontSize: 18, fontWeight: 600, marginBottom: 16 }}>
          Compare two versions
        </h2>
        <p style={{ marginBottom: 12, color: '#666687' }}>Paragraphs that changed are in bold on a coloured background; the rest is the same in both.</p>
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
          <thead>
            <tr>
              <th style={{ ...cell, width: '16%', textAlign: 'left' }}>Field</th>
              <th style={{ ...cell, textAlign: 'left' }}>
                Older: {whatHappened(comparison.before)}, {whenAndWho(comparison.before)}
              </th>
              <th style={{ ...cell, textAlign: 'left' }}>
                Newer: {whatHappened(comparison.after)}, {whenAndWho(comparison.after)}
              </th>
            </tr>
          </thead>
          <tbody>
            {changed.map((field) => (
              <tr key={field.field}>
                <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>
                  {field.label}
                </th>
                <td style={cell}>
                  <ChangedText text={field.before} other={field.after} mark="#fcecea" />
                </td>
                <td style={cell}>
                  <ChangedText text={field.after} other={field.before} mark="#eafbe7" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {changed.length === 0 && <p style={{ marginTop: 12 }}>These two versions have the same content.</p>}
        {unchanged.length > 0 && (
          <p style={{ marginTop: 12, color: '#666687' }}>Unchanged: {unchanged.map((field) => field.label).join(', ')}.</p>
        )}
        <Box paddingTop={4}>
          <Button type="button" variant="secondary" onClick={onClose}>
            Close
          </Button>
        </Box>
      </div>
    </div>
  );
}
