/** An open project: the top bar over three panes (library / codebook tabs at inline-start, reader, inspector). */
import { ColumnMappingDialog } from './ColumnMappingDialog';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { Inspector } from './Inspector';
import { LeftPane } from './codebook/LeftPane';
import { Reader } from './Reader';
import { ShareDialogs } from './share/ShareDialogs';
import { TopBar } from './TopBar';
import { useSuggestions } from '../state/context';

export function ProjectView() {
  // The suggestions list needs room for whole statements: the inspector widens in that mode.
  const suggesting = useSuggestions((s) => s.active);
  return (
    <div className="project-view">
      <TopBar />
      <main className={`panes${suggesting ? ' suggesting' : ''}`}>
        <LeftPane />
        <Reader />
        <Inspector />
      </main>
      <ImportDialog />
      <ColumnMappingDialog />
      <PasteDialog />
      <ShareDialogs />
    </div>
  );
}
