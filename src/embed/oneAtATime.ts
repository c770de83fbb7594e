import type { MixtapeStore } from '../store/createMixtapeStore';

/** The channel every embed of this origin shares (per host page, since browsers partition it by top site). */
export const EMBED_CHANNEL = 'mixtape-embed';

/** What an embed says on the channel when it starts to play. */
interface Started {
  readonly type: 'started';
  readonly from: string;
}

const isStarted = (data: unknown): data is Started =>
  typeof data === 'object' &&
  data !== null &&
  'type' in data &&
  data.type === 'started' &&
  'from' in data &&
  typeof data.from === 'string';

/**
 * Two players on one page play one at a time, as widgets on a page should: when this embed starts to
 * play it says so on a BroadcastChannel, and any other embed of the same origin that is playing (or about
 * to) pauses. `channel` is a BroadcastChannel, or a stand-in in tests. Returns the teardown, which closes it.
 */
export function playOneAtATime(
  store: MixtapeStore,
  channel: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>,
  id: string,
): () => void {
  const onMessage = (event: MessageEvent) => {
    if (isStarted(event.data) && event.data.from !== id) store.getState().pause();
  };
  channel.addEventListener('message', onMessage);
  const unsubscribe = store.subscribe(
    (s) => s.playback.status === 'loading' || s.playback.status === 'playing',
    (starting, was) => {
      if (starting && !was) channel.postMessage({ type: 'started', from: id } satisfies Started);
    },
  );
  return () => {
    unsubscribe();
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
