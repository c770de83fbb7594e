import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';
import { newVersionAsks } from '../model/text';
import { useMixtape } from '../store/StoreContext';

/**
 * What a part that failed to load says. A chunk that no longer loads almost always means a new version was
 * deployed since this page opened (its files have new names), so the cure is a reload; Try again covers a
 * dropped connection. Reloading keeps the tapes, unless this browser is not saving them: then it says so.
 */
function PartFailed({ what, onRetry }: { what: string; onRetry: () => void }) {
  const saving = useMixtape((s) => s.storage.health.mode === 'saving');
  return (
    <div role="alert" className="part-failed">
      <p>
        {newVersionAsks(`open ${what}`)}
        {saving
          ? ' Your tapes are saved.'
          : ' This browser is not saving: a reload loses this tab’s changes.'}
      </p>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        <button type="button" className="chip" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly fallback: ReactNode;
}

/** React's error boundary (a class, as React requires): a part that throws shows its fallback, alone. */
class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A component loaded on first use (React.lazy) that cannot take the page down with it: if its chunk fails
 * to load (a 404 after a deploy, a dropped connection) or it throws, only its place shows "A new version of
 * Mixtape is available — reload to open `what`", with Reload and Try again; the deck and everything else
 * keep working. Try again loads the chunk afresh (React.lazy remembers a failure, so a new one is made);
 * Firefox remembers a failed module's address too, as the HTML standard's module map has it
 * (whatwg/html#6768), so there only Reload helps.
 * `loading` shows while the chunk loads.
 */
export function lazyPart<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
  loading: ReactNode = null,
): ComponentType<P> {
  const make = () => lazy(() => load().then((component) => ({ default: component })));
  let Loaded = make();
  // biome-ignore lint/correctness/noComponentHookFactories: like React.lazy, called once per part at module level.
  return function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Loaded = make();
      setAttempt((n) => n + 1);
    };
    return (
      <PartBoundary key={attempt} fallback={<PartFailed what={what} onRetry={retry} />}>
        <Suspense fallback={loading}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  };
}
