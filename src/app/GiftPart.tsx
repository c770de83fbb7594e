import GiftWrap from '../components/gift/GiftWrap';
import { rememberUnwrapped, wasUnwrapped } from '../persistence/unwrapped';

const memory = { wasUnwrapped, rememberUnwrapped };

/**
 * The wrapped gift (components/gift/GiftWrap.tsx) with this browser's memory of links unwrapped before:
 * components never touch storage, so the app hands it in. Loaded lazily, with the wrapping, only for a gift.
 */
export default function GiftPart() {
  return <GiftWrap memory={memory} />;
}
