// Types for scripts/local-worker.mjs, so TypeScript callers (the browser suite's global setup) can use it.

/** A running `wrangler dev` of the built worker, started by `startLocalWorker`. */
export type LocalWorker = {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** The persisted state directory (local D1, R2, …). */
  state: string;
  /** Process id of the `wrangler dev` process group leader. */
  pid: number | undefined;
  /** Everything the worker printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code when `wrangler dev` ends (stopped, or on its own). */
  exited: Promise<number | null>;
  /** Stops the process group by its pid, waits for it to exit, and removes the throwaway state directory. */
  stop(): Promise<void>;
};

export function freePort(): Promise<number>;

export function startLocalWorker(options?: {
  config?: string;
  migrate?: boolean;
  vars?: Record<string, string>;
  seed?: (stateDirectory: string) => void;
  /** A state directory to keep (npm start: .wrangler/state); default a throwaway one, removed by `stop()`. */
  state?: string;
  /** The secrets file (npm start: .dev.vars); default fresh test secrets (`vars` on top). */
  envFile?: string;
  /** The port on 127.0.0.1; default a free one. */
  port?: number;
  /** Print the worker's output as it comes (npm start). */
  echo?: boolean;
}): Promise<LocalWorker>;
