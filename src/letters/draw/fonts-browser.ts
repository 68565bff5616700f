// Loads the font files in the browser. `?url` makes Vite copy each TTF into the build as an asset
// (relative to the page, so any base path and offline copies work) instead of inlining it in a chunk;
// it is fetched only when a letter is first made, then kept for the session.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { binaryString, type LetterFonts } from './fonts';

let loading: Promise<LetterFonts> | null = null;

async function fetchBinary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`letters: font ${url} could not be loaded (${response.status})`);
  return binaryString(new Uint8Array(await response.arrayBuffer()));
}

export function loadFonts(): Promise<LetterFonts> {
  loading ??= Promise.all([fetchBinary(regularUrl), fetchBinary(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
