/**
 * Script text made safe to sit between `<script>` and `</script>`: every `</script` becomes
 * `<\/script` (the same characters to JavaScript wherever they can legally occur: strings,
 * regular expressions, comments). Text holding `<!--`, which would switch the HTML parser
 * into its escaped script state, is refused.
 */
export function inlineScript(code: string): string {
  if (code.includes('<!--')) {
    throw new Error('inlineScript: the script contains "<!--", which cannot be inlined safely');
  }
  return code.replace(/<\/(script)/gi, '<\\/$1');
}
