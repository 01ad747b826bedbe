import type { PlanKpi, ShareFigure } from '@hoclieu/contracts';
import { useTranslation } from 'react-i18next';
import { useShareFormat } from './share-format';

/**
 * How a figure was computed, written in the reader's language from the figure's own counts. The
 * API's `formula` stays the Vietnamese sentence of the export and of API clients; the page writes
 * its own so that English mode has no Vietnamese left.
 */
export function useFormulaText() {
  const { t, i18n } = useTranslation();
  const format = useShareFormat();
  const count = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return {
    /** "12 tiết trực tuyến ÷ 1.015 tiết chương trình = 1,18 % (chỉ tiêu 7 %; …)". */
    share(figure: ShareFigure): string {
      if (figure.share === null) return t('reports.formulas.noProgramme');
      const target =
        figure.target === null
          ? t('reports.formulas.noTarget')
          : t('reports.formulas.target', { value: format.target(figure.target) });
      return t('reports.formulas.share', {
        online: count(figure.online),
        programme: count(figure.programme),
        share: format.share(figure.share),
        target,
        needed: count(Math.ceil((figure.target ?? 0) * figure.programmeToDate)),
      });
    },
    /** "3 trong 10 trường có học liệu chia sẻ từ cấp trường trở lên = 30 %". */
    planKpi(item: PlanKpi): string {
      const text = t(`reports.formulas.${item.kpi}`, {
        numerator: count(item.numerator),
        denominator: count(item.denominator),
        subjects: item.topicTrees || t('reports.formulas.noTopicTrees'),
      });
      if (item.value === null) return text;
      return `${text} = ${(Math.round(item.value * 1000) / 10).toLocaleString(i18n.language)} %`;
    },
  };
}
