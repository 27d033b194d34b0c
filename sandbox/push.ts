// Push notifications from the simulated platforms to Lobby's webhook endpoints, the way the real
// platforms call a subscriber: fire and forget, a few retries with backoff on failure.

export type PushSender = (path: string, body: unknown, headers?: Record<string, string>) => void;

export function createPushSender(baseUrl: string | undefined, log?: (line: string) => void): PushSender {
  if (!baseUrl) return () => undefined;
  return (path, body, headers = {}) => {
    const deliver = async (attempt: number): Promise<void> => {
      try {
        const res = await fetch(`${baseUrl}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        if (res.ok) return;
        throw new Error(`answered ${res.status}`);
      } catch (err) {
        if (attempt >= 4) return log?.(`[sandbox] push to ${path.split("?")[0]} gave up: ${(err as Error).message}`);
        setTimeout(() => void deliver(attempt + 1), 500 * 2 ** attempt).unref();
      }
    };
    void deliver(0);
  };
}
