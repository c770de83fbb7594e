import { encode } from 'uqr';

/**
 * The link as a QR code, drawn from uqr's module grid as one SVG path: no generated markup is ever
 * injected, so a crafted link cannot smuggle anything into the page.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: 'L', border: 2 }).data;
  } catch {
    return <p className="hint">This link is too long for a QR code.</p>;
  }
  const size = modules.length;
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
