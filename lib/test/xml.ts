/**
 * A small XML well-formedness check for unit tests (Node has no XML parser and we add no package):
 * balanced, properly nested tags, quoted attributes, only known or numeric entities, and no raw `<`
 * or `&` in text. Enough for the documents Bobine writes; the e2e tests use the browser's DOMParser.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
  let last = 0;
  const checkText = (text: string) => {
    if (text.includes('<')) problems.push(`raw < in text: ${text.slice(0, 40)}`);
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad entity ${m[0]}`);
    }
  };
  for (let m = token.exec(body); m; m = token.exec(body)) {
    checkText(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (!m[2]) continue;
    for (const a of (m[3] ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) checkText(a[1] ?? a[2] ?? '');
    if (m[1]) {
      const open = stack.pop();
      if (open !== m[2]) problems.push(`</${m[2]}> closes <${open}>`);
    } else if (!m[4]) stack.push(m[2]);
  }
  checkText(body.slice(last));
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}
