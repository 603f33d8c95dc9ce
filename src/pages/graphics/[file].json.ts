// /graphics/<name>.<hash>.json: each graphic's client model (src/graphics/sharedFiles.ts).
import { graphicFilesRoute } from '../../graphics/graphicFilesRoute';

export const { getStaticPaths, GET } = graphicFilesRoute('json');
