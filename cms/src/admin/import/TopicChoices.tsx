import { Box, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';

import type { ImportReport, ImportSourceKind, TopicAction } from '../../import/report/report-types';

interface Props {
  source: ImportSourceKind;
  topics: ImportReport['topics'];
  choices: Record<string, TopicAction>;
  onChange: (key: string, action: TopicAction) => void;
}

const actionValue = (action: string): string => (action.startsWith('merge') ? 'ignore' : action);

/** One line per WordPress category or tag (Markdown: tag): make it a topic, or leave it out. */
export function TopicChoices({ source, topics, choices, onChange }: Props) {
  const used = topics.filter((t) => t.articleCount > 0);
  if (used.length === 0) return null;
  return (
    <Box>
      <Typography variant="delta" tag="h2">Topics</Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {source === 'wordpress' ? 'WordPress categories and tags' : 'The tags of your posts'} can become Topics on your site. Articles usually have two to four topics, so choose the few that matter.
        Names that match a topic you already have are joined to it.
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3}>
        {used.map((topic) => {
          const current = choices[topic.key]?.do ?? actionValue(topic.action);
          return (
            <Flex key={topic.key} gap={4} justifyContent="space-between">
              <Typography>
                {topic.name} <Typography textColor="neutral600">({topic.key.startsWith('tag:') ? 'tag' : 'category'}, {topic.articleCount} articles)</Typography>
              </Typography>
              {topic.action.startsWith('merge')
                ? (
                    <Typography textColor="success600">Joins your existing topic</Typography>
                  )
                : (
                    <Box minWidth="14rem">
                      <SingleSelect
                        aria-label={`What to do with ${topic.name}`}
                        value={current}
                        onChange={(value: string | number) => onChange(topic.key, value === 'create' ? { do: 'create' } : { do: 'ignore' })}
                      >
                        <SingleSelectOption value="create">Make it a topic</SingleSelectOption>
                        <SingleSelectOption value="ignore">Leave it out</SingleSelectOption>
                      </SingleSelect>
                    </Box>
                  )}
            </Flex>
          );
        })}
      </Flex>
    </Box>
  );
}
