/** Entry point: one client over the shell's bridge, the stores over it, the UI over them. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/start.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/dialog.css';
import './styles/codebook.css';
import './styles/importing.css';
import './styles/share.css';
import { createClient, getBridge } from './api/index';
import { createI18n } from './i18n/index';
import { createStores } from './state/stores';
import { Root } from './components/Root';

const stores = createStores(createClient(getBridge()));
const i18n = createI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Daftar in.');
createRoot(container).render(
  <StrictMode>
    <Root stores={stores} i18n={i18n} />
  </StrictMode>,
);
