import type { QuestionStatement } from '@hoclieu/contracts';
import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';
import { wrappingBadgeStyles } from '../../../components/wrapping-badge';

/** The four statements a)–d) of a Đúng/Sai question, each with its answer for staff. */
export function StatementsView({
  statements,
  showAnswers,
}: {
  statements: QuestionStatement[];
  showAnswers: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder layout="fixed" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={40} aria-label={t('questionView.statement')} />
          <Table.Th>{t('questionView.statement')}</Table.Th>
          {/* Wide enough for "FALSE" / "SAI" in a badge; a longer word wraps rather than being cut. */}
          {showAnswers && <Table.Th w={96}>{t('questionView.answer')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {statements.map((statement) => (
          <Table.Tr key={statement.label}>
            <Table.Td fw={700}>{statement.label})</Table.Td>
            <Table.Td>
              <RichContent html={statement.html} />
            </Table.Td>
            {showAnswers && (
              <Table.Td>
                <Badge
                  color={statement.correct ? 'teal' : 'red'}
                  variant="light"
                  styles={wrappingBadgeStyles}
                >
                  {statement.correct ? t('questionView.true') : t('questionView.false')}
                </Badge>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
