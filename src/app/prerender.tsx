import { renderToString } from 'react-dom/server';
import { junoTape } from '../data/junoTape';
import { createMixtapeStore } from '../store/createMixtapeStore';
import { Root } from './Root';

/**
 * The first screen a new visitor sees (the Juno tape, nothing stored yet) as HTML, written into
 * index.html at build time (see vite.config.ts) so it paints before any script has run. The browser
 * then hydrates it, or renders from scratch when the listener has a shelf of their own.
 */
export function renderFirstScreen(): string {
  return renderToString(<Root store={createMixtapeStore({ tape: junoTape() })} />);
}
