// The board client provided at the root (see ../client.ts), with a clear error when it is missing.
import { inject } from 'vue';
import { BoardClientKey, type BoardClient } from '../client';

export function useBoardClient(): BoardClient {
  const board = inject(BoardClientKey, null);
  if (!board) {
    throw new Error(
      'No Relais board client was provided: call installBoardClient(app, createBoardClient(...)) at the app root (src/main.ts) before using the board composables.',
    );
  }
  return board;
}
