import { versionHistoryPanel } from './VersionHistoryPanel';

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<typeof versionHistoryPanel>): void;
}

interface AdminApp {
  getPlugin(name: string): { apis: unknown } | undefined;
}

/** Adds the "Version history" panel beside the editor of articles, topics and the single types. */
export function registerVersionHistory(app: AdminApp): void {
  const apis = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
  apis?.addEditViewSidePanel([versionHistoryPanel]);
}
