/**
 * Markdown an attacker might put in "their own notes", each trying to run script. Every
 * payload calls alert() or logs XSS-MARKER, so a browser test can see any that runs.
 */
export const hostileCorpus: readonly { name: string; markdown: string }[] = [
  { name: 'script tag', markdown: '<script>console.log("XSS-MARKER")</script>' },
  { name: 'script tag inline', markdown: 'Hello <script>alert(1)</script> world' },
  { name: 'img onerror', markdown: '<img src=x onerror="console.log(\'XSS-MARKER\')">' },
  { name: 'svg onload', markdown: '<svg onload="alert(1)"><circle r="4"/></svg>' },
  { name: 'svg with script', markdown: '<svg><script>console.log("XSS-MARKER")</script></svg>' },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  {
    name: 'details ontoggle',
    markdown: '<details open ontoggle="alert(1)"><summary>x</summary></details>',
  },
  { name: 'body onload', markdown: '<body onload=alert(1)>' },
  {
    name: 'style expression',
    markdown: '<div style="background:url(javascript:alert(1))">x</div>',
  },
  { name: 'javascript link', markdown: '[click](javascript:alert(1))' },
  { name: 'mixed case javascript link', markdown: '[click](JaVaScRiPt:alert(1))' },
  { name: 'entity-encoded javascript link', markdown: '[click](&#106;avascript:alert(1))' },
  { name: 'tab in scheme', markdown: '[click](java\tscript:alert(1))' },
  { name: 'javascript autolink', markdown: '<javascript:alert(1)>' },
  { name: 'javascript reference link', markdown: '[click][r]\n\n[r]: javascript:alert(1)' },
  { name: 'javascript image', markdown: '![x](javascript:alert(1))' },
  {
    name: 'data html link',
    markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  },
  {
    name: 'data svg image',
    markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  },
  { name: 'vbscript link', markdown: '[x](vbscript:msgbox(1))' },
  {
    name: 'link title breaking out',
    markdown: '[x](https://example.org "a\\" onmouseover=\\"alert(1))',
  },
  {
    name: 'attribute in link text',
    markdown: '[<img src=x onerror=alert(1)>](https://example.org)',
  },
  { name: 'KaTeX \\href javascript', markdown: '$\\href{javascript:alert(1)}{click}$' },
  { name: 'KaTeX \\url', markdown: '$\\url{javascript:alert(1)}$' },
  { name: 'KaTeX \\htmlData', markdown: '$\\htmlData{onload=alert(1)}{x}$' },
  {
    name: 'KaTeX \\htmlId and \\htmlClass',
    markdown: '$$\\htmlId{x" onmouseover="alert(1)}{a} \\htmlClass{y}{b}$$',
  },
  { name: 'KaTeX \\htmlStyle', markdown: '$\\htmlStyle{background:url(javascript:alert(1))}{x}$' },
  { name: 'KaTeX \\includegraphics', markdown: '$\\includegraphics{javascript:alert(1)}$' },
  { name: 'KaTeX \\color injection', markdown: '$\\color{red" onmouseover="alert(1)}{x}$' },
  { name: 'TeX with closing tags', markdown: '$\\text{</span><script>alert(1)</script>}$' },
  { name: 'tag with markup', markdown: '$$ x \\tag{<img src=x onerror=alert(1)>} $$' },
  {
    name: 'label with quotes',
    markdown: '$$ x \\label{a" onmouseover="alert(1)} $$\n\nsee \\eqref{a" onmouseover="alert(1)}',
  },
  { name: 'eqref to markup', markdown: '\\eqref{<script>alert(1)</script>}' },
  { name: 'heading with markup', markdown: '# <img src=x onerror=alert(1)> title' },
  { name: 'dl8 block with markup id', markdown: '```dl8 <script>alert(1)</script>\n```' },
  {
    name: 'dl8 block with markup values',
    markdown: '```dl8 higher-order-effects\ndepth: <img src=x onerror=alert(1)>\n```',
  },
  {
    name: 'dl8 block with markup key',
    markdown: '```dl8 higher-order-effects\n"><script>alert(1)</script>: 1\n```',
  },
  { name: 'fence info with quotes', markdown: '```js" onmouseover="alert(1)\ncode\n```' },
  { name: 'html comment trick', markdown: '<!-- --><script>alert(1)</script> -->' },
  {
    name: 'form action',
    markdown: '<form action="javascript:alert(1)"><button>go</button></form>',
  },
  {
    name: 'meta refresh',
    markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  },
  { name: 'base href', markdown: '<base href="javascript:alert(1)//">' },
  { name: 'object data', markdown: '<object data="javascript:alert(1)"></object>' },
  { name: 'math tag', markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
];
