/**
 * The HTTP status and the Kubernetes Status message of a failed client-library call
 * (`ApiException`: `code`, and `body` holding a v1 Status as JSON).
 */
export function apiFailure(error: unknown): { code: number | undefined; message: string } {
  const e = error as { code?: unknown; body?: unknown; message?: string };
  const code = typeof e.code === 'number' ? e.code : undefined;
  let message = e.message ?? String(error);
  if (typeof e.body === 'string') {
    try {
      const status = JSON.parse(e.body) as { message?: string };
      if (status.message) message = status.message;
    } catch {
      message = e.body || message;
    }
  } else if (e.body && typeof e.body === 'object' && 'message' in e.body) {
    message = String((e.body as { message: unknown }).message);
  }
  return { code, message };
}
