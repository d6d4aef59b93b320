/** Reads `read` every `step` ms until `ok` holds or `timeout` ms pass; resolves with the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 5_000, step = 100): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, step));
    value = await read();
  }
  return value;
}
