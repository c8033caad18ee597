// The desk's data, each query kept live like the wall's (re-read on every change event), and one
// way to run a desk mutation: its userErrors kept for the form that asked.
import {
  deskAlertsQuery,
  deskCallChainQuery,
  deskConflictsQuery,
  deskShiftsQuery,
  deskViewerQuery,
} from '@relais/schema';
import { useMutation, useQuery, type AnyVariables, type TypedDocumentNode } from '@urql/vue';
import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { ALL_TOPICS } from '../composables/useLiveEvents';
import { useLiveQuery } from '../composables/useLiveQuery';
import type { UserErrorLike } from './userErrorText';

export function useDeskViewer() {
  const result = useQuery({ query: deskViewerQuery, requestPolicy: 'network-only' });
  return {
    viewer: computed(() => result.data.value?.viewer ?? null),
    actions: computed(() => new Set<string>(result.data.value?.viewer?.actions ?? [])),
    loaded: computed(() => result.data.value !== undefined),
  };
}

/** Who to call for every sector at `at` (null: now), with the full chain and phones. */
export function useCallChain(at: MaybeRefOrGetter<string | null>) {
  const live = useLiveQuery({
    query: deskCallChainQuery,
    variables: () => ({ at: toValue(at) }),
    topics: [...ALL_TOPICS, 'planning'],
    changesAt: (d) => [d?.permanenceOnCall.current?.endsAt],
  });
  return {
    sectors: computed(() => live.data.value?.sectors ?? []),
    current: computed(() => live.data.value?.permanenceOnCall.current ?? null),
    loaded: live.loaded,
    error: live.error,
  };
}

export function useDeskShifts() {
  const live = useLiveQuery({ query: deskShiftsQuery, variables: {}, topics: ['permanence', 'absence'] });
  return {
    shifts: computed(() => live.data.value?.permanenceShifts.edges.map((e) => e.node) ?? []),
    staff: computed(() => [...(live.data.value?.staffMembers ?? [])].sort((a, b) => a.fullName.localeCompare(b.fullName))),
    error: live.error,
  };
}

export function useDeskAlerts() {
  const live = useLiveQuery({ query: deskAlertsQuery, variables: {} });
  return {
    alerts: computed(() => live.data.value?.alerts.edges.map((e) => e.node) ?? []),
    error: live.error,
  };
}

export function useDeskConflicts() {
  const live = useLiveQuery({ query: deskConflictsQuery, variables: {}, topics: ['conflict', 'schedule'] });
  return {
    conflicts: computed(() => live.data.value?.scheduleConflicts.edges.map((e) => e.node) ?? []),
    error: live.error,
  };
}

type Payload = { userErrors: readonly UserErrorLike[] };

/**
 * A desk mutation: `run` resolves true when the API did it; otherwise `userErrors` holds what it
 * refused (a broken rule) or `fault` what went wrong on the way (network, forbidden).
 */
export function useDeskMutation<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, pick: (data: Data) => Payload) {
  const mutation = useMutation(document);
  const userErrors = shallowRef<readonly UserErrorLike[]>([]);
  const fault = ref<string | null>(null);
  const done = ref(false);
  /** The last answer's data, for what a payload says beside its errors (a replacement's load warnings). */
  const data = shallowRef<Data | null>(null);

  async function run(variables: Variables): Promise<boolean> {
    done.value = false;
    fault.value = null;
    userErrors.value = [];
    data.value = null;
    const result = await mutation.executeMutation(variables);
    data.value = result.data ?? null;
    if (result.error || !result.data) {
      fault.value = result.error?.graphQLErrors[0]?.extensions?.code as string | undefined ?? result.error?.message ?? 'UNKNOWN';
      return false;
    }
    userErrors.value = pick(result.data).userErrors;
    done.value = userErrors.value.length === 0;
    return done.value;
  }

  return { run, userErrors, fault, done, data, pending: mutation.fetching };
}
