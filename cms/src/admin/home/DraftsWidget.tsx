import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { documentPath, useHomeSummary } from './useHomeSummary';
import { widgetLink } from './link-style';

/** Drafts in progress: never published, or edited since they were published. */
export function DraftsWidget() {
  const { summary, error } = useHomeSummary();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!summary) return <Widget.Loading />;
  if (!summary.drafts) return <Widget.NoPermissions />;
  if (summary.drafts.count === 0) return <Widget.NoData>No drafts in progress: everything is published.</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography tag="p">{summary.drafts.count === 1 ? '1 draft in progress' : `${summary.drafts.count} drafts in progress`}</Typography>
      {summary.drafts.recent.map((draft) => (
        <Box key={`${draft.targetType}:${draft.documentId}`}>
          <Link style={widgetLink} to={documentPath(draft.targetType, draft.documentId)}>{draft.title}</Link>{' '}
          <Typography variant="pi" textColor="neutral600">
            {draft.status === 'draft' ? '(not yet published)' : '(changes not yet published)'}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
}
