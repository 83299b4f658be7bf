import { Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useHomeSummary } from './useHomeSummary';
import { widgetLink } from './link-style';

/** The live site, one click away: what readers see now. */
export function WebsiteWidget() {
  const { summary, error } = useHomeSummary();
  if (error) return <Widget.Error>{error}</Widget.Error>;
  if (!summary) return <Widget.Loading />;
  if (!summary.siteUrl) return <Widget.NoData>The website address is not set (TEND_WEB_URL).</Widget.NoData>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Typography tag="p">See your website as readers do. Published changes appear within a few seconds.</Typography>
      <a style={widgetLink} href={summary.siteUrl} target="_blank" rel="noreferrer noopener">
        Open {summary.siteUrl.replace(/^https?:\/\//, '')} in a new tab
      </a>
    </Flex>
  );
}
