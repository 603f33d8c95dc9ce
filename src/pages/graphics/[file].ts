// The graphics' shared files (src/graphics/sharedFiles.ts): client models and the map's geometry.
import type { APIRoute, GetStaticPaths } from 'astro';
import { sharedFiles, type SharedFile } from '../../graphics/sharedFiles';

export const getStaticPaths = (async () =>
  (await sharedFiles()).map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props.file as SharedFile;
  return new Response(body, { headers: { 'Content-Type': type } });
};
