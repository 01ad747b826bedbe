import type { SimilarQuestion } from '@hoclieu/contracts';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MathText } from '../../../components/rich-content/math-text';

/**
 * "Có câu hỏi gần giống": near-duplicates in the viewer's scope. Links open a new tab, so the
 * question being written or imported stays as it is.
 */
export function SimilarQuestions({ similar }: { similar: SimilarQuestion[] }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  if (similar.length === 0) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Alert color="yellow" variant="light" title={t('questionCheck.similar')} role="status">
      <List size="sm" spacing={4}>
        {similar.map((question) => (
          <List.Item key={question.id}>
            <Anchor
              href={
                router.buildLocation({
                  to: '/ngan-hang-cau-hoi/$questionId',
                  params: { questionId: question.id },
                }).href
              }
              target="_blank"
              rel="noopener"
              size="sm"
            >
              {question.stemText ? <MathText text={question.stemText} /> : t('questionCheck.untitled')}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              ({t('questionCheck.similarity', { value: percent.format(question.similarity) })})
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
