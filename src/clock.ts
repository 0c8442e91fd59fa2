/** Time is passed in, so tests and the relay's backoff can be driven without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
