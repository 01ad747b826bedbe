import type { ImportProblem } from '@hoclieu/contracts';
import { List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The server's findings, errors first: red must be fixed, yellow is worth a look. Each says where. */
export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <List spacing={4} size="sm" center data-testid="problem-list">
      {sorted.map((problem, index) => {
        const error = problem.severity === 'error';
        return (
          <List.Item
            key={`${problem.code}-${index}`}
            data-severity={problem.severity}
            icon={
              <ThemeIcon size={18} radius="xl" color={error ? 'red' : 'yellow'} aria-hidden>
                <Text span fz={11} fw={700} c={error ? 'white' : 'dark'}>
                  !
                </Text>
              </ThemeIcon>
            }
          >
            <Text span size="sm" c={error ? 'red.8' : 'yellow.9'} fw={600}>
              {error ? t('questionCheck.error') : t('questionCheck.warning')}
              {problem.location ? ` · ${problem.location}` : ''}:
            </Text>{' '}
            <Text span size="sm">
              {problem.message}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
