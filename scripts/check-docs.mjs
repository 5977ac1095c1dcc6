#!/usr/bin/env node
// Builds the API reference with TypeDoc (as JSON, to a temporary file) and checks that every
// exported symbol has a doc comment with an @example. Exit 1 lists the ones that do not.
import { Application } from 'typedoc';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function undocumentedExports() {
  const app = await Application.bootstrapWithPlugins({
    options: 'typedoc.json',
    logLevel: 'Error',
    validation: { notExported: false, notDocumented: false, invalidLink: false },
  });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the project');
  const dir = mkdtempSync(join(tmpdir(), 'cs-policy-docs-'));
  const file = join(dir, 'api.json');
  await app.generateJson(project, file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(dir, { recursive: true, force: true });

  const hasExample = (comment) => Boolean(comment?.blockTags?.some((t) => t.tag === '@example'));
  const problems = [];
  const modules = json.children ?? [];
  for (const module of modules) {
    for (const symbol of module.children ?? []) {
      const comments = [symbol.comment, ...(symbol.signatures ?? []).map((s) => s.comment)].filter(Boolean);
      const where = `${module.name}: ${symbol.name}`;
      if (comments.length === 0) problems.push(`${where} has no doc comment`);
      else if (!comments.some(hasExample)) problems.push(`${where} has no @example`);
    }
  }
  return { count: modules.reduce((n, m) => n + (m.children?.length ?? 0), 0), problems };
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const { count, problems } = await undocumentedExports();
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`${problems.length} of ${count} exported symbols lack a doc comment with an example`);
    process.exit(1);
  }
  console.log(`all ${count} exported symbols have a doc comment with an example`);
}
