import { endpoints, type QuestionPartContent } from '@hoclieu/contracts';
import {
  Button,
  Checkbox,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpointKey } from '../../../api/use-api-query';
import { useApi } from '../../../app/api-context';
import { DialogForm } from '../../../components/dialog-form';
import { ErrorAlert } from '../../../components/error-alert';
import { RichContent } from '../../../components/rich-content/rich-content';
import {
  type CorrectionTarget,
  correctionBody,
  currentKey,
  type KeyDraft,
  keyIsComplete,
} from './key-correction';

function OptionLabel({ label, html }: { label: string; html: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Text fw={700}>{label}.</Text>
      <RichContent html={html} />
    </Group>
  );
}

/** A part's key as it is being corrected. */
interface KeyEditorProps {
  part: QuestionPartContent;
  value: KeyDraft;
  onChange: (next: KeyDraft) => void;
}

/** The correct option (one choice) or options (several): the part's options to tick. */
function OptionKeyPicker({ part, value, onChange }: KeyEditorProps) {
  const { t } = useTranslation();
  const several = part.type === 'multiple_select';
  const label = t(several ? 'keyCorrection.correctOptions' : 'keyCorrection.correctOption');
  const controls = (
    <Stack gap={6} mt={4}>
      {part.options.map((option) => {
        const control = {
          value: option.label,
          'aria-label': t('questionEditor.option', { label: option.label }),
          label: <OptionLabel label={option.label} html={option.html} />,
        };
        return several ? (
          <Checkbox key={option.label} {...control} />
        ) : (
          <Radio key={option.label} {...control} />
        );
      })}
    </Stack>
  );
  return several ? (
    <Checkbox.Group
      label={label}
      value={value.options}
      onChange={(options) => onChange({ ...value, options: [...options].sort() })}
    >
      {controls}
    </Checkbox.Group>
  ) : (
    <Radio.Group
      label={label}
      value={value.options[0] ?? null}
      onChange={(option) => onChange({ ...value, options: [option] })}
    >
      {controls}
    </Radio.Group>
  );
}

function KeyEditor({ part, value, onChange }: KeyEditorProps) {
  const { t } = useTranslation();
  switch (part.type) {
    case 'single_choice':
    case 'multiple_select':
      return <OptionKeyPicker part={part} value={value} onChange={onChange} />;
    case 'true_false_group':
      return (
        <Stack gap="xs">
          {part.statements.map((statement) => (
            <Group key={statement.label} gap="sm" wrap="nowrap" align="flex-start">
              <SegmentedControl
                size="xs"
                aria-label={t('questionEditor.statementAnswer', { label: statement.label })}
                value={String(value.statements[statement.label])}
                data={[
                  { value: 'true', label: t('questionView.true') },
                  { value: 'false', label: t('questionView.false') },
                ]}
                onChange={(picked) =>
                  onChange({
                    ...value,
                    statements: { ...value.statements, [statement.label]: picked === 'true' },
                  })
                }
              />
              <Text fw={700}>{statement.label})</Text>
              <RichContent html={statement.html} style={{ flex: 1, minWidth: 0 }} />
            </Group>
          ))}
        </Stack>
      );
    default:
      return (
        <TagsInput
          label={t('questionEditor.accepted')}
          description={t('questionEditor.acceptedHint')}
          splitChars={[';']}
          value={value.accepted}
          onChange={(accepted) => onChange({ ...value, accepted })}
        />
      );
  }
}

interface KeyCorrectionDialogProps {
  examId: string;
  itemKey: string;
  targets: CorrectionTarget[];
  opened: boolean;
  onClose: () => void;
  onCorrected: (regraded: number) => void;
}

/** Sửa đáp án: a corrected key and why; the server regrades every attempt and audits the change. */
export function KeyCorrectionDialog({
  examId,
  itemKey,
  targets,
  opened,
  onClose,
  onCorrected,
}: KeyCorrectionDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [targetKey, setTargetKey] = useState(targets[0]?.key ?? itemKey);
  const target = targets.find((candidate) => candidate.key === targetKey) ?? targets[0];
  const [key, setKey] = useState<KeyDraft | null>(target ? currentKey(target.part) : null);
  const [reason, setReason] = useState('');
  const correct = useMutation({
    mutationFn: () => {
      if (!target || !key) throw new Error('No question to correct');
      return api.call(endpoints.assessments.correctKey, {
        params: { examId, key: target.key },
        body: correctionBody(target.part, key, reason.trim()),
      });
    },
    onSuccess: ({ regraded }) => {
      void queryClient.invalidateQueries({
        queryKey: endpointKey(endpoints.assessments.getExam, { params: { examId } }),
      });
      void queryClient.invalidateQueries({ queryKey: endpointKey(endpoints.assessments.results) });
      setReason('');
      onCorrected(regraded);
      onClose();
    },
  });
  if (!target || !key) return null;
  return (
    <DialogForm
      opened={opened}
      onClose={onClose}
      size="lg"
      title={t('keyCorrection.title', { number: itemKey })}
      onSubmit={() => correct.mutate()}
    >
      <Text size="sm" c="dimmed">
        {t('keyCorrection.intro')}
      </Text>
      {targets.length > 1 && (
        <Select
          label={t('keyCorrection.which')}
          allowDeselect={false}
          value={target.key}
          data={targets.map((candidate) => ({
            value: candidate.key,
            label: t('keyCorrection.child', { number: candidate.key }),
          }))}
          onChange={(picked) => {
            const next = targets.find((candidate) => candidate.key === picked);
            if (!next) return;
            setTargetKey(next.key);
            setKey(currentKey(next.part));
          }}
        />
      )}
      <RichContent html={target.part.stem} />
      <KeyEditor part={target.part} value={key} onChange={setKey} />
      <Textarea
        label={t('keyCorrection.reason')}
        description={t('keyCorrection.reasonHint')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      {correct.isError && <ErrorAlert error={correct.error} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          type="submit"
          loading={correct.isPending}
          disabled={reason.trim().length < 3 || !keyIsComplete(target.part, key)}
        >
          {t('keyCorrection.submit')}
        </Button>
      </Group>
    </DialogForm>
  );
}
