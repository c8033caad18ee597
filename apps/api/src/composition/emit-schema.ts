// Writes the SDL to packages/schema/schema.graphql (checked in; a test fails when it is stale).
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from '../config.js';
import { relaisSchema } from './schema.js';

export const sdlPath = path.join(projectRoot, 'packages/schema/schema.graphql');

export async function currentSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await relaisSchema()))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(sdlPath, await currentSdl());
  console.info(`wrote ${path.relative(process.cwd(), sdlPath)}`);
}
