// A file's fingerprint: the same file imported twice is recognised by it. Made by the reader that parses
// the file (a worker), once the rows are read, so the page neither copies nor hashes the bytes itself.
import { hex, sha256Bytes } from '../domain/sha256';

/** Hex SHA-256 of a file's bytes. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  return hex(await sha256Bytes(bytes as Uint8Array<ArrayBuffer>));
}
