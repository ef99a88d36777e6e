// Entry of WorkerPool's threads: plain JavaScript, because a worker does not inherit the TypeScript loader its parent
// registered (bin/corroborate.js) and Node refuses a .ts entry. It registers tsx, then loads the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
