import type { Dedication, ReplyTo } from './tape';

// How a gift (issue 15) reads on the label, in Now playing, the Media Session and the tape bar. Apart from
// giftText.ts so the first screen takes these few lines without the cleaning the editors and links need.

/** "for Sam, from Alex", "for Sam", "from Alex", or '' when the dedication names no one. */
export function dedicationLine(d: Dedication | undefined): string {
  const parts = [d?.to ? `for ${d.to}` : '', d?.from ? `from ${d.from}` : ''];
  return parts.filter(Boolean).join(', ');
}

/** "in reply to “Summer 2007” from Sam", or without "from …" when the first tape named no sender. */
export function replyLine(reply: ReplyTo): string {
  return `in reply to “${reply.title}”${reply.from ? ` from ${reply.from}` : ''}`;
}
