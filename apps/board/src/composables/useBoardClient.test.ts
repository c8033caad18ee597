import { describe, expect, it } from 'vitest';
import { createApp, effectScope } from 'vue';
import { useBoardClient } from './useBoardClient';

describe('useBoardClient', () => {
  it('says how to fix it when no client was provided at the root', () => {
    const app = createApp({ render: () => null });
    const scope = effectScope();
    expect(() => app.runWithContext(() => scope.run(() => useBoardClient()))).toThrow(/installBoardClient/);
    scope.stop();
  });
});
