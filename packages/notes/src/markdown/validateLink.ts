/**
 * Allows only `http:`/`https:` URLs, `mailto:` addresses and `#fragment` anchors as link or
 * image targets; every other scheme (javascript:, data:, vbscript:, file:, relative paths) is
 * refused, so markdown-it renders the source text instead of a link.
 */
export function validateLink(url: string): boolean {
  const target = url.trim();
  if (target.startsWith('#')) return /^#[^\s"'<>`]*$/.test(target);
  return /^(?:https?:\/\/[^\s"'<>`]+|mailto:[^\s"'<>`]+)$/i.test(target);
}
