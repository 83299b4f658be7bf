import { Button, Flex } from '@strapi/design-system';
import { useCallback, useEffect, useState } from 'react';
import { ComparisonDialog } from './ComparisonDialog';
import { whatHappened, whenAndWho } from './describe-version';
import type { Comparison, VersionSummary } from '../../dashboard-contract';
import { errorMessage, useVersionApi } from './version-api';

/** The types that keep versions (cms/src/versions/versioned-types.ts); other edit views get no panel. */
const VERSIONED = new Set([
  'api::article.article',
  'api::topic.topic',
  'api::practice.practice',
  'api::site.site',
  'api::crisis-support.crisis-support',
]);
const SHOWN_AT_FIRST = 8;

interface Props {
  model: string;
  documentId?: string;
  /** Changes whenever the document is saved, so the list refreshes after a save or publish. */
  updatedAt?: unknown;
}

export function VersionHistory({ model, documentId, updatedAt }: Props) {
  const api = useVersionApi();
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!documentId) return;
    try {
      setVersions(await api.list(model, documentId));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }, [model, documentId]);

  useEffect(() => {
    void load();
  }, [load, updatedAt]);

  if (!documentId) return <p style={{ fontSize: 13 }}>Versions appear here once this is saved.</p>;
  if (!versions) return <p style={{ fontSize: 13 }}>{message ?? 'Loading versions…'}</p>;

  const toggle = (id: number) =>
    setSelected((current) => (current.includes(id) ? current.filter((one) => one !== id) : [...current.slice(-1), id]));

  const compare = async () => {
    const [first, second] = [...selected].sort((a, b) => a - b);
    if (first === undefined || second === undefined) return;
    try {
      setComparison(await api.compare(first, second));
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const restore = async (id: number) => {
    try {
      await api.restore(id);
      setMessage('Restored as a draft. Review it, then publish when you are ready. Reloading…');
      // The form shows the restored draft only after it is read again.
      window.setTimeout(() => window.location.reload(), 1200);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setConfirming(null);
    }
  };

  const shown = showAll ? versions : versions.slice(0, SHOWN_AT_FIRST);
  return (
    <div style={{ fontSize: 13, width: '100%' }}>
      {message && (
        <p role="status" style={{ marginBottom: 8, fontWeight: 600 }}>
          {message}
        </p>
      )}
      {versions.length === 0 && <p>No versions yet: one is kept each time you save or publish.</p>}
      <p style={{ color: '#666687', marginBottom: 8 }}>Tick two versions to compare them. Restoring makes a draft; nothing goes live until you publish.</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((version) => (
          <li key={version.id} style={{ padding: '6px 0', borderTop: '1px solid #eaeaef' }}>
            <label style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
              <input type="checkbox" checked={selected.includes(version.id)} onChange={() => toggle(version.id)} />
              <span>
                <strong>{whatHappened(version)}</strong>
                <br />
                {whenAndWho(version)}
              </span>
            </label>
            {/* Buttons from Strapi's design system: a plain <button> loses its border to the dashboard's style reset. */}
            {confirming === version.id
              ? (
                  <div style={{ paddingLeft: 22, paddingTop: 4 }}>
                    <p>Replace the current draft with this version? Unsaved changes in this form will be lost.</p>
                    <Flex gap={2} paddingTop={2}>
                      <Button type="button" size="S" variant="secondary" onClick={() => void restore(version.id)}>
                        Yes, restore as draft
                      </Button>
                      <Button type="button" size="S" variant="tertiary" onClick={() => setConfirming(null)}>
                        Cancel
                      </Button>
                    </Flex>
                  </div>
                )
              : (
                  <div style={{ paddingLeft: 22, paddingTop: 4 }}>
                    <Button type="button" size="S" variant="tertiary" onClick={() => setConfirming(version.id)}>
                      Restore this version
                    </Button>
                  </div>
                )}
          </li>
        ))}
      </ul>
      {versions.length > SHOWN_AT_FIRST && !showAll && (
        <Button type="button" size="S" variant="ghost" onClick={() => setShowAll(true)}>
          Show all {versions.length} versions
        </Button>
      )}
      <Flex paddingTop={2}>
        <Button type="button" size="S" variant="secondary" disabled={selected.length !== 2} onClick={() => void compare()} fullWidth>
          Compare the two ticked versions
        </Button>
      </Flex>
      {comparison && <ComparisonDialog comparison={comparison} onClose={() => setComparison(null)} />}
    </div>
  );
}

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { updatedAt?: unknown };
}

/** The edit view's "Version history" side panel (Strapi 5 `addEditViewSidePanel`). */
export function versionHistoryPanel({ model, documentId, document }: PanelProps) {
  if (!VERSIONED.has(model)) return null;
  return {
    title: 'Version history',
    content: <VersionHistory model={model} documentId={documentId} updatedAt={document?.updatedAt} />,
  };
}
