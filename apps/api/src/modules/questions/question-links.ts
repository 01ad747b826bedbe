import type sanitizeHtml from 'sanitize-html';

/** Only web links: no `javascript:`, `data:`, `file:`, relative or protocol-relative targets. */
const WEB_LINK = /^https?:\/\/[^\s/?#]+/i;

/**
 * A question's link keeps only its web address and always opens in a new tab without giving the
 * page a handle on ours. Any other link loses its tag (renamed to one the policy does not allow,
 * so sanitize-html drops it) and keeps its text.
 */
export const questionLink: sanitizeHtml.Transformer = (_tagName, attribs): sanitizeHtml.Tag => {
  const href = (attribs.href ?? '').trim();
  if (!WEB_LINK.test(href)) return { tagName: 'unsafe-link', attribs: {} };
  return { tagName: 'a', attribs: { href, rel: 'noopener noreferrer', target: '_blank' } };
};
