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

const signers = [
  { title: 'reports.signature.preparer', hint: 'reports.signature.signHint' },
  { title: 'reports.signature.head', hint: 'reports.signature.signSealHint' },
] as const;

/** Người lập biểu and Thủ trưởng đơn vị sign the paper copy; never shown on screen. */
export function SignatureBlock() {
  const { t } = useTranslation();
  return (
    <div className="print-only report-signatures" data-testid="signature-block">
      <Text ta="right" fs="italic" mb="sm">
        {t('reports.signature.place')}
      </Text>
      <Group justify="space-around" align="flex-start">
        {signers.map((signer) => (
          <Stack key={signer.title} gap={2} align="center">
            <Text fw={700}>{t(signer.title)}</Text>
            <Text size="sm" fs="italic">
              {t(signer.hint)}
            </Text>
          </Stack>
        ))}
      </Group>
    </div>
  );
}
