/**
 * The page-start script's answer to a panel that finds no reading companion on a page: whether its gate has
 * seen Arabic there. A plain runtime message, so that the script on every page carries no messaging library.
 */
export const GATE_STATUS_REQUEST = { ancGateStatus: 1 } as const;

export const isGateStatusRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as Record<string, unknown>).ancGateStatus === 1;

export interface GateStatus {
  /** The gate found Arabic prose and loaded the companion (which may still be starting). */
  arabic: boolean;
}
