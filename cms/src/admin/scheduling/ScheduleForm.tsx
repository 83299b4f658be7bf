import { Box, Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';
import { describeChange, londonDateAndTime, serverMessage, type ScheduledChange } from './schedule-client';
import { useScheduledChanges } from './useScheduledChanges';

interface Props {
  model: string;
  documentId: string;
}

/**
 * "Publish at…" / "Unpublish at…" in UK time. Choosing a new time for an action that is already
 * scheduled moves it (the server keeps one pending change per action); "Cancel" removes it.
 */
export function ScheduleForm({ model, documentId }: Props) {
  const { post, del } = useFetchClient();
  const { changes, loadError, reload } = useScheduledChanges(model, documentId);
  const [action, setAction] = useState<'publish' | 'unpublish'>('publish');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [message, setMessage] = useState<{ tone: 'danger600' | 'success600'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ tone: 'success600', text: await work() });
      await reload();
    } catch (error) {
      setMessage({ tone: 'danger600', text: serverMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    void act(async () => {
      const { data } = await post<{ data: ScheduledChange }>('/tend/schedules', { targetType: model, documentId, action, date, time });
      return `${describeChange(data.data)}.`;
    });
  };

  const change = (scheduled: ScheduledChange) => {
    setAction(scheduled.action);
    const local = londonDateAndTime(new Date(scheduled.runAt));
    setDate(local.date);
    setTime(local.time);
    setMessage({ tone: 'success600', text: 'Choose the new date and time, then press "Schedule".' });
  };

  const cancel = (scheduled: ScheduledChange) =>
    void act(async () => {
      await del(`/tend/schedules/${scheduled.id}`);
      return scheduled.state === 'failed' ? 'Cleared.' : 'Cancelled: nothing will change at that time.';
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      {changes.map((scheduled) => (
        <Box key={scheduled.id} padding={3} background={scheduled.state === 'failed' ? 'danger100' : 'primary100'} hasRadius>
          <Typography variant="omega" fontWeight="bold" tag="p">
            {describeChange(scheduled)}
          </Typography>
          {scheduled.lastError
            ? (
                <Typography variant="pi" tag="p" textColor="danger700">
                  Why: {scheduled.lastError}
                </Typography>
              )
            : null}
          <Flex gap={2} paddingTop={2}>
            {scheduled.state === 'pending'
              ? (
                  <Button variant="tertiary" size="S" onClick={() => change(scheduled)} disabled={busy}>
                    Change time
                  </Button>
                )
              : null}
            <Button variant="danger-light" size="S" onClick={() => cancel(scheduled)} disabled={busy || scheduled.state === 'running'}>
              {scheduled.state === 'failed' ? 'Clear' : 'Cancel'}
            </Button>
          </Flex>
        </Box>
      ))}
      {/* No <form>: the panel sits inside the editor's own form, and a nested one would submit that. */}
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Field.Root name="tend-schedule-action" hint="What should happen at that time.">
          <Field.Label>Action</Field.Label>
          <SingleSelect value={action} onChange={(value: string | number) => setAction(value === 'unpublish' ? 'unpublish' : 'publish')}>
            <SingleSelectOption value="publish">Publish at…</SingleSelectOption>
            <SingleSelectOption value="unpublish">Unpublish at…</SingleSelectOption>
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
        <Field.Root name="tend-schedule-date" required>
          <Field.Label>Date</Field.Label>
          <TextInput type="date" value={date} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDate(event.target.value)} />
        </Field.Root>
        <Field.Root name="tend-schedule-time" required hint="UK time (London), on the 24-hour clock. It goes live within a minute of this time.">
          <Field.Label>Time</Field.Label>
          <TextInput type="time" value={time} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTime(event.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Button type="button" variant="secondary" onClick={submit} loading={busy} disabled={!date || !time} fullWidth>
          Schedule
        </Button>
        {message
          ? (
              <Typography variant="pi" tag="p" textColor={message.tone} role="status">
                {message.text}
              </Typography>
            )
          : null}
        {loadError
          ? (
              <Typography variant="pi" tag="p" textColor="danger600" role="alert">
                {loadError}
              </Typography>
            )
          : null}
      </Flex>
    </Flex>
  );
}
