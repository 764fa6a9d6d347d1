/** Where the bot is in its life, as `/healthz` reports it. */
export type ReadinessState = 'starting' | 'ready' | 'draining';

/** Whether the bot takes work: set by the start-up path, read by `/healthz`. */
export interface Readiness {
  readonly state: ReadinessState;
  /** The transport is up (gateway READY, HTTP listening). Does nothing once draining. */
  ready(): void;
  /** The bot is stopping: it finishes what it has and takes nothing new. Final. */
  draining(): void;
}

export function createReadiness(): Readiness {
  let state: ReadinessState = 'starting';
  return {
    get state() {
      return state;
    },
    ready() {
      if (state === 'starting') state = 'ready';
    },
    draining() {
      state = 'draining';
    },
  };
}
