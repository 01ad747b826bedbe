// Functions run inside the page (page.addInitScript / page.evaluate): no imports, no closures.

/** Installed before any page script: records CSP violations and whether a payload ever ran. */
export function trapScript() {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  });
}

interface Findings {
  ran: unknown;
  csp: string[];
  dangerous: string[];
}

/** What a payload left in the page: the flag, CSP reports, and any element that could run script. */
export function inspectPage(): Findings {
  const w = window as unknown as { __xss?: unknown; __csp: string[] };
  const dangerous: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith('on')) dangerous.push(`${tag}[${attribute.name}]`);
      if (/^(javascript|vbscript|data:text\/html)/.test(value.replace(/\s/g, '')))
        dangerous.push(`${tag}[${attribute.name}=${value.slice(0, 40)}]`);
      if (attribute.name === 'srcdoc') dangerous.push(`${tag}[srcdoc]`);
    }
    if (['object', 'embed', 'form'].includes(tag)) dangerous.push(tag);
    // A frame runs in our origin unless sandboxed; the only unsandboxed one allowed is the PDF
    // preview of a stored file, served by our API (nosniff, its checked content type).
    if (tag === 'iframe' && !element.hasAttribute('sandbox')) {
      const src = new URL(element.getAttribute('src') ?? 'about:blank', location.href);
      if (src.origin !== location.origin || !src.pathname.startsWith('/api/'))
        dangerous.push(`iframe without sandbox: ${src.href}`);
    }
    // Scripts belong in <head>, put there by the build; one in the body came from content.
    if (tag === 'script' && element.closest('body'))
      dangerous.push(`script in body: ${element.textContent?.slice(0, 40)}`);
  }
  // zod probes once whether it may compile validators with `Function('')` (caught, then it
  // interprets): under our CSP that probe is reported as an eval violation with no sample. It runs
  // when the contracts' schemas are defined, before any configuration could say `jitless`. Not
  // content's doing; every other violation counts.
  const csp = w.__csp.filter((report) => report !== 'script-src eval ');
  return { ran: w.__xss ?? null, csp, dangerous };
}
