/** The SCORM calls the content frame may forward (the ones scorm-again's cross-frame client sends). */
const ALLOWED = new Set([
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
  'getFlattenedCMI',
]);

interface Call {
  messageId: string;
  method?: string;
  params?: unknown[];
  isHeartbeat?: boolean;
}

const isCall = (data: unknown): data is Call =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Call).messageId === 'string' &&
  (typeof (data as Call).method === 'string' || (data as Call).isHeartbeat === true);

/**
 * The parent side of scorm-again's cross-frame protocol, kept to one frame: only messages from the
 * lecture's own sandboxed frame reach the runtime (its origin is opaque, "null", so the source window
 * is what identifies it), and answers go back to that window alone.
 */
export function bridgeFrame(frame: () => Window | null, runtime: Record<string, unknown>): () => void {
  const onMessage = (event: MessageEvent) => {
    const source = frame();
    if (!source || event.source !== source || !isCall(event.data)) return;
    const call = event.data;
    const reply = (answer: Record<string, unknown>) =>
      source.postMessage({ messageId: call.messageId, ...answer }, '*');
    if (call.isHeartbeat) return reply({ isHeartbeat: true });
    const method = runtime[call.method ?? ''];
    if (!ALLOWED.has(call.method ?? '') || typeof method !== 'function')
      return reply({ error: { message: `Method not allowed: ${call.method}`, code: '101' } });
    try {
      const params = Array.isArray(call.params) ? call.params : [];
      reply({ result: (method as (...args: unknown[]) => unknown).apply(runtime, params) });
    } catch (error) {
      reply({ error: { message: error instanceof Error ? error.message : 'Unknown error' } });
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
