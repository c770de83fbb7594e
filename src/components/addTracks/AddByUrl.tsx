import { type FormEvent, useState } from 'react';
import { probeClip } from '../../media/probeClip';
import { checkClipUrl, formatFromName, titleFromName } from '../../model/clipUrl';
import { useAnnounce } from '../tracklist/announcer';
import { useCheckedAdd } from './useCheckedAdd';

export function AddByUrl() {
  const { add, questionAt } = useCheckedAdd();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const checked = checkClipUrl(String(data.get('url') ?? ''));
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    setError(null);
    // A stream that announces no length is added all the same, as LENGTH_UNKNOWN: it is measured as it plays.
    const seconds = await probeClip(checked.url);
    setBusy(false);
    if (seconds === null) {
      setError('Couldn’t read audio at that address: check that it links straight to a sound file.');
      return;
    }
    const title = String(data.get('title') ?? '').trim() || titleFromName(checked.url);
    const artist = String(data.get('artist') ?? '').trim() || 'Unknown artist';
    const format = formatFromName(checked.url);
    // The form keeps what was typed until the song is on the tape: Cancel loses nothing.
    const added = () => {
      announce(`Added ${title} to the tape.`);
      form.reset();
    };
    add(
      [
        {
          songId: `url:${checked.url}`,
          title: title.slice(0, 200),
          artist: artist.slice(0, 200),
          previewUrl: checked.url,
          ...(format ? { format } : {}),
          clipSeconds: seconds,
          source: 'url',
        },
      ],
      added,
    );
  };

  return (
    <form className="add-section add-url" onSubmit={submit} noValidate>
      <h4>From a link</h4>
      <label>
        Audio address (http or https)
        <input
          name="url"
          type="url"
          inputMode="url"
          placeholder="https://…/song.mp3"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'add-url-error' : undefined}
        />
      </label>
      <div className="field-row">
        <label>
          Title
          <input name="title" maxLength={200} placeholder="From the address" />
        </label>
        <label>
          Artist
          <input name="artist" maxLength={200} />
        </label>
      </div>
      {error ? (
        <p id="add-url-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? 'Checking the audio…' : 'Add to tape'}
      </button>
      {questionAt()}
    </form>
  );
}
