import { useEffect, useRef } from 'react';

/** A ref that holds true while the component is mounted: late answers check it before setting state. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
