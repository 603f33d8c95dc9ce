// The endpoints that publish the graphics' files under /graphics/ (src/pages/graphics/[file].<ext>.ts):
// one per kind of file, its extension in the route's name, so the development server serves them at
// the same addresses as the build (an endpoint named [file].ts would want "/graphics/<name>/").
import type { APIRoute, GetStaticPaths } from 'astro';
import { liveGraphicsFiles } from './liveGraphicsFile';
import { sharedFiles, type SharedFile } from './sharedFiles';

/** The getStaticPaths and GET of the endpoint for the graphics' files ending in `.<ext>`. */
export function graphicFilesRoute(ext: 'json' | 'svg' | 'htm'): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  const suffix = `.${ext}`;
  return {
    getStaticPaths: async () =>
      [...(await sharedFiles()), ...(await liveGraphicsFiles())]
        .filter((file) => file.name.endsWith(suffix))
        .map((file) => ({ params: { file: file.name.slice(0, -suffix.length) }, props: { file } })),
    GET: ({ props }) => {
      const { body, type } = props.file as SharedFile;
      return new Response(body, { headers: { 'Content-Type': type } });
    },
  };
}
