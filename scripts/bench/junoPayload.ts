// Prints the share payload of the built-in Juno tape (what follows `#` in its link), for benches that open
// a page on it. Run: npx tsx --tsconfig tsconfig.app.json scripts/bench/junoPayload.ts
import { junoTape } from '../../src/data/junoTape';
import { encodeTape } from '../../src/share/codec';

process.stdout.write(encodeTape(junoTape()).payload);
