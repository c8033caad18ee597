// A wall screen never scrolls and never clips: a list that does not fit its box is cut into pages
// that turn by themselves (every 10 s), each page holding only whole items.
import { computed, nextTick, onScopeDispose, ref, watch, type Ref } from 'vue';

export const PAGE_TURN_MS = 10_000;

/** Page starts for items of these tops and heights in a box `room` high: greedy, whole items only. */
export function pageStarts(boxes: { top: number; height: number }[], room: number): number[] {
  const starts: number[] = [];
  let start = 0;
  while (start < boxes.length) {
    starts.push(start);
    let end = start + 1;
    // Always at least one item a page, even one taller than the room (the item itself then says less).
    while (end < boxes.length && boxes[end].top + boxes[end].height - boxes[start].top <= room) end++;
    start = end;
  }
  return starts;
}

export function usePages<T>(list: Ref<HTMLElement | null>, items: Ref<readonly T[]>, turnMs = PAGE_TURN_MS) {
  const measuring = ref(true);
  const starts = ref<number[]>([0]);
  const page = ref(0);

  const measure = async () => {
    measuring.value = true;
    await nextTick();
    const el = list.value;
    if (!el) return;
    const children = [...el.children] as HTMLElement[];
    const top = el.firstElementChild ? (el.firstElementChild as HTMLElement).offsetTop : 0;
    const boxes = children.map((c) => ({ top: c.offsetTop - top, height: c.offsetHeight }));
    // A list left to grow (the phone's one scrolling column: overflow visible) is never paged; measured
    // while it was still filling, it once kept "1/2" and hid a conflict on a phone.
    const grows = getComputedStyle(el).overflowY === 'visible';
    starts.value = boxes.length && !grows ? pageStarts(boxes, el.clientHeight) : [0];
    if (page.value >= starts.value.length) page.value = 0;
    measuring.value = false;
  };

  const visible = computed(() => {
    if (measuring.value) return items.value;
    const from = starts.value[page.value] ?? 0;
    const to = starts.value[page.value + 1] ?? items.value.length;
    return items.value.slice(from, to);
  });

  watch(items, () => void measure(), { flush: 'post' });
  watch(list, (el, _old, onCleanup) => {
    if (!el) return;
    void measure();
    // Only the box's size matters: the page's own re-render must not start a new measure.
    let last = `${el.clientWidth}x${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${el.clientWidth}x${el.clientHeight}`;
      if (size !== last) {
        last = size;
        void measure();
      }
    });
    observer.observe(el);
    onCleanup(() => observer.disconnect());
  });
  const ticker = setInterval(() => {
    if (starts.value.length > 1) page.value = (page.value + 1) % starts.value.length;
  }, turnMs);
  onScopeDispose(() => clearInterval(ticker));

  return { visible, page, pageCount: computed(() => starts.value.length), firstIndex: computed(() => (measuring.value ? 0 : (starts.value[page.value] ?? 0))) };
}
