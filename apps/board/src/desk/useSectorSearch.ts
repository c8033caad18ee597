// The desk's sector search: what is typed, searched once the person pauses (and kept live like the
// call chain), the matches and why the API refused the text (its reason code, worded by the component).
import { sectorSearchQuery } from '@relais/schema';
import { computed, onScopeDispose, ref, watch } from 'vue';
import { ALL_TOPICS } from '../composables/useLiveEvents';
import { useLiveQuery } from '../composables/useLiveQuery';

export const SEARCH_MIN_CHARS = 2;
export const SEARCH_MAX_CHARS = 100;
const PAUSE_MS = 250;

/** The text the API would search, or null when too short to send (the API says the same: TOO_SHORT). */
export function searchable(raw: string): string | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  return [...text.replace(/[%_\\]/g, '')].length >= SEARCH_MIN_CHARS ? text : null;
}

export function useSectorSearch() {
  const typed = ref('');
  const asked = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(typed, (raw) => {
    clearTimeout(timer);
    timer = setTimeout(() => (asked.value = searchable(raw)), PAUSE_MS);
  });
  onScopeDispose(() => clearTimeout(timer));
  /** Search now (Enter): no wait. */
  const submit = () => {
    clearTimeout(timer);
    asked.value = searchable(typed.value);
  };

  const live = useLiveQuery({
    query: sectorSearchQuery,
    variables: () => ({ text: asked.value ?? '', first: 10 }),
    pause: () => asked.value === null,
    topics: [...ALL_TOPICS, 'planning'],
  });
  const answer = computed(() => (asked.value === null ? null : live.data.value?.sectorSearch ?? null));
  const matches = computed(() => answer.value?.matches ?? []);
  const refusal = computed(() => {
    const e = live.error.value?.graphQLErrors[0]?.extensions;
    if (!e) return live.error.value ? 'other' : null;
    return e.code === 'BAD_USER_INPUT' ? String(e.reason ?? 'other') : String(e.code ?? 'other');
  });
  return {
    typed,
    asked,
    submit,
    matches,
    more: computed(() => answer.value?.more ?? false),
    searched: computed(() => asked.value !== null && answer.value !== null && !live.fetching.value),
    tooShort: computed(() => typed.value.trim() !== '' && searchable(typed.value) === null),
    refusal,
  };
}
