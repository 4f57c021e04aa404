/** An open project: the top bar over three panes (library at inline-start, reader, inspector). */
import { ImportDialog } from './ImportDialog';
import { Inspector } from './Inspector';
import { Library } from './Library';
import { Reader } from './Reader';
import { TopBar } from './TopBar';

export function ProjectView() {
  return (
    <div className="project-view">
      <TopBar />
      <main className="panes">
        <Library />
        <Reader />
        <Inspector />
      </main>
      <ImportDialog />
    </div>
  );
}
