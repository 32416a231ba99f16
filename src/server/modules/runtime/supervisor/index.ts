/**
 * The process supervisor: runs one generated platform's server as a child process group, keeps it
 * running (backoff restarts, crash-loop detection, health and memory watch) and keeps its log.
 * @module
 */
export { Supervisor } from './supervisor.js';
export type { SupervisorEvent, SupervisorOptions, SupervisorState } from './supervisor-types.js';
export type { ProcessLaunch } from './child-run.js';
export { DEFAULT_RESTART_POLICY, backoffDelay, type RestartPolicy } from './restart-policy.js';
export { StartFailure } from './start-failure.js';
export { LogBook, type LogBookOptions } from './log-book.js';
export { killOrphan } from './pid-file.js';
export { freePort } from './free-port.js';
