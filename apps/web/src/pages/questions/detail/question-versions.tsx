import { endpoints, type QuestionDetail } from '@hoclieu/contracts';
import { Anchor, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/use-api-query';
import { QueryView } from '../../../components/query-view';
import { VersionList } from '../../../components/version-heading';
import { useVietnamFormat } from '../../../components/vietnam-format';
import { QuestionView } from '../view/question-view';

function VersionDialog({
  questionId,
  number,
  onClose,
}: {
  questionId: string;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const version = useApiQuery(endpoints.questions.version, { params: { questionId, number } });
  return (
    <Modal opened onClose={onClose} size="lg" title={t('questions.version', { number })}>
      <QueryView query={version}>{(data) => <QuestionView content={data.content} />}</QueryView>
    </Modal>
  );
}

/** Every version, newest first; an earlier one opens read-only (exams keep the version they used). */
export function QuestionVersions({ question }: { question: QuestionDetail }) {
  const { t } = useTranslation();
  const when = useVietnamFormat();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <VersionList
        of={question}
        labels={{
          title: (number) => t('questions.version', { number }),
          current: t('questionDetail.current'),
        }}
        gap="xs"
        testId="question-versions"
        aside={(version, current) =>
          !current && (
            <Anchor component="button" size="sm" onClick={() => setOpen(version.number)}>
              {t('questionDetail.viewVersion')}
            </Anchor>
          )
        }
      >
        {(version) => (
          <Text size="xs" c="dimmed">
            {[version.createdBy, when.date(version.createdAt)].filter(Boolean).join(' · ')}
          </Text>
        )}
      </VersionList>
      {open !== null && (
        <VersionDialog questionId={question.id} number={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
