// The service clock's minutes as a signal: answers that depend on the hour (R14: office hours open
// and close, a shift starts or ends, an absence begins) are recomputed when the minute turns. One
// timer per process, running only while someone listens. It reads the service clock, not the
// wall clock: it sleeps until the clock's next minute, and looks again at least every `pollMs`,
// so a clock that jumps (tests move it; a host resumes from sleep) is noticed within that time.
export type MinuteListener = (minute: Date) => void;

const MINUTE = 60_000;

export class MinuteTicks {
  private readonly listeners = new Set<MinuteListener>();
  private timer: NodeJS.Timeout | null = null;
  private last = 0;

  constructor(
    private readonly clock: () => Date,
    private readonly pollMs = 1_000,
  ) {}

  /** Called with the start of each new minute of the service clock; returns the way to stop. */
  on(listener: MinuteListener): () => void {
    if (!this.listeners.size) {
      this.last = Math.floor(this.clock().getTime() / MINUTE);
      this.schedule();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size && this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }

  get listening(): number {
    return this.listeners.size;
  }

  private schedule(): void {
    const now = this.clock().getTime();
    const untilNext = MINUTE - (now % MINUTE) + 1;
    this.timer = setTimeout(() => this.wake(), Math.max(1, Math.min(untilNext, this.pollMs)));
    this.timer.unref();
  }

  private wake(): void {
    this.timer = null;
    const minute = Math.floor(this.clock().getTime() / MINUTE);
    if (minute !== this.last) {
      this.last = minute;
      const at = new Date(minute * MINUTE);
      for (const l of [...this.listeners]) {
        try {
          l(at);
        } catch {
          // A listener's fault is its own; the others still hear the minute.
        }
      }
    }
    if (this.listeners.size && !this.timer) this.schedule();
  }
}
