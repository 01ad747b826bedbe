import { createContext, type ReactNode, useContext } from 'react';

/**
 * A context its readers cannot do without: the provider, and a hook that throws `outside` when
 * called where no provider stands above.
 */
export function requiredContext<T>(outside: string) {
  const Context = createContext<T | null>(null);
  function Provider({ value, children }: { value: T; children: ReactNode }) {
    return <Context value={value}>{children}</Context>;
  }
  function useRequired(): T {
    const value = useContext(Context);
    if (value === null) throw new Error(outside);
    return value;
  }
  return { Provider, useRequired };
}
