import * as vscode from 'vscode';
import type { Catalog } from '../shared/catalog.js';
import { buildTree, type TreeNode } from './treeModel.js';

/** The activity-bar tree: the chapter's sections, each with its experiments; selecting opens. */
export class ChapterTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private roots: TreeNode[] | undefined;

  constructor(private readonly catalog: () => Catalog) {}

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      this.roots ??= buildTree(this.catalog());
      return this.roots;
    }
    return node.kind === 'section' ? node.children : [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'section') {
      const { section } = node;
      const item = new vscode.TreeItem(
        `${section.section} ${section.title}`.trim(),
        node.children.length > 0
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.None,
      );
      item.id = `section:${section.id}`;
      item.iconPath = new vscode.ThemeIcon('book');
      item.tooltip = `Open the notes at ${section.section} ${section.title}`;
      item.command = {
        command: 'dl8.revealSection',
        title: 'Open Section',
        arguments: [section.anchor],
      };
      return item;
    }
    const { experiment } = node;
    const item = new vscode.TreeItem(experiment.title, vscode.TreeItemCollapsibleState.None);
    item.id = `experiment:${experiment.id}`;
    item.description = experiment.id;
    item.tooltip = experiment.summary;
    item.iconPath = new vscode.ThemeIcon('beaker');
    item.command = {
      command: 'dl8.openExperiment',
      title: 'Open Experiment',
      arguments: [experiment.id],
    };
    return item;
  }
}
