import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_OPENSLO,
  OpenSloObjective,
  OpenSloRef,
  parseOpenSlo,
} from '@paved-road/plugin-platform-products-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OpenSloFile } from './readEntitySla';

// A file next to a local catalog file is read from disk, as the catalog read the entity;
// only YAML and JSON, so that an annotation cannot point the backend at other files.
const LOCAL_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Where the entity's file is: where a relative OpenSLO path is resolved from. */
function entityLocation(entity: Entity) {
  const annotations = entity.metadata.annotations ?? {};
  const ref =
    annotations[ANNOTATION_LOCATION] ?? annotations[ANNOTATION_ORIGIN_LOCATION];
  return ref ? parseLocationRef(ref) : undefined;
}

async function readText(
  reader: UrlReaderService,
  entity: Entity,
  ref: OpenSloRef,
): Promise<{ location: string; text: string }> {
  if (ref.type === 'url') {
    const response = await reader.readUrl(ref.url);
    return {
      location: ref.url,
      text: (await response.buffer()).toString('utf8'),
    };
  }
  const location = entityLocation(entity);
  if (!location) {
    throw new Error(
      'the entity has no location annotation to resolve the relative path from',
    );
  }
  if (location.type === 'url') {
    const url = new URL(ref.path, location.target).toString();
    const response = await reader.readUrl(url);
    return { location: url, text: (await response.buffer()).toString('utf8') };
  }
  if (location.type === 'file') {
    const file = path.resolve(path.dirname(location.target), ref.path);
    if (!LOCAL_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      throw new Error(
        `a local OpenSLO file must end in ${LOCAL_EXTENSIONS.join(', ')}`,
      );
    }
    return { location: file, text: await fs.readFile(file, 'utf8') };
  }
  throw new Error(
    `a relative path cannot be resolved from a location of type "${location.type}"; use a URL`,
  );
}

/**
 * Reads the OpenSLO file an entity's `paved-road.io/openslo` names: relative to the
 * entity's own location (a URL location through the UrlReader, a local catalog file from
 * disk) or at a URL. A file that cannot be read is a problem on the entity, never an error.
 */
export async function readOpenSloFile(
  reader: UrlReaderService,
  entity: Entity,
  ref: OpenSloRef,
): Promise<OpenSloFile> {
  const raw = entity.metadata.annotations?.[ANNOTATION_OPENSLO] ?? '';
  let file: { location: string; text: string };
  try {
    file = await readText(reader, entity, ref);
  } catch (error) {
    return {
      location: ref.type === 'url' ? ref.url : ref.path,
      objectives: [] as OpenSloObjective[],
      problems: [
        {
          annotation: ANNOTATION_OPENSLO,
          value: raw,
          message: `${ANNOTATION_OPENSLO}: ${JSON.stringify(
            raw,
          )} could not be read: ${
            error instanceof Error ? error.message : error
          }`,
        },
      ],
    };
  }
  return { location: file.location, ...parseOpenSlo(file.text, raw) };
}
