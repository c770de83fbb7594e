import { useEffect, useMemo, useRef, useState } from 'react';
import { useEscape } from '../../hooks/useEscape';
import { appRoot, cardUrl, shareUrl } from '../../share/codec';
import { shareSheetFailure } from '../../share/shareSheet';
import { useMixtape } from '../../store/StoreContext';
import { EmbedCode } from './EmbedCode';
import { QrCode } from './QrCode';

/** Chat apps and QR readers carry about this many characters safely. */
export const SAFE_LINK_LENGTH = 2000;

function appBase(): string {
  return appRoot(`${window.location.origin}${window.location.pathname}`);
}

/**
 * Whether this deployment runs the card service (server/), set at build time as VITE_CARD_SERVICE=1: only
 * then is the card link the default, since on a plain static host it would show no card.
 */
const hasCardService = (): boolean => Boolean(import.meta.env.VITE_CARD_SERVICE);

type LinkKind = 'private' | 'card';

export default function SharePanel({ onClose }: { onClose: () => void }) {
  const tape = useMixtape((s) => s.tape);
  const [kind, setKind] = useState<LinkKind>(() => (hasCardService() ? 'card' : 'private'));
  const { url, omitted } = useMemo(
    () => (kind === 'card' ? cardUrl : shareUrl)(appBase(), tape),
    [tape, kind],
  );
  // Which link the last copy was of: a copy of an older link says nothing about this one.
  const [copy, setCopy] = useState<{ readonly url: string; readonly ok: boolean } | null>(null);
  const copied = copy?.url === url ? (copy.ok ? 'yes' : 'failed') : null;
  // Why the share sheet did not share this link, if it failed (a cancel says nothing).
  const [shareFailed, setShareFailed] = useState<{ readonly url: string; readonly message: string } | null>(
    null,
  );
  const panelRef = useRef<HTMLElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  useEscape(panelRef, onClose);
  useEffect(() => {
    linkRef.current?.focus();
    linkRef.current?.select();
  }, []);
  const length = url.length - appBase().length;
  const canShare = typeof navigator.share === 'function';

  const copyLink = async () => {
    setShareFailed(null);
    try {
      await navigator.clipboard.writeText(url);
      setCopy({ url, ok: true });
    } catch {
      linkRef.current?.select();
      setCopy({ url, ok: false });
    }
  };

  return (
    <section id="share-panel" ref={panelRef} className="panel share-panel" aria-labelledby="share-heading">
      <div className="panel-head">
        <h3 id="share-heading">Share “{tape.title}”</h3>
        <button type="button" className="chip" onClick={onClose}>
          Done
        </button>
      </div>
      <fieldset className="lengths">
        <legend>Kind of link</legend>
        <label className="length-choice">
          <input
            type="radio"
            name="share-kind"
            checked={kind === 'private'}
            onChange={() => setKind('private')}
          />
          Private link
        </label>
        <label className="length-choice">
          <input type="radio" name="share-kind" checked={kind === 'card'} onChange={() => setKind('card')} />
          Card link
        </label>
      </fieldset>
      <label className="field">
        Link to this tape
        <input ref={linkRef} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="toolbar">
        <button type="button" className="button-primary" onClick={copyLink}>
          Copy link
        </button>
        {canShare ? (
          <button
            type="button"
            className="chip"
            onClick={() => {
              setCopy(null);
              setShareFailed(null);
              navigator.share({ title: tape.title, text: `A mixtape: ${tape.title}`, url }).catch((error) => {
                const message = shareSheetFailure(error);
                if (message) setShareFailed({ url, message });
              });
            }}
          >
            Share…
          </button>
        ) : null}
      </div>
      <p role="status" className="share-status">
        {shareFailed?.url === url
          ? shareFailed.message
          : copied === 'yes'
            ? 'Link copied. Paste it anywhere.'
            : copied === 'failed'
              ? 'Couldn’t copy: the link is selected, press Ctrl+C.'
              : ''}
      </p>
      <p className="hint">
        {kind === 'card'
          ? 'A card link shows the tape as a card in chats. The tape travels in the link’s path, so the server hosting Mixtape sees its contents (titles and artists, not who opens it).'
          : 'The whole tape travels inside the link, after the “#”, so it never reaches a server.'}{' '}
        Link length: <strong>{length} characters</strong>.
        {length > SAFE_LINK_LENGTH
          ? ` That is longer than the ${SAFE_LINK_LENGTH} characters chat apps and QR codes carry safely: some may cut it off.`
          : ''}
      </p>
      {omitted.length > 0 ? (
        <p className="share-omitted" role="note">
          Left out: {omitted.map((t) => `“${t.title}”`).join(', ')}. Files from this device can’t travel in a
          link.
        </p>
      ) : null}
      <QrCode text={url} label={`QR code of the link to “${tape.title}”`} />
      <EmbedCode url={url} title={tape.title} />
    </section>
  );
}
