import type { CognitiveLevel } from '@hoclieu/contracts';
import { ActionIcon, NumberInput, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  cellKey,
  countOf,
  type ExamMatrix,
  type MatrixRow,
  type MatrixType,
  matrixLevels,
  matrixTypes,
  removeRow,
  setCount,
  totalOf,
} from './exam-matrix';

/** What the last draw could not fill in one cell, and the server's reason (Vietnamese). */
export interface CellShortfall {
  wanted: number;
  found: number;
  reason: string;
}

interface MatrixTableProps {
  matrix: ExamMatrix;
  onChange: (next: ExamMatrix) => void;
  shortfalls: Map<string, CellShortfall>;
}

const objectiveTypes = matrixTypes.filter((type) => type !== 'essay');

function CountCell({
  row,
  type,
  level,
  matrix,
  onChange,
  shortfall,
}: {
  row: MatrixRow;
  type: MatrixType;
  level: CognitiveLevel;
  matrix: ExamMatrix;
  onChange: (next: ExamMatrix) => void;
  shortfall: CellShortfall | undefined;
}) {
  const { t } = useTranslation();
  const count = countOf(matrix, row.topicId, type, level);
  const topic = row.topicId === null ? t('examMatrix.noTopic') : row.title;
  return (
    <Table.Td
      p={4}
      ta="center"
      bg={shortfall ? 'red.1' : undefined}
      data-shortfall={shortfall ? true : undefined}
      title={shortfall?.reason}
    >
      <NumberInput
        size="xs"
        w={52}
        mx="auto"
        hideControls
        allowDecimal={false}
        allowNegative={false}
        min={0}
        max={100}
        value={count === 0 ? '' : count}
        placeholder="0"
        // The error element carries the server's reason: the input is described by it.
        error={
          shortfall && (
            <>
              {t('examMatrix.foundOfWanted', { found: shortfall.found, wanted: shortfall.wanted })}
              <span className="visually-hidden">. {shortfall.reason}</span>
            </>
          )
        }
        aria-label={t('examMatrix.cellLabel', {
          topic,
          type: t(`questions.types.${type}`),
          level: t(`questions.levels.${level}`),
        })}
        onChange={(value) => onChange(setCount(matrix, row.topicId, type, level, Number(value) || 0))}
      />
    </Table.Td>
  );
}

/**
 * Ma trận đề in the Công văn 7991 layout: a row per topic, for each format (Nhiều lựa chọn, Đúng/Sai,
 * Trả lời ngắn, Tự luận) a column per level, then the totals per level and per row.
 */
export function MatrixTable({ matrix, onChange, shortfalls }: MatrixTableProps) {
  const { t } = useTranslation();
  const levelHeads = (group: string) =>
    matrixLevels.map((level) => (
      <Table.Th key={`${group}-${level}`} ta="center" fz="xs">
        {t(`questions.levels.${level}`)}
      </Table.Th>
    ));
  return (
    <Table.ScrollContainer minWidth={1020}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label={t('examMatrix.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={3} w={36}>
              {t('examMatrix.number')}
            </Table.Th>
            <Table.Th rowSpan={3} miw={180}>
              {t('examMatrix.topic')}
            </Table.Th>
            <Table.Th colSpan={9} ta="center">
              {t('examMatrix.objective')}
            </Table.Th>
            <Table.Th colSpan={3} rowSpan={2} ta="center">
              {t('questions.types.essay')}
            </Table.Th>
            <Table.Th colSpan={3} rowSpan={2} ta="center">
              {t('examMatrix.total')}
            </Table.Th>
            <Table.Th rowSpan={3} ta="center">
              {t('examMatrix.rowTotal')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {objectiveTypes.map((type) => (
              <Table.Th key={type} colSpan={3} ta="center">
                {t(`questions.types.${type}`)}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {matrixTypes.map((type) => levelHeads(type))}
            {levelHeads('total')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.rows.map((row, index) => (
            <Table.Tr key={row.topicId ?? 'none'} data-testid={`matrix-row-${row.topicId ?? 'none'}`}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" span>
                  {row.topicId === null ? t('examMatrix.noTopic') : row.title}
                </Text>
                {row.topicId !== null && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    ml={4}
                    aria-label={t('examMatrix.removeRow', { topic: row.title })}
                    onClick={() => row.topicId && onChange(removeRow(matrix, row.topicId))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Table.Td>
              {matrixTypes.map((type) =>
                matrixLevels.map((level) => (
                  <CountCell
                    key={`${type}-${level}`}
                    row={row}
                    type={type}
                    level={level}
                    matrix={matrix}
                    onChange={onChange}
                    shortfall={shortfalls.get(cellKey(row.topicId, type, level))}
                  />
                )),
              )}
              {matrixLevels.map((level) => (
                <Table.Td key={level} ta="center" fw={600}>
                  {totalOf(matrix, { topicId: row.topicId, level })}
                </Table.Td>
              ))}
              <Table.Td ta="center" fw={700}>
                {totalOf(matrix, { topicId: row.topicId })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="matrix-totals">
            <Table.Th colSpan={2}>{t('examMatrix.columnTotal')}</Table.Th>
            {matrixTypes.map((type) =>
              matrixLevels.map((level) => (
                <Table.Th key={`${type}-${level}`} ta="center">
                  {totalOf(matrix, { type, level })}
                </Table.Th>
              )),
            )}
            {matrixLevels.map((level) => (
              <Table.Th key={level} ta="center">
                {totalOf(matrix, { level })}
              </Table.Th>
            ))}
            <Table.Th ta="center">{totalOf(matrix)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
