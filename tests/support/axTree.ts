// The accessibility tree as Chromium gives it to screen readers (CDP Accessibility domain), as plain
// nodes: role, name, description and children; ignored nodes are left out, their children lifted,
// and so are the inline text boxes (a text's laid-out lines).
import type { Page } from 'playwright-core';

export interface AxNode {
  role: string;
  name: string;
  description: string;
  children: AxNode[];
}

interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The accessibility subtree of each element matching `selector` that is in the tree, in document order. */
export async function axSubtrees(page: Page, selector: string): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const byBackend = new Map(nodes.map((n) => [n.backendDOMNodeId, n]));
    const lift = (n: RawNode): AxNode[] => {
      const children = (n.childIds ?? []).flatMap((id) => (byId.has(id) ? lift(byId.get(id)!) : []));
      // Inline text boxes are a static text's lines as laid out, not words of their own.
      if (n.ignored || n.role?.value === 'InlineTextBox') return n.ignored ? children : [];
      const [name, description] = [n.name?.value ?? '', n.description?.value ?? ''];
      return [{ role: n.role?.value ?? '', name, description, children }];
    };
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const trees: AxNode[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      const raw = byBackend.get(node.backendNodeId);
      if (raw && !raw.ignored) trees.push(...lift(raw));
    }
    return trees;
  } finally {
    await cdp.detach();
  }
}

/** Every node of a subtree, depth first. */
export const allNodes = (node: AxNode): AxNode[] => [node, ...node.children.flatMap(allNodes)];

/** The words a screen reader reads in a subtree: its texts, in order, joined as they are read. */
export const spoken = (node: AxNode): string =>
  allNodes(node)
    .filter((n) => n.role === 'StaticText' || n.role === 'ListMarker')
    .map((n) => n.name)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
