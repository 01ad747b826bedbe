/** SCORM 1.2 CMITimespan (`HHHH:MM:SS.SS`) or SCORM 2004 timeinterval (`PT1H2M3.5S`) in seconds. */
export function timeSeconds(value: string): number {
  const hms = value.match(/^(\d{1,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = value.match(
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/,
  );
  if (!iso) return 0;
  const [, d = '0', h = '0', m = '0', s = '0'] = iso;
  return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/** Seconds as the version writes a time: `0002:05:00` (1.2) or `PT7500S` (2004). */
export function formatTime(version: '1.2' | '2004', seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (version === '2004') return `PT${whole}S`;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.min(9999, Math.floor(whole / 3600)), 4)}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
}
