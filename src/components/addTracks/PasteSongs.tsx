import { useId, useState } from 'react';
import { useMixtapeStore } from '../../store/StoreContext';

/**
 * "Paste a list of songs": one "Artist – Title" per line, matched to catalog previews and reviewed
 * before it becomes a new tape (issue 14). The parser loads when the list is sent; a list naming no song
 * gets a message and keeps its text.
 */
export function PasteSongs() {
  const store = useMixtapeStore();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="add-section"
      aria-labelledby={`${id}-heading`}
      onSubmit={async (e) => {
        e.preventDefault();
        const { parseSongList } = await import('../../playlists');
        const result = parseSongList(text);
        if (!result.ok) {
          setError(result.message);
          return;
        }
        setError(null);
        setText('');
        // Deezer: it can look an ISRC up, and allows 50 requests every 5 s where iTunes allows 20 a minute.
        store.getState().startMatchJob('Pasted songs', result.songs, 'deezer');
      }}
    >
      <h4 id={`${id}-heading`}>Paste a list of songs</h4>
      <label htmlFor={id} className="hint">
        One “Artist – Title” per line; each is matched to a catalog preview for you to review.
      </label>
      <textarea
        id={id}
        rows={4}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="chip" disabled={text.trim() === ''}>
        Match songs
      </button>
    </form>
  );
}
