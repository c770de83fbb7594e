import { useId, useState } from 'react';
import { EMBED_HEIGHTS, type EmbedSize, embedCode, embedUrl } from '../../share/embedCode';

const SIZES: ReadonlyArray<readonly [EmbedSize, string]> = [
  ['compact', 'Compact'],
  ['tracklist', 'With tracklist'],
];

/**
 * The `<iframe>` code for another site, in either size, with a copy button and a live preview, behind a
 * disclosure button (WAI-ARIA APG): the preview frame exists only while it shows, so the panel loads no
 * player until asked.
 */
export function EmbedCode({ url, title }: { url: string; title: string }) {
  const [open, setOpen] = useState(false);
  const partId = useId();
  const [size, setSize] = useState<EmbedSize>('compact');
  const [copied, setCopied] = useState<{ readonly code: string; readonly ok: boolean } | null>(null);
  const code = embedCode(url, title, size);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied({ code, ok: true });
    } catch {
      setCopied({ code, ok: false });
    }
  };
  const said = copied?.code === code ? copied.ok : null;
  return (
    <div className="share-embed">
      <button
        type="button"
        className="chip"
        aria-expanded={open}
        aria-controls={partId}
        onClick={() => setOpen(!open)}
      >
        Embed
      </button>
      {open ? (
        <div id={partId}>
          <fieldset className="share-embed-sizes">
            <legend>Embed size</legend>
            {SIZES.map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="embed-size"
                  value={value}
                  checked={size === value}
                  onChange={() => setSize(value)}
                />{' '}
                {label} ({EMBED_HEIGHTS[value]} px high)
              </label>
            ))}
          </fieldset>
          <label className="field">
            Embed code
            <textarea readOnly rows={4} value={code} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="chip" onClick={copy}>
            Copy embed code
          </button>
          <p role="status" className="share-status">
            {said === true
              ? 'Embed code copied.'
              : said === false
                ? 'Couldn’t copy: select the code and copy it.'
                : ''}
          </p>
          <iframe
            className="share-embed-preview"
            title={`Preview: ${title} — a tape on Mixtape`}
            src={embedUrl(url, size)}
            width="100%"
            height={EMBED_HEIGHTS[size]}
            loading="lazy"
          />
        </div>
      ) : null}
    </div>
  );
}
