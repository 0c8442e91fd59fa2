import { createRoot } from 'react-dom/client';
import { App } from './app';
import { connectHost } from './host';

const root = createRoot(document.getElementById('root')!);
connectHost().then(
  (host) => root.render(<App host={host} />),
  () =>
    root.render(
      <p role="alert">The safeguarding desk could not start. Close the tab and open it again; nothing was lost.</p>,
    ),
);
