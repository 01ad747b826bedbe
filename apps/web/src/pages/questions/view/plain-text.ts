/** A question's HTML as one line of text (math as its LaTeX), for labels and titles. */
export function plainText(html: string, maxLength = 120): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const math of template.content.querySelectorAll('.math[data-latex]')) {
    math.textContent = ` ${math.getAttribute('data-latex') ?? ''} `;
  }
  for (const image of template.content.querySelectorAll('img')) image.replaceWith(' ');
  const text = (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
