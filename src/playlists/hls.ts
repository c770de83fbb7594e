/**
 * Why a file is an HLS manifest and not a song list, or undefined when it is not one. HLS (RFC 8216,
 * "HTTP Live Streaming") borrows extended M3U's syntax, but every tag it adds starts `#EXT-X-`
 * (#EXT-X-TARGETDURATION, #EXT-X-MEDIA-SEQUENCE, #EXT-X-STREAM-INF, …) and no song-list writer uses that
 * prefix. Its entries are seconds-long segments of one stream, or the same stream at several bit rates,
 * so importing them as tracks would make a tape of shards.
 */
export function hlsManifestProblem(text: string): string | undefined {
  const tags = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().toUpperCase())
    .filter((line) => line.startsWith('#EXT-X-'));
  if (tags.length === 0) return undefined;
  // A master playlist names variant streams (RFC 8216 §4.3.4); a media playlist lists segments (§4.3.3).
  const master = tags.some((tag) => /^#EXT-X-(STREAM-INF|I-FRAME-STREAM-INF|MEDIA):/.test(tag));
  const what = master
    ? 'it offers one stream at several qualities'
    : 'it lists the seconds-long segments of one stream';
  return `This is a streaming (HLS) manifest, not a list of songs: ${what}, which only a streaming player can put together.`;
}
