// The worker entry: reads a CSV file off the main thread (see read-job.ts), so a million-row file never
// freezes the page. Cancel = terminate().
import { runReadJob } from './read-job';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  runReadJob(e.data, (msg: WorkerReply) => (self as unknown as Worker).postMessage(msg));
};
