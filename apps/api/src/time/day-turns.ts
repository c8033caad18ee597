// The service's local date turning, as a signal: work whose window is counted in days from today
// (VISIT_ON_HOLIDAY's recheck of the coming weeks) runs again when the Brussels date changes on a
// running server. One timer: it sleeps until the next local midnight (from the calendar, so a
// 23- or 25-hour day when the clocks change) and reads the service clock, not the wall clock,
// looking again at least every `pollMs`, so a clock that jumps (tests move it; a host resumes from
// sleep) is noticed within that time. A run still going when the date turns again is followed by one more.
import { localDay, serviceDay } from './service-time.js';

export type DayListener = (day: string) => Promise<unknown>;

export class DayTurns {
  private timer: NodeJS.Timeout | null = null;
  private day = '';
  private running: Promise<void> | null = null;
  private again = false;
  private listener: DayListener | null = null;

  constructor(
    private readonly clock: () => Date,
    private readonly onError: (err: unknown) => void,
    private readonly pollMs = 1_000,
  ) {}

  /** Calls `listener` with the new local date each time the service clock's date changes (not at start). */
  start(listener: DayListener): void {
    this.stop();
    this.listener = listener;
    this.day = localDay(this.clock());
    this.schedule();
  }

  /** No more calls; waits for a run under way. */
  async stop(): Promise<void> {
    this.listener = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  get started(): boolean {
    return this.listener !== null;
  }

  private schedule(): void {
    const now = this.clock();
    const untilMidnight = serviceDay(now).to.getTime() - now.getTime();
    this.timer = setTimeout(() => this.wake(), Math.max(1, Math.min(untilMidnight, this.pollMs)));
    this.timer.unref();
  }

  private wake(): void {
    this.timer = null;
    if (!this.listener) return;
    const day = localDay(this.clock());
    if (day !== this.day) {
      this.day = day;
      this.run();
    }
    this.schedule();
  }

  private run(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    const listener = this.listener;
    if (!listener) return;
    this.running = listener(this.day)
      .then(
        () => undefined,
        (err) => this.onError(err),
      )
      .finally(() => {
        this.running = null;
        if (this.again && this.listener) {
          this.again = false;
          this.run();
        }
      });
  }
}
