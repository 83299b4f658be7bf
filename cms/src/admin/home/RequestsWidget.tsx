import { Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { ENQUIRIES_PATH, useHomeSummary } from './useHomeSummary';
import { widgetLink } from './link-style';

/** New consultation requests: how many are waiting, and since when. */
export function RequestsWidget() {
  const { summary, error } = useHomeSummary();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!summary) return <Widget.Loading />;
  if (!summary.requests) return <Widget.NoPermissions />;
  const { waiting, oldestReceivedText } = summary.requests;
  const filtered = `${ENQUIRIES_PATH}?filters[$and][0][requestStatus][$eq]=new&sort=createdAt:ASC`;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Typography variant="alpha" tag="p">
        {waiting === 0 ? 'None waiting' : `${waiting} new`}
      </Typography>
      <Typography tag="p">
        {waiting === 0
          ? 'Every consultation request has been answered or closed.'
          : `The oldest waiting arrived on ${oldestReceivedText ?? 'an unknown date'}.`}
      </Typography>
      <Link style={widgetLink} to={waiting === 0 ? ENQUIRIES_PATH : filtered}>{waiting === 0 ? 'See all requests' : 'Read the new requests'}</Link>
    </Flex>
  );
}
