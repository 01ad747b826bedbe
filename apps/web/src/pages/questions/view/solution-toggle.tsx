import { Button, Collapse, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RichContent } from '../../../components/rich-content/rich-content';

/** Lời giải, folded away so a question can be read (or projected) without its answer first. */
export function SolutionToggle({ html }: { html: string }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={id}
        style={{ alignSelf: 'flex-start' }}
      >
        {opened ? t('questionView.hideSolution') : t('questionView.showSolution')}
      </Button>
      <Collapse expanded={opened} id={id}>
        <Paper bg="gray.0" p="sm" radius="sm">
          <RichContent html={html} />
        </Paper>
      </Collapse>
    </Stack>
  );
}
