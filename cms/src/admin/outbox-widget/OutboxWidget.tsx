import { useEffect, useState } from 'react';
import { useFetchClient, Widget } from '@strapi/strapi/admin';

/**
 * "Requests waiting on the website", on the dashboard's home page: asks the cms, which asks the
 * website (src/outbox-watch/), and says in plain words whether any consultation request has not
 * reached the dashboard yet. Counts and ages only: nobody's details are ever shown here.
 */
interface OutboxStatus {
  waiting: number;
  stuck: number;
  refused: number;
  damaged: number;
  oldestMinutes: number | null;
}

interface OutboxCheck {
  answer: { kind: 'ok'; status: OutboxStatus } | { kind: 'unknown'; reason: string };
  incident: { openSince: string | null };
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function describe(status: OutboxStatus): string[] {
  if (status.waiting === 0 && status.damaged === 0) return [];
  const lines = [
    `${plural(status.waiting, 'consultation request is', 'consultation requests are')} saved on the website but not yet in this dashboard`
    + (status.oldestMinutes === null ? '.' : ` (the oldest for ${plural(status.oldestMinutes, 'minute', 'minutes')}).`),
  ];
  if (status.refused > 0) {
    lines.push('The dashboard refuses the website\'s key for sending requests (the enquiry token). Ask whoever set up the website to check it; the requests then arrive by themselves.');
  } else if (status.stuck > 0) {
    lines.push('The website cannot reach the dashboard. The requests are kept and arrive by themselves once it can.');
  } else {
    lines.push('They should arrive within a few minutes.');
  }
  if (status.damaged > 0) lines.push(`${plural(status.damaged, 'saved request', 'saved requests')} could not be read: ask whoever set up the website to look.`);
  return lines;
}

export default function OutboxWidget() {
  const { get } = useFetchClient();
  const [check, setCheck] = useState<OutboxCheck | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    get<OutboxCheck>('/tend/outbox-status')
      .then(({ data }) => setCheck(data))
      .catch(() => setFailed(true));
  }, [get]);

  if (failed) return <Widget.Error>Could not check the website just now.</Widget.Error>;
  if (!check) return <Widget.Loading />;
  if (check.answer.kind !== 'ok') return <Widget.Error>{`Could not check the website: ${check.answer.reason}.`}</Widget.Error>;
  const lines = describe(check.answer.status);
  if (lines.length === 0) return <Widget.NoData>Every consultation request has reached this dashboard.</Widget.NoData>;
  return (
    <div role="status" data-testid="outbox-widget" style={{ display: 'grid', gap: '0.5rem', lineHeight: 1.5 }}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
