/**
 * Reads an audio file's length from its metadata before it joins a tape, without playing it: a
 * detached <audio> element with preload=metadata. Resolves null when the browser cannot read it.
 */
export function probeDuration(url: string, timeoutMs = 10_000): Promise<number | null> {
  return new Promise((resolve) => {
    const audio = new Audio();
    const finish = (value: number | null) => {
      clearTimeout(timer);
      audio.removeAttribute('src');
      audio.load();
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    audio.preload = 'metadata';
    audio.addEventListener(
      'loadedmetadata',
      () => finish(Number.isFinite(audio.duration) ? audio.duration : null),
      {
        once: true,
      },
    );
    audio.addEventListener('error', () => finish(null), { once: true });
    audio.src = url;
  });
}
