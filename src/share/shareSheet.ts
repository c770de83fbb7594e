/**
 * What to tell the listener when the system share sheet (`navigator.share`, Web Share API Level 1) did not
 * share, or null when there is nothing to say: an `AbortError` is the listener closing the sheet.
 * The others the standard names: `NotAllowedError` (no user activation, or a policy forbids sharing),
 * `DataError` (the data cannot be shared), `InvalidStateError` (a share is already showing); anything else
 * is the platform's own failure. Each gets one sentence that ends by pointing at Copy link.
 */
export function shareSheetFailure(error: unknown): string | null {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'AbortError') return null;
  const why =
    name === 'NotAllowedError'
      ? 'this browser did not allow it'
      : name === 'InvalidStateError'
        ? 'another share is still open'
        : name === 'DataError'
          ? 'the share sheet refused this link'
          : 'the share sheet failed';
  return `Couldn’t share: ${why}. Use Copy link instead.`;
}
