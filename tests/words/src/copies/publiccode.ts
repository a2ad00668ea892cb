// publiccode.yml's status, rendered from content/status: the licence field (the texts' CC BY 4.0
// only once the municipality has decided it) and, at the end of each language's long
// description, a paragraph that starts with the status title ("Läget i dag:").
import type { KitStatus, Locale } from '@ljungby/focus-content';
import { format, resolveConfig } from 'prettier';
import YAML, { isScalar } from 'yaml';
import { statusSaid } from '../rules/status.ts';

export const publiccodeFile = 'publiccode.yml';

/** The licence field: SPDX, code and (once decided) texts and illustrations. */
export const publiccodeLicence = (status: KitStatus): string =>
  status.licenceDecided ? 'MIT AND CC-BY-4.0' : 'MIT';

const statusTopics = ['adoption', 'licence', 'profile', 'packages', 'code'] as const;

export async function renderPubliccode(
  text: string,
  status: KitStatus,
  root: string,
  filepath: string,
): Promise<string> {
  const doc = YAML.parseDocument(text);
  doc.setIn(['legal', 'license'], publiccodeLicence(status));
  for (const lang of ['sv', 'en'] as const satisfies Locale[]) {
    const node = doc.getIn(['description', lang, 'longDescription'], true);
    if (!isScalar(node))
      throw new Error(`${publiccodeFile}: description.${lang}.longDescription is missing`);
    const said = statusSaid(root, status, lang);
    const current = String(node.value);
    const at = current.indexOf(`${said.title}:`);
    const base = (at >= 0 ? current.slice(0, at) : current).trimEnd();
    const sentences = statusTopics.map((t) => said.say[t]).join(' ');
    // A folded scalar keeps its wrapped lines; one line break in the value is a new paragraph.
    node.value = `${base}\n${said.title}: ${sentences}`;
  }
  const yaml = `${doc.toString({ lineWidth: 100 }).trimEnd()}\n`;
  return format(yaml, { ...(await resolveConfig(filepath)), filepath });
}
