import { Select, type SelectProps } from '@mantine/core';

const ALL = 'all';

interface FilterSelectProps<V extends string>
  extends Pick<SelectProps, 'label' | 'placeholder' | 'w' | 'miw'> {
  value: V | undefined;
  options: { value: V; label: string }[];
  /**
   * The unfiltered list as a first choice "all" (under this label); without it the field starts empty
   * (its placeholder says what that means) and can be cleared.
   */
  allLabel?: string;
  /** Gets undefined when the filter is taken off. */
  onChange: (value: V | undefined) => void;
}

/** A list filter's select: one of the options, or none (the whole list). */
export function FilterSelect<V extends string>({
  value,
  options,
  allLabel,
  onChange,
  ...select
}: FilterSelectProps<V>) {
  const withAll = allLabel !== undefined;
  return (
    <Select
      {...select}
      data={withAll ? [{ value: ALL, label: allLabel }, ...options] : options}
      value={value ?? (withAll ? ALL : null)}
      clearable={!withAll}
      allowDeselect={!withAll}
      onChange={(next) => onChange(next && next !== ALL ? (next as V) : undefined)}
    />
  );
}
