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

/** Every shared file, made once per state of the content: every figure on every page asks for them. */
async function make(): Promise<{ models: Map<GraphicId, SharedFile>; geometry: SharedFile }> {
  const { builds, content } = await readGraphics();
  const models = new Map(
    graphicIds.map((id) => {
      const json = JSON.stringify(builderOf(id).clientModel(builds[id], content));
      return [id, named(`${id}-model`, 'json', json, 'application/json; charset=utf-8')] as const;
    }),
  );
  const geometry = named(
    'map-geometry',
    'svg',
    geometrySvg((builds.map as MapBuild).geometry),
    'image/svg+xml',
  );
  return { models, geometry };
}

let made: { graphics: ReturnType<typeof readGraphics>; files: ReturnType<typeof make> } | undefined;
const files = () => {
  const graphics = readGraphics();
  if (made?.graphics !== graphics) made = { graphics, files: make() };
  return made.files;
};

/** A graphic's client model, as the file its element fetches. */
export const clientModelFile = async (id: GraphicId): Promise<SharedFile> => (await files()).models.get(id)!;

/** The map's geometry, as the file its figures draw with <use>. */
export const mapGeometryFile = async (): Promise<SharedFile> => (await files()).geometry;

/** Every shared file the build publishes. */
export async function sharedFiles(): Promise<SharedFile[]> {
  const { models, geometry } = await files();
  return [...models.values(), geometry];
}

/** The address of a shared file. */
export const sharedFileUrl = (file: SharedFile): string => routes.graphicFile(file.name);
