// A file's fingerprint: the same file imported twice is recognised by it. Made by the reader that parses
// the file (a worker), once the rows are read, so the page neither copies nor hashes the bytes itself.

/** Hex SHA-256 of a file's bytes. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
