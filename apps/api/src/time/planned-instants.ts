// The service clock reaching a planned instant, as a signal: R14's answers change at the instant an
// absence, a shift or a replacement starts or ends, not at the next minute. One timer per process,
// running only while someone listens: `plan(after)` (a read) gives the next instant; it is planned
// again after each one and when told of a write that may move it. It reads the service clock, not
// the wall clock, and looks again at least every `pollMs`, so a clock that jumps (tests move it; a
// host resumes from sleep) is noticed within that time; a clock that goes back is planned afresh.
export type InstantListener = (instant: Date) => void;

export class PlannedInstants {
  private readonly listeners = new Set<InstantListener>();
  private timer: NodeJS.Timeout | null = null;
  private target: number | null = null;
  /** The service clock when the target was planned. */
  private plannedFrom = 0;
  private planning: Promise<void> | null = null;
  private again = false;
  /** The last write (outbox position) planned for. */
  private position = -1;
  /** Bumped when nobody listens any more: a plan still in flight then is dropped. */
  private generation = 0;

  constructor(
    private readonly clock: () => Date,
    private readonly plan: (after: Date) => Promise<Date>,
    private readonly pollMs = 1_000,
    private readonly retryMs = 5_000,
  ) {}

  /** Called with each planned instant the service clock reaches; returns the way to stop. */
  on(listener: InstantListener): () => void {
    const first = !this.listeners.size;
    this.listeners.add(listener);
    if (first) this.replan();
    return () => {
      if (!this.listeners.delete(listener) || this.listeners.size) return;
      this.generation++;
      this.clearTimer();
      this.target = null;
      this.position = -1;
      this.again = false;
    };
  }

  get listening(): number {
    return this.listeners.size;
  }

  /** The instant waited for, if one is planned. */
  get next(): Date | null {
    return this.target === null ? null : new Date(this.target);
  }

  /** A write that may move the next instant; one already planned for (by its outbox position) is not planned again. */
  replan(position?: number): void {
    if (!this.listeners.size) return;
    if (position !== undefined) {
      if (position <= this.position) return;
      this.position = position;
    }
    if (this.planning) {
      this.again = true;
      return;
    }
    const generation = this.generation;
    const from = this.clock().getTime();
    const current = this.plan(new Date(from)).then(
      (at) => {
        if (generation !== this.generation) return;
        // An instant not after the plan's own would be heard again and again: plan later instead.
        if (!(at.getTime() > from)) return this.retryLater();
        this.target = at.getTime();
        this.plannedFrom = from;
        this.arm(Math.max(0, this.target - this.clock().getTime()));
      },
      () => {
        // The read failed (a database outage): plan again shortly; the minute ticks answer meanwhile.
        if (generation === this.generation) this.retryLater();
      },
    );
    const settled: Promise<void> = current.finally(() => {
      if (this.planning !== settled) return;
      this.planning = null;
      // A write (or a new first listener) came while this plan was read: plan once more.
      if (this.again) {
        this.again = false;
        this.replan();
      }
    });
    this.planning = settled;
  }

  private retryLater(): void {
    this.target = null;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.replan();
    }, this.retryMs);
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(wait: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => this.wake(), Math.min(wait, this.pollMs));
    this.timer.unref();
  }

  private wake(): void {
    this.timer = null;
    if (this.target === null || !this.listeners.size) return;
    const now = this.clock().getTime();
    if (now < this.plannedFrom) {
      // The clock went back: what was next may no longer be.
      this.target = null;
      this.replan();
      return;
    }
    if (now < this.target) return this.arm(this.target - now);
    const at = new Date(this.target);
    this.target = null;
    for (const l of [...this.listeners]) {
      try {
        l(at);
      } catch {
        // A listener's fault is its own; the others still hear the instant.
      }
    }
    this.replan();
  }
}
