import { Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FoldedSection } from '../../../components/folded-section';
import { RichContent } from '../../../components/rich-content/rich-content';

/** Lời giải, folded away so a question can be read (or projected) without its answer first. */
export function SolutionToggle({ html }: { html: string }) {
  const { t } = useTranslation();
  return (
    <FoldedSection
      label={(opened) => (opened ? t('questionView.hideSolution') : t('questionView.showSolution'))}
    >
      <Paper bg="gray.0" p="sm" radius="sm">
        <RichContent html={html} />
      </Paper>
    </FoldedSection>
  );
}
