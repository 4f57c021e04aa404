/** An open project: the top bar over three panes (library / codebook tabs at inline-start, reader, inspector). */
import { ColumnMappingDialog } from './ColumnMappingDialog';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { Inspector } from './Inspector';
import { LeftPane } from './codebook/LeftPane';
import { Reader } from './Reader';
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
      <ColumnMappingDialog />
      <PasteDialog />
    </div>
  );
}
