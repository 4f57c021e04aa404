/** An open project: the top bar over three panes (library / codebook tabs at inline-start, reader, inspector). */
import { ImportDialog } from './ImportDialog';
import { Inspector } from './Inspector';
import { LeftPane } from './codebook/LeftPane';
import { Reader } from './Reader';
import { ShareDialogs } from './share/ShareDialogs';
import { TopBar } from './TopBar';

export function ProjectView() {
  return (
    <div className="project-view">
      <TopBar />
      <main className="panes">
        <LeftPane />
        <Reader />
        <Inspector />
      </main>
      <ImportDialog />
      <ShareDialogs />
    </div>
  );
}
