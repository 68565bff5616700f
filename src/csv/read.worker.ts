// The worker entry: reads a CSV file off the main thread and converts its rows into records for the
// mapping the page asks for (see read-job.ts), so a million-row file never freezes the page. The page
// may start two: one parses (`parse`) and hands the rows over a channel to the other (`attach`), which
// converts them as they come. Cancel = terminate().
import { pooledIds } from '../commands/ids';
import { ReadJob } from './read-job';
import { parseFile } from './read-parse';
import type { RowsMessage, WorkerReply, WorkerRequest } from './worker-protocol';

const post = (msg: WorkerReply, transfer?: Transferable[]) =>
  (self as unknown as Worker).postMessage(msg, transfer ?? []);
const job = new ReadJob(post, pooledIds);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  if (msg.type === 'parse') {
    const rows = msg.rows;
    parseFile(msg, post, (m: RowsMessage, transfer?: Transferable[]) => rows.postMessage(m, transfer ?? []));
    return;
  }
  if (msg.type === 'attach') msg.rows.onmessage = (r: MessageEvent<RowsMessage>) => job.accept(r.data);
  job.handle(msg);
};
