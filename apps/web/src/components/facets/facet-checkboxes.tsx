import { Checkbox, Stack, Text } from '@mantine/core';

/** Counts per value of each facet, as a search answers them. */
export type FacetCounts = Record<string, Record<string, number>>;

interface FacetCheckboxesProps<F extends string> {
  /** The facets shown, in this order. */
  facets: readonly F[];
  counts: FacetCounts;
  /** Facets whose values keep a fixed order (types, scopes, levels); others go by count. */
  canonical: Partial<Record<F, readonly string[]>>;
  chosen: (facet: F) => string[];
  legend: (facet: F) => string;
  label: (facet: F, value: string) => string;
  onToggle: (facet: F, value: string) => void;
}

function ordered<F extends string>(
  facet: F,
  values: string[],
  counts: Record<string, number>,
  canonical: Partial<Record<F, readonly string[]>>,
): string[] {
  const order = canonical[facet];
  if (order) return [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (facet === 'grade') return [...values].sort((a, b) => Number(a) - Number(b));
  return [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
}

/** One group of checkboxes per facet, each value with its count; chosen values stay even at zero. */
export function FacetCheckboxes<F extends string>(props: FacetCheckboxesProps<F>) {
  const { facets, counts: all, canonical, chosen: chosenOf, legend, label, onToggle } = props;
  return (
    <Stack gap="md">
      {facets.map((facet) => {
        const counts = all[facet] ?? {};
        const chosen = chosenOf(facet);
        const values = ordered(facet, [...new Set([...Object.keys(counts), ...chosen])], counts, canonical);
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className="facet-group">
            <Text component="legend" size="sm" fw={600} mb={6}>
              {legend(facet)}
            </Text>
            <Stack gap={6}>
              {values.map((value) => (
                <Checkbox
                  key={value}
                  size="sm"
                  label={
                    <>
                      {label(facet, value)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({counts[value] ?? 0})
                      </Text>
                    </>
                  }
                  checked={chosen.includes(value)}
                  onChange={() => onToggle(facet, value)}
                />
              ))}
            </Stack>
          </fieldset>
        );
      })}
    </Stack>
  );
}
