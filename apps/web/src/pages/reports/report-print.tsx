import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVietnamFormat } from '../../components/vietnam-format';

interface PrintHeadingProps {
  unit: string;
  schoolYear: string;
  asOf: string;
}

/** The formal heading of the printed report; on screen the page header says the same. */
export function PrintHeading({ unit, schoolYear, asOf }: PrintHeadingProps) {
  const { t } = useTranslation();
  const date = useVietnamFormat().day;
  return (
    <Stack gap={2} className="print-only report-print-heading" ta="center">
      <Title order={1} fz={20}>
        {t('reports.printTitle')}
      </Title>
      <Text fw={700}>{unit}</Text>
      <Text size="sm">
        {t('reports.schoolYear')}: {schoolYear} · {t('reports.asOf')}: {date(asOf)}
      </Text>
    </Stack>
  );
}

/** Người lập biểu and Thủ trưởng đơn vị sign the paper copy; never shown on screen. */
export function SignatureBlock() {
  const { t } = useTranslation();
  return (
    <div className="print-only report-signatures" data-testid="signature-block">
      <Text ta="right" fs="italic" mb="sm">
        {t('reports.signature.place')}
      </Text>
      <Group justify="space-around" align="flex-start">
        <Stack gap={2} align="center">
          <Text fw={700}>{t('reports.signature.preparer')}</Text>
          <Text size="sm" fs="italic">
            {t('reports.signature.signHint')}
          </Text>
        </Stack>
        <Stack gap={2} align="center">
          <Text fw={700}>{t('reports.signature.head')}</Text>
          <Text size="sm" fs="italic">
            {t('reports.signature.signSealHint')}
          </Text>
        </Stack>
      </Group>
    </div>
  );
}
