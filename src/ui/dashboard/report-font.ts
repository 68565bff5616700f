// The report's embedded Unicode font (DejaVu Sans: ș ț ă æ ø å ß €, which jsPDF's Helvetica lacks).
// `?url` makes Vite copy the TTF as an asset fetched on first use, never inlined in a chunk. The letters
// branch has the same loader in `src/letters/draw/fonts-browser.ts`: once merged, use that one.
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';

export interface ReportFonts {
  regular: string;
  bold: string;
}

let loading: Promise<ReportFonts> | null = null;

/** Bytes → jsPDF's "binary string", 32 KB per `fromCharCode` call to keep the stack small. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  return out;
}

async function fetchBinary(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`report: font ${url} could not be loaded (${response.status})`);
  return binaryString(new Uint8Array(await response.arrayBuffer()));
}

export function loadReportFonts(): Promise<ReportFonts> {
  loading ??= Promise.all([fetchBinary(regularUrl), fetchBinary(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
