import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A whole number of minutes ("45 phút"), one at least unless `min` says more: an exam's duration, a
 * time limit, a student's extra time.
 */
export function MinutesInput(props: Omit<NumberInputProps, 'suffix' | 'allowDecimal'>) {
  const { t } = useTranslation();
  return (
    <NumberInput suffix={` ${t('examBuilder.minutesSuffix')}`} min={1} allowDecimal={false} {...props} />
  );
}
