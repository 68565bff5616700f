// The worker entry: reads a CSV file off the main thread and converts its rows into records for the
// mapping the page asks for (see read-job.ts), so a million-row file never freezes the page. Cancel =
// terminate().
import { pooledIds } from '../commands/ids';
import { ReadJob } from './read-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const job = new ReadJob(
  (msg: WorkerReply, transfer?: Transferable[]) =>
    (self as unknown as Worker).postMessage(msg, transfer ?? []),
  pooledIds,
);
self.onmessage = (e: MessageEvent<WorkerRequest>) => job.handle(e.data);
