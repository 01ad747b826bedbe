import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';

interface SearchInputProps extends Omit<TextInputProps, 'type' | 'defaultValue' | 'onChange'> {
  /** The query the page opened with (from its address). */
  initial: string | undefined;
  /** How long typing must pause before the query is sent. */
  pauseMs: number;
  /** The trimmed query, or undefined when the box is emptied. */
  onSearch: (q: string | undefined) => void;
}

/** A search box that sends its query once typing pauses, rather than at every key. */
export function SearchInput({ initial, pauseMs, onSearch, ...props }: SearchInputProps) {
  const search = useDebouncedCallback((q: string) => onSearch(q.trim() || undefined), pauseMs);
  return (
    <TextInput
      type="search"
      defaultValue={initial ?? ''}
      onChange={(event) => search(event.currentTarget.value)}
      {...props}
    />
  );
}
