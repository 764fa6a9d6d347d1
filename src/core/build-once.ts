/**
 * Runs each key's build once and keeps the promise, so every later call for the key shares the
 * result. A build that fails is not kept: the next call for its key tries again.
 */
export function buildOnceEach<T>(): (key: string, build: () => Promise<T>) => Promise<T> {
  const built = new Map<string, Promise<T>>();
  return (key, build) => {
    let result = built.get(key);
    if (!result) {
      result = build();
      result.catch(() => built.delete(key));
      built.set(key, result);
    }
    return result;
  };
}
