/** Fills `:name` segments of a path, and a trailing `*` wildcard from `params['*']` (slashes kept). */
export function buildPath(path: string, params: Record<string, string | number> = {}): string {
  const wildcard = String(params['*'] ?? '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return path.replace(/\*$/, wildcard).replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** The `:name` segments of a path template, as a union of names. */
type ParamName<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamName<Rest>
  : Path extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<Path extends string> = Record<ParamName<Path>, string | number>;

/** `buildPath` for a known template, its parameters checked by name. */
export function pathOf<Path extends string>(path: Path, params: PathParams<Path>): string {
  return buildPath(path, params);
}
