import { useEffect, useState } from 'react';
import { Alert, Box, Button, Checkbox, Flex, Main, ProgressBar, Typography } from '@strapi/design-system';
import { Layouts } from '@strapi/strapi/admin';

import { downloadReport } from './download-report';
import type { ImportReport, TopicAction } from '../../import/report/report-types';
import { ReportView } from './ReportView';
import { TopicChoices } from './TopicChoices';
import { messageOf, useImportApi } from './use-import-api';

type Step =
  | { name: 'choose' }
  | { name: 'checking' }
  | { name: 'review'; report: ImportReport }
  | { name: 'running'; done: number; total: number; current: string }
  | { name: 'finished'; report: ImportReport };

const isZip = (file: File | null): boolean => file !== null && /\.zip$/i.test(file.name);

/**
 * Dashboard → Import: bring the articles of an old site over (a WordPress export, or a zip of a
 * Markdown folder), with a look at what will happen first. Each step says in plain words what it
 * does; nothing changes before "Import now".
 */
export default function ImportPage() {
  const api = useImportApi();
  const [file, setFile] = useState<File | null>(null);
  const [importPages, setImportPages] = useState(false);
  const [topicActions, setTopicActions] = useState<Record<string, TopicAction>>({});
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const check = async (chosen: File, pages: boolean): Promise<void> => {
    setError(null);
    setStep({ name: 'checking' });
    try {
      setStep({ name: 'review', report: await api.dryRun(chosen, { importPages: pages, topicActions }) });
    } catch (e) {
      setError(messageOf(e));
      setStep({ name: 'choose' });
    }
  };

  const run = async (): Promise<void> => {
    if (!file) return;
    setError(null);
    try {
      setJobId(await api.start(file, { importPages, topicActions }));
      setStep({ name: 'running', done: 0, total: 0, current: '' });
    } catch (e) {
      setError(messageOf(e));
    }
  };

  useEffect(() => {
    if (!jobId) return undefined;
    const timer = window.setInterval(() => {
      api.job(jobId).then(
        (job) => {
          if (job.error) {
            setError(job.error);
            setJobId(null);
          } else if (job.report) {
            setStep({ name: 'finished', report: job.report });
            setJobId(null);
          } else setStep({ name: 'running', done: job.done, total: job.total, current: job.current });
        },
        (e: unknown) => {
          setError(messageOf(e));
          setJobId(null);
        },
      );
    }, 1000);
    return () => window.clearInterval(timer);
    // The API object is rebuilt each render; the poll depends on the job only.
  }, [jobId]);

  return (
    <Main>
      <Layouts.Header
        title="Import your old site"
        subtitle="Bring the articles of your old website here, from WordPress or from a folder of Markdown files. You see what will happen first; nothing changes until you choose Import now."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {error && (
            <Alert variant="danger" title="The import could not go on" closeLabel="Close" onClose={() => setError(null)}>
              {error}
            </Alert>
          )}
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography variant="delta" tag="h2">1. Choose the file from your old site</Typography>
            <Typography tag="p" textColor="neutral600">
              From WordPress: in your old WordPress dashboard go to Tools → Export, choose “All content”, and download the file. It ends in .xml.
            </Typography>
            <Typography tag="p" textColor="neutral600">
              From a folder of Markdown files (.md): compress the folder into a zip (on a Mac: right-click → Compress; on Windows: right-click → Send to → Compressed folder). Keep the pictures in the folder: they come along.
            </Typography>
            <Box paddingTop={3}>
              <input
                type="file"
                accept=".xml,.zip,text/xml,application/xml,application/zip"
                aria-label="WordPress export (.xml) or Markdown zip (.zip)"
                onChange={(event) => {
                  const chosen = event.target.files?.[0] ?? null;
                  setFile(chosen);
                  setTopicActions({});
                  if (chosen) void check(chosen, importPages);
                }}
              />
            </Box>
            {!isZip(file) && (
              <Box paddingTop={3}>
                <Checkbox
                  checked={importPages}
                  onCheckedChange={(checked: boolean | 'indeterminate') => {
                    setImportPages(checked === true);
                    if (file) void check(file, checked === true);
                  }}
                >
                  Also import WordPress pages (such as “About me”) as articles
                </Checkbox>
              </Box>
            )}
          </Box>
          {step.name === 'checking' && <Typography>Reading {file?.name ?? 'your file'}… this takes a few seconds. Nothing is changed yet.</Typography>}
          {step.name === 'review' && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography variant="delta" tag="h2">2. Check what will happen</Typography>
              <Typography tag="p">
                {step.report.articles.length} articles from “{step.report.siteTitle}”: {step.report.articles.filter((a) => a.status === 'published').length} will be published,
                the others stay drafts. Old addresses of published articles will lead to their new pages. Nothing has changed yet: read the list below, choose the topics, then choose Import now.
              </Typography>
              <Box paddingTop={4}>
                <TopicChoices source={step.report.source} topics={step.report.topics} choices={topicActions} onChange={(key, action) => setTopicActions({ ...topicActions, [key]: action })} />
              </Box>
              <Flex gap={2} paddingTop={4}>
                <Button onClick={() => void run()}>Import now</Button>
                <Button variant="tertiary" onClick={() => downloadReport(step.report)}>Download this report</Button>
              </Flex>
              <Box paddingTop={4}>
                <ReportView report={step.report} />
              </Box>
            </Box>
          )}
          {step.name === 'running' && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography variant="delta" tag="h2">3. Importing</Typography>
              <Typography tag="p">
                {step.total > 0 ? `${step.done} of ${step.total} articles` : 'Starting'}{step.current ? `: ${step.current}` : ''}. You can leave this page; the import goes on.
              </Typography>
              <Box paddingTop={3}>
                <ProgressBar aria-label="Import progress" value={step.total > 0 ? Math.round((step.done / step.total) * 100) : 0} />
              </Box>
            </Box>
          )}
          {step.name === 'finished' && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography variant="delta" tag="h2">Finished</Typography>
              <Typography tag="p">Your articles are in Content Manager → Article. Running the same file again updates them and never makes copies.</Typography>
              <Flex gap={2} paddingTop={3}>
                <Button onClick={() => downloadReport(step.report)}>Download the report</Button>
              </Flex>
              <Box paddingTop={4}>
                <ReportView report={step.report} />
              </Box>
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Main>
  );
}
