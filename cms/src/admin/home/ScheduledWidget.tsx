import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { describeChange } from '../scheduling/schedule-client';
import { documentPath, useHomeSummary } from './useHomeSummary';
import { widgetLink } from './link-style';

/** What is scheduled, soonest first, and what did not happen (with why). */
export function ScheduledWidget() {
  const { summary, error } = useHomeSummary();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!summary) return <Widget.Loading />;
  if (summary.scheduled.length === 0) {
    return <Widget.NoData>Nothing is scheduled. Use the "Schedule" panel beside the editor to choose when something goes live.</Widget.NoData>;
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {summary.scheduled.slice(0, 6).map((change) => (
        <Box key={change.id}>
          <Link style={widgetLink} to={documentPath(change.targetType, change.documentId)}>{change.title ?? change.typeLabel}</Link>{' '}
          <Typography textColor={change.state === 'failed' ? 'danger600' : 'neutral800'}>{describeChange(change)}</Typography>
          {change.lastError
            ? (
                <Typography variant="pi" tag="p" textColor="danger700">
                  Why: {change.lastError}
                </Typography>
              )
            : null}
        </Box>
      ))}
    </Flex>
  );
}
