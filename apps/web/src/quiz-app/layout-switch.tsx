import type { QuizLayout } from './quiz-marks';
import { texts } from './texts';

/** Cách hiển thị: Từng câu / Cả bài, as two radios drawn as one segmented control. */
export function LayoutSwitch({
  layout,
  onChange,
}: {
  layout: QuizLayout;
  onChange: (layout: QuizLayout) => void;
}) {
  const options = [
    { value: 'single', label: texts.layoutSingle },
    { value: 'all', label: texts.layoutAll },
  ] as const;
  return (
    <div role="radiogroup" aria-label={texts.layoutLabel} className="q-segmented">
      {options.map((option) => (
        <label key={option.value} data-active={layout === option.value || undefined}>
          <input
            type="radio"
            name="quiz-layout"
            value={option.value}
            checked={layout === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
