// Files the graphics share between pages, published once under /graphics/ and cached for good:
// each graphic's client model (the JSON its custom element needs to move it between states) and
// the map's geometry (the SVG its figures <use>). Each is named by a hash of its content, so a
// changed file is a new address; a story's HTML carries neither, only their addresses.
import { contentHash } from '../lib/site/contentHash';
import { routes } from '../lib/site/routes';
import { builderOf } from './builders';
import { geometrySvg } from './map/geometryFile';
import type { MapBuild } from './map/mapData';
import { readGraphics } from './readGraphics';
import { graphicIds, type GraphicId } from './registry';

export interface SharedFile {
  /** The file's name under /graphics/: <what>.<hash>.<ext>. */
  name: string;
  body: string;
  type: string;
}

const named = (what: string, ext: string, body: string, type: string): SharedFile => ({
  name: `${what}.${contentHash(body)}.${ext}`,
  body,
  type,
});

/** A graphic's client model, as the file its element fetches. */
export async function clientModelFile(id: GraphicId): Promise<SharedFile> {
  const { builds, content } = await readGraphics();
  const json = JSON.stringify(builderOf(id).clientModel(builds[id], content));
  return named(`${id}-model`, 'json', json, 'application/json; charset=utf-8');
}

let geometryMade: { graphics: ReturnType<typeof readGraphics>; file: SharedFile } | undefined;

/** The map's geometry, as the file its figures draw with <use>. */
export async function mapGeometryFile(): Promise<SharedFile> {
  const graphics = readGraphics();
  // Every map figure asks for it: made once per state of the content.
  if (geometryMade?.graphics !== graphics) {
    const map = (await graphics).builds.map as MapBuild;
    geometryMade = {
      graphics,
      file: named('map-geometry', 'svg', geometrySvg(map.geometry), 'image/svg+xml'),
    };
  }
  return geometryMade.file;
}

/** Every shared file the build publishes. */
export async function sharedFiles(): Promise<SharedFile[]> {
  return [...(await Promise.all(graphicIds.map(clientModelFile))), await mapGeometryFile()];
}

/** The address of a shared file. */
export const sharedFileUrl = (file: SharedFile): string => routes.graphicFile(file.name);
