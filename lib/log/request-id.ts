/** Header that carries the request id from proxy.ts to server code and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Keeps an id a trusted load balancer already assigned (so one id follows the
 * request across services), otherwise makes a new one. Malformed ids are
 * replaced so nobody can inject text into the logs.
 */
export function resolveRequestId(incoming: string | null): string {
  return incoming && VALID_ID.test(incoming) ? incoming : crypto.randomUUID();
}
