import { type ChangeEvent, useState } from 'react';

/**
 * A form's text values in one state: `bind(key)` gives an input its value and change handler,
 * `set(key, value)` fills one from elsewhere (a picked demo account).
 */
export function useTextFields<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof V, value: string) => setValues((current) => ({ ...current, [key]: value }));
  const bind = (key: keyof V) => ({
    value: values[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value),
  });
  return { values, set, bind };
}
