import type { CalendarDate } from '@hoclieu/domain';
import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownDate, shownDateTime, typedDate, typedDateTime } from './typed-date';

const kinds = {
  date: {
    shown: shownDate,
    typed: typedDate,
    placeholder: 'common.datePlaceholder',
    invalid: 'common.dateInvalid',
  },
  'datetime-local': {
    shown: shownDateTime,
    typed: typedDateTime,
    placeholder: 'common.dateTimePlaceholder',
    invalid: 'common.dateTimeInvalid',
  },
} as const;

interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> {
  /** A date (the default) or a date with a 24-hour time, 'YYYY-MM-DDTHH:mm' as `datetime-local` holds it. */
  kind?: keyof typeof kinds;
  /** The calendar date 'YYYY-MM-DD' (or date and time), or '' when none. */
  value: CalendarDate;
  /** Called with 'YYYY-MM-DD' once a whole day is typed (or picked), '' when cleared or not a day. */
  onChange: (value: CalendarDate) => void;
  /** The calendar picker's bounds; a typed day outside them is left to the form's own check. */
  min?: CalendarDate;
  max?: CalendarDate;
}

/**
 * A date typed and shown as dd/mm/yyyy whatever the device's language (a browser's own date input
 * follows the device, 05/12/2026 on an English one); the calendar button opens the browser's picker.
 */
export function DateField({ kind = 'date', value, onChange, min, max, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const { shown, typed, placeholder, invalid } = kinds[kind];
  const [text, setText] = useState(() => shown(value));
  const [editing, setEditing] = useState(false);
  const emitted = useRef(value);
  const picker = useRef<HTMLInputElement>(null);
  // A value set from outside (a reset, a picked day) replaces what is typed; our own echo does not.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(shown(value));
    }
  }, [value, shown]);

  const emit = (day: CalendarDate) => {
    emitted.current = day;
    if (day !== value) onChange(day);
  };
  const read = typed(text);
  const wrong = !editing && text.trim() !== '' && read === null;

  return (
    <TextInput
      {...props}
      value={text}
      placeholder={props.placeholder ?? t(placeholder)}
      // A phone's digit pad has no "/": a date is also read from its eight digits (12052026).
      inputMode={kind === 'date' ? 'numeric' : undefined}
      autoComplete="off"
      error={error ?? (wrong ? t(invalid) : undefined)}
      onChange={(event) => {
        const input = event.currentTarget.value;
        setText(input);
        emit(typed(input) ?? '');
      }}
      onFocus={(event) => {
        setEditing(true);
        props.onFocus?.(event);
      }}
      onBlur={(event) => {
        setEditing(false);
        if (read !== null) setText(shown(read));
        props.onBlur?.(event);
      }}
      rightSection={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('common.pickDate')}
            onClick={() => {
              const input = picker.current;
              if (input && 'showPicker' in input) {
                try {
                  input.showPicker();
                } catch {
                  // Some browsers refuse the picker outside a user gesture; typing still works.
                }
              }
            }}
          >
            <svg
              width="16"
              height="16"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden
            >
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
          </ActionIcon>
          <input
            ref={picker}
            type={kind}
            tabIndex={-1}
            aria-hidden
            value={read ?? value}
            min={min}
            max={max}
            onChange={(event) => {
              const day = event.currentTarget.value;
              setText(shown(day));
              emit(day);
            }}
            style={{
              position: 'absolute',
              width: 1,
              height: 1,
              opacity: 0,
              pointerEvents: 'none',
              bottom: 0,
            }}
          />
        </>
      }
    />
  );
}
